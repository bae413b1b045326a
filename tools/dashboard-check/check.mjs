#!/usr/bin/env node
// Checks the committed Grafana dashboard against running services: the JSON parses, every panel has a PromQL
// target, and every metric its expressions read is on the /q/metrics of at least one of the services.
//   node check.mjs [--dashboard FILE] [BASE_URL ...]
// Default: deploy/grafana/dashboards/customs-kpis.json and the four services of ./suite up on 127.0.0.1:8081-8084.
// Exit 0 when all is well, 1 listing every problem, 2 when a service cannot be read.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exposedNames, panelsOf, problems } from './promql.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
let dashboardFile = resolve(root, 'deploy/grafana/dashboards/customs-kpis.json');
const bases = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--dashboard') dashboardFile = resolve(args[++i]);
  else bases.push(args[i].replace(/\/+$/, ''));
}
if (bases.length === 0) {
  for (const port of [8081, 8082, 8083, 8084]) bases.push(`http://127.0.0.1:${port}`);
}

let dashboard;
try {
  dashboard = JSON.parse(readFileSync(dashboardFile, 'utf8'));
} catch (error) {
  console.error(`dashboard-check: ${dashboardFile} is not valid JSON: ${error.message}`);
  process.exit(1);
}

const exposed = new Set();
for (const base of bases) {
  let text;
  try {
    const response = await fetch(`${base}/q/metrics`, { signal: AbortSignal.timeout(10_000) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    text = await response.text();
  } catch (error) {
    console.error(`dashboard-check: cannot read ${base}/q/metrics (${error.message}); is the suite up?`);
    process.exit(2);
  }
  const names = exposedNames(text);
  console.log(`${base}/q/metrics: ${names.size} metric names`);
  names.forEach((name) => exposed.add(name));
}

const found = problems(dashboard, exposed);
const panels = panelsOf(dashboard);
if (found.length > 0) {
  console.error(`dashboard-check: ${dashboardFile}: ${found.length} problem(s):`);
  found.forEach((problem) => console.error(`  - ${problem}`));
  process.exit(1);
}
const expressions = panels.reduce((sum, panel) => sum + (panel.targets ?? []).length, 0);
console.log(`dashboard-check: ${panels.length} panels, ${expressions} expressions: every metric exists.`);
