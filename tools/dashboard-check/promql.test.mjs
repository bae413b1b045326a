import assert from 'node:assert/strict';
import { test } from 'node:test';
import { exposedNames, metricNames, problems } from './promql.mjs';

test('functions, label lists, matchers, ranges and numbers are not metric names', () => {
  assert.deepEqual(
    metricNames('histogram_quantile(0.99, sum by (le, service, uri) (rate(http_server_requests_seconds_bucket{status=~"5.."}[5m])))'),
    ['http_server_requests_seconds_bucket'],
  );
  assert.deepEqual(
    metricNames('sum(rate(a_total[5m])) by (service) / on (service) group_left (x) sum(b) > 0 and bool 1e3'),
    ['a_total', 'b'],
  );
  assert.deepEqual(metricNames('customs_hotline_reports_overdue{unit="$unit"} offset 1h'), ['customs_hotline_reports_overdue']);
});

test('a histogram exposes its buckets, a counter its _total', () => {
  const names = exposedNames('# TYPE h histogram\nh_bucket{le="0.1"} 1\nh_count 1\nh_sum 0.2\nc_total{x="y"} 3\n');
  assert.deepEqual([...names].sort(), ['c_total', 'h_bucket', 'h_count', 'h_sum']);
});

test('a panel without a target, or reading an unknown metric, is a problem; a row is not a panel', () => {
  const dashboard = {
    panels: [
      { type: 'row', id: 1, title: 'KPIs', panels: [{ id: 2, title: 'nested', targets: [{ expr: 'known' }] }] },
      { id: 3, title: 'empty', targets: [] },
      { id: 4, title: 'typo', targets: [{ expr: 'sum(known) + unknwon' }] },
    ],
  };
  assert.deepEqual(problems(dashboard, new Set(['known'])), [
    'panel 3 "empty": no PromQL target',
    'panel 4 "typo": not on any service\'s /q/metrics: unknwon',
  ]);
});
