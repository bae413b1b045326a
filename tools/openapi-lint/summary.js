// Reads Spectral's JSON results for each document (arguments: name=results.json ...) and prints, per document, its
// errors and warnings by rule, then each error that counts. Two kinds of error are counted apart and do not fail the
// run: those of the rules in OPENAPI_LINT_SKIP_RULES (comma-separated), and those under a path listed in
// known-errors.txt beside this file. Exit code 1 when any other error remains.
'use strict';
const fs = require('fs');
const path = require('path');

const SEVERITY = ['error', 'warning', 'information', 'hint'];
const skipped = new Set((process.env.OPENAPI_LINT_SKIP_RULES || '').split(',').map(s => s.trim()).filter(Boolean));
const knownFile = path.join(__dirname, 'known-errors.txt');
const known = fs.existsSync(knownFile)
  ? fs.readFileSync(knownFile, 'utf8').split('\n').map(l => l.trim()).filter(l => l && !l.startsWith('#'))
  : [];
const knownUsed = new Set();

function kind(result) {
  if (skipped.has(result.code)) return 'skipped';
  if (result.severity !== 0) return 'counted';
  const at = result.path.join('.');
  const prefix = known.find(k => at === k || at.startsWith(k + '.'));
  if (prefix) {
    knownUsed.add(prefix);
    return 'known';
  }
  return 'counted';
}

let errors = 0;
let skippedErrors = 0;
let knownErrors = 0;
for (const argument of process.argv.slice(2)) {
  const [name, file] = argument.split('=');
  const results = JSON.parse(fs.readFileSync(file, 'utf8')).map(r => ({ ...r, kind: kind(r) }));
  const byRule = new Map();
  for (const r of results) {
    const key = `${SEVERITY[r.severity]} ${r.code}${r.kind === 'counted' ? '' : ` (${r.kind})`}`;
    byRule.set(key, (byRule.get(key) || 0) + 1);
  }
  const counted = results.filter(r => r.severity === 0 && r.kind === 'counted');
  const ofKind = k => results.filter(r => r.severity === 0 && r.kind === k).length;
  const warnings = results.filter(r => r.severity === 1 && r.kind === 'counted').length;
  errors += counted.length;
  skippedErrors += ofKind('skipped');
  knownErrors += ofKind('known');
  console.log(`${name}: ${counted.length} errors, ${warnings} warnings`
    + ` (apart: ${ofKind('skipped')} errors of skipped rules, ${ofKind('known')} known errors)`);
  for (const [key, count] of [...byRule.entries()].sort()) {
    console.log(`  ${String(count).padStart(5)}  ${key}`);
  }
  for (const r of counted) {
    console.log(`  ERROR ${name}:${r.range.start.line + 1} ${r.code} at ${r.path.join('.')}: ${r.message}`);
  }
}
for (const k of known.filter(k => !knownUsed.has(k))) {
  console.log(`known-errors.txt: no error under ${k} any more: delete that line`);
}
console.log(`openapi-lint: ${errors} errors in ${process.argv.length - 2} documents`
  + `; apart: ${skippedErrors} errors of skipped rules (${[...skipped].join(', ') || 'none'}),`
  + ` ${knownErrors} known errors (tools/openapi-lint/known-errors.txt)`);
process.exit(errors === 0 ? 0 : 1);
