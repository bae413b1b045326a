// The metric names a PromQL expression reads, without a PromQL parser: strings, label matchers, ranges and
// label lists (by, without, on, ignoring, group_left, group_right) are blanked out first; what is left that looks
// like an identifier, is not followed by "(" (a function) and is not a keyword, is a metric name.

const KEYWORDS = new Set([
  'and', 'or', 'unless', 'bool', 'offset', 'by', 'without', 'on', 'ignoring', 'group_left', 'group_right',
  'atan2', 'inf', 'nan', 'start', 'end',
]);
// Aggregations may put their label list after the argument ("sum(x) by (a)") or before it ("sum by (a) (x)").
const LABEL_LISTS = /\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g;

export function metricNames(expr) {
  const blanked = expr
    .replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(LABEL_LISTS, ' ')
    .replace(/\$\{?[A-Za-z_][A-Za-z0-9_]*\}?/g, ' ');
  const names = new Set();
  const identifier = /[A-Za-z_:][A-Za-z0-9_:]*/g;
  let match;
  while ((match = identifier.exec(blanked)) !== null) {
    const name = match[0];
    const before = blanked[match.index - 1];
    const rest = blanked.slice(match.index + name.length);
    const isFunction = /^\s*\(/.test(rest);
    // a digit before it means a number or a duration such as 5m, 1e3
    const partOfNumber = before !== undefined && /[0-9.]/.test(before);
    if (!isFunction && !partOfNumber && !KEYWORDS.has(name.toLowerCase())) {
      names.add(name);
    }
  }
  return [...names];
}

// The sample names of a Prometheus text exposition (/q/metrics): histogram_bucket, x_total, gauge, ...
export function exposedNames(text) {
  const names = new Set();
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const name = trimmed.match(/^[A-Za-z_:][A-Za-z0-9_:]*/);
    if (name) names.add(name[0]);
  }
  return names;
}

// Every panel, those inside (collapsed) rows included; rows themselves are containers, not panels.
export function panelsOf(dashboard) {
  const panels = [];
  for (const panel of dashboard.panels ?? []) {
    if (panel.type === 'row') {
      panels.push(...(panel.panels ?? []));
    } else {
      panels.push(panel);
    }
  }
  return panels;
}

// What is wrong with the dashboard, given the names the services expose: a list of sentences, empty when all is well.
export function problems(dashboard, exposed) {
  const found = [];
  const panels = panelsOf(dashboard);
  if (panels.length === 0) found.push('the dashboard has no panel');
  for (const panel of panels) {
    const label = `panel ${panel.id} "${panel.title}"`;
    const exprs = (panel.targets ?? []).map((target) => target.expr).filter((expr) => typeof expr === 'string' && expr.trim() !== '');
    if (exprs.length === 0) {
      found.push(`${label}: no PromQL target`);
      continue;
    }
    for (const expr of exprs) {
      const names = metricNames(expr);
      if (names.length === 0) found.push(`${label}: no metric in "${expr}"`);
      const missing = names.filter((name) => !exposed.has(name));
      if (missing.length > 0) found.push(`${label}: not on any service's /q/metrics: ${missing.join(', ')}`);
    }
  }
  return found;
}
