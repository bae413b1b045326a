// Hostile requests generated from the committed openapi.yaml of each service, sent to a running suite.
//
// For every operation it finds a role the operation lets through (so that the hostile values reach the
// validation, the use case and the database, not just the role check), then sends the operation with
// hostile path parameters, query parameters, headers and bodies. A request passes when the answer is not
// a 5xx and, if it is a 4xx, is application/problem+json. The last line is "N passed, M failed".
//
// Usage: SUITE_HOME=... node tools/hostile-input/hostile.mjs   (the suite must be up: ./suite up)
// Settings: HOSTILE_SERVICES (default all four), HOSTILE_MAX_FAILURES_SHOWN (default 40).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SERVICES = {
  'declarations-service': Number(process.env.SUITE_DECLARATIONS_PORT || 8081),
  'staffing-service': Number(process.env.SUITE_STAFFING_PORT || 8082),
  'hotline-service': Number(process.env.SUITE_HOTLINE_PORT || 8083),
  'inspections-service': Number(process.env.SUITE_INSPECTIONS_PORT || 8084),
};
const HOST = process.env.SUITE_HTTP_HOST || '127.0.0.1';
const ROLES = [
  ['DECLARANT', ['tax_id=0101234567']],
  ['OFFICER', ['officer_id=00000000-0000-7000-8000-000000000001']],
  ['UNIT_HEAD', ['officer_id=00000000-0000-7000-8000-000000000002']],
  ['PERSONNEL', []],
  ['AUDITOR', []],
  ['INTEGRATION', []],
  ['DASHBOARD', []],
  ['INSPECTOR', ['officer_id=00000000-0000-7000-8000-000000000003']],
  ['INSPECTION_LEAD', ['officer_id=00000000-0000-7000-8000-000000000004']],
  ['HOTLINE_HANDLER', []],
  ['CUSTODIAN', []],
];
const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });

// ---- values a careless or hostile caller sends --------------------------------------------------------------
const HOSTILE_SEGMENTS = [
  '0', '-1', '99999999999999999999', '00000000-0000-0000-0000-000000000000', 'not-a-uuid', '%00', '%0A%0D',
  'a'.repeat(2000), '..%2F..%2Fetc%2Fpasswd', "'%20OR%201=1--", '%E2%80%AE', '%F0%9F%92%A9', '%C3%28',
];
const HOSTILE_QUERY = [
  '', '-1', '0', '2147483648', '1e309', 'NaN', '%00', 'a'.repeat(3000), '%2B999999999-12-31', '2026-02-30',
  '2026-11-28T10:00:00', 'true', '%5B%5D', '%7B%7D', '%C3%28', "'%20OR%201=1--", 'djE6',
];
const HOSTILE_SCALARS = [
  null, 0, -1, 1.5, 1e308, -1e308, 2147483648, 9007199254740993, true, false, '', ' ', '\u0000', 'a\u001bb',
  'x'.repeat(20000), '+999999999-12-31', '2026-11-28T10:00:00', '99999-01-01', '\u202e', '💩', '<script>',
  "' OR 1=1--", [], {}, [null], { nested: { deeper: [1, 2, 3] } },
];
const HOSTILE_IF_MATCH = ['W/"0"', '0', '"', '*', '"0", W/"1"', '"' + 'a'.repeat(500) + '"'];

// ---- the documents ------------------------------------------------------------------------------------------
function operationsOf(service) {
  const doc = yaml.load(readFileSync(path.join(root, service, 'openapi.yaml'), 'utf8'));
  const ops = [];
  for (const [template, item] of Object.entries(doc.paths || {})) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
      const op = item[method];
      if (!op) continue;
      const parameters = [...(item.parameters || []), ...(op.parameters || [])].map((p) => resolve(doc, p));
      const content = op.requestBody && resolve(doc, op.requestBody).content;
      const json = content && content['application/json'];
      ops.push({
        service, template, method: method.toUpperCase(), parameters,
        body: json ? { schema: json.schema, example: exampleOf(json) } : null,
        secured: (op.security || doc.security || []).length > 0,
        doc,
      });
    }
  }
  return ops;
}

function resolve(doc, node) {
  let current = node;
  while (current && current.$ref) {
    current = current.$ref.replace(/^#\//, '').split('/').reduce((n, key) => n[key], doc);
  }
  return current;
}

function exampleOf(media) {
  if (media.example !== undefined) return media.example;
  const examples = Object.values(media.examples || {});
  if (examples.length > 0 && examples[0].value !== undefined) {
    const value = examples[0].value;
    if (typeof value !== 'string') return value;
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  }
  return undefined;
}

/** A plausible value for a schema, so that a body gets past the first check and its fields are reached. */
function plausible(doc, schemaNode, depth = 0) {
  const schema = resolve(doc, schemaNode) || {};
  if (schema.example !== undefined) return schema.example;
  if (schema.enum) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (depth > 6) return null;
  switch (type) {
    case 'object': {
      const out = {};
      for (const [name, property] of Object.entries(schema.properties || {})) {
        out[name] = plausible(doc, property, depth + 1);
      }
      return out;
    }
    case 'array':
      return [plausible(doc, schema.items || {}, depth + 1)];
    case 'integer':
      return schema.minimum !== undefined ? Number(schema.minimum) : 1;
    case 'number':
      return schema.minimum !== undefined ? Number(schema.minimum) : 1.5;
    case 'boolean':
      return true;
    case 'string':
      if (schema.format === 'date') return '2026-11-28';
      if (schema.format === 'date-time') return '2026-11-28T10:00:00+07:00';
      if (schema.format === 'uuid') return '0190b7e4-0000-7000-8000-000000000001';
      return 'x';
    default:
      return schema.properties ? plausible(doc, { ...schema, type: 'object' }, depth) : 'x';
  }
}

// ---- HTTP -------------------------------------------------------------------------------------------------
function send(port, { method, url, headers = {}, body }) {
  return new Promise((done) => {
    const request = http.request(
      { host: HOST, port, method, path: url, headers: { ...headers }, agent },
      (response) => {
        let size = 0;
        response.on('data', (chunk) => { size += chunk.length; });
        response.on('end', () => done({ status: response.statusCode, type: response.headers['content-type'] || '', size }));
      },
    );
    request.setTimeout(30000, () => request.destroy(new Error('timeout')));
    request.on('error', (error) => done({ status: 0, type: '', error: error.message }));
    if (body !== undefined) request.write(body);
    request.end();
  });
}

function tokenFor(role, claims) {
  const args = ['token', role, ...claims.flatMap((claim) => ['--claim', claim])];
  const result = spawnSync(path.join(root, 'suite'), args, { encoding: 'utf8', env: process.env });
  if (result.status !== 0) throw new Error(`./suite ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout.trim();
}

// ---- the run ----------------------------------------------------------------------------------------------
const tokens = new Map();
function token(role, claims) {
  if (!tokens.has(role)) tokens.set(role, tokenFor(role, claims));
  return tokens.get(role);
}

function urlOf(op, pathValues = {}, query = '') {
  const filled = op.template.replace(/\{([^}]+)\}/g, (_, name) => (name in pathValues ? pathValues[name] : '0190b7e4-0000-7000-8000-000000000001'));
  return filled + (query ? '?' + query : '');
}

function jsonHeaders(op, auth) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (auth) headers.Authorization = 'Bearer ' + auth;
  if (op.parameters.some((p) => p.in === 'header' && p.name === 'If-Match')) headers['If-Match'] = '"0"';
  return headers;
}

/** The first role the operation does not refuse (401/403); null when every role is refused or none is needed. */
async function roleFor(port, op) {
  if (!op.secured) return null;
  const body = op.body ? JSON.stringify(op.body.example ?? plausible(op.doc, op.body.schema)) : undefined;
  for (const [role, claims] of ROLES) {
    const auth = token(role, claims);
    const answer = await send(port, { method: op.method, url: urlOf(op), headers: jsonHeaders(op, auth), body });
    if (answer.status !== 401 && answer.status !== 403) return auth;
  }
  return token(ROLES[0][0], ROLES[0][1]);
}

function* variants(op, auth) {
  const base = op.body ? (op.body.example ?? plausible(op.doc, op.body.schema)) : undefined;
  const headers = jsonHeaders(op, auth);
  const baseBody = base === undefined ? undefined : JSON.stringify(base);
  for (const p of op.parameters.filter((p) => p.in === 'path')) {
    for (const value of HOSTILE_SEGMENTS) {
      yield { what: `path ${p.name}=${value.slice(0, 30)}`, url: urlOf(op, { [p.name]: value }), headers, body: baseBody };
    }
  }
  for (const p of op.parameters.filter((p) => p.in === 'query')) {
    for (const value of HOSTILE_QUERY) {
      yield { what: `query ${p.name}=${value.slice(0, 30)}`, url: urlOf(op, {}, `${encodeURIComponent(p.name)}=${value}`), headers, body: baseBody };
    }
  }
  if (op.parameters.some((p) => p.in === 'header' && p.name === 'If-Match')) {
    for (const value of HOSTILE_IF_MATCH) {
      yield { what: `If-Match ${value.slice(0, 30)}`, url: urlOf(op), headers: { ...headers, 'If-Match': value }, body: baseBody };
    }
  }
  yield { what: 'Idempotency-Key too long', url: urlOf(op), headers: { ...headers, 'Idempotency-Key': 'k'.repeat(400) }, body: baseBody };
  yield { what: 'Accept: application/xml', url: urlOf(op), headers: { ...headers, Accept: 'application/xml' }, body: baseBody };
  yield { what: 'no token', url: urlOf(op), headers: { ...headers, Authorization: undefined }, body: baseBody };
  yield { what: 'garbage token', url: urlOf(op), headers: { ...headers, Authorization: 'Bearer a.b.c' }, body: baseBody };
  if (!op.body) return;
  const raw = [
    ['empty body', ''], ['null', 'null'], ['array', '[]'], ['string', '"x"'], ['number', '1'],
    ['truncated', (baseBody || '{}').slice(0, Math.max(1, (baseBody || '{}').length - 3))],
    ['trailing text', (baseBody || '{}') + ' x'], ['two documents', (baseBody || '{}') + (baseBody || '{}')],
    ['deep nesting', '['.repeat(5000) + ']'.repeat(5000)], ['NUL outside strings', '{\u0000}'],
    ['invalid UTF-8', Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x3a, 0x31, 0x7d])],
  ];
  for (const [what, body] of raw) yield { what: `body ${what}`, url: urlOf(op), headers, body };
  yield { what: 'body without Content-Type', url: urlOf(op), headers: { ...headers, 'Content-Type': undefined }, body: baseBody };
  yield { what: 'body as text/plain', url: urlOf(op), headers: { ...headers, 'Content-Type': 'text/plain' }, body: baseBody };
  if (base && typeof base === 'object' && !Array.isArray(base)) {
    const first = Object.keys(base)[0];
    if (first) {
      const duplicate = `{${JSON.stringify(first)}:${JSON.stringify(base[first])},${baseBody.slice(1)}`;
      yield { what: `duplicate key ${first}`, url: urlOf(op), headers, body: duplicate };
    }
    for (const [pointer, parent, key] of fields(base)) {
      for (const value of HOSTILE_SCALARS) {
        const copy = structuredClone(base);
        setAt(copy, parent, key, value);
        yield { what: `${pointer}=${JSON.stringify(value)?.slice(0, 30)}`, url: urlOf(op), headers, body: JSON.stringify(copy) };
      }
    }
  }
}

/** Every field of a body down to its leaves (the first element of each array), as [pointer, parent path, key]. */
function fields(value, parent = [], out = []) {
  if (value && typeof value === 'object') {
    const keys = Array.isArray(value) ? (value.length > 0 ? [0] : []) : Object.keys(value);
    for (const key of keys) {
      out.push(['/' + [...parent, key].join('/'), parent, key]);
      fields(value[key], [...parent, key], out);
    }
  }
  return out;
}

function setAt(target, parent, key, value) {
  const holder = parent.reduce((node, step) => node[step], target);
  holder[key] = value;
}

function clean(headers) {
  return Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== undefined));
}

const wanted = (process.env.HOSTILE_SERVICES || Object.keys(SERVICES).join(',')).split(',').map((s) => s.trim());
const shown = Number(process.env.HOSTILE_MAX_FAILURES_SHOWN || 40);
let passed = 0;
const failures = [];
const started = Date.now();
for (const service of wanted) {
  const port = SERVICES[service];
  let count = 0;
  let serviceFailures = 0;
  for (const op of operationsOf(service)) {
    const auth = await roleFor(port, op);
    for (const variant of variants(op, auth)) {
      const answer = await send(port, { method: op.method, url: variant.url, headers: clean(variant.headers), body: variant.body });
      count++;
      const problem = answer.type.startsWith('application/problem+json');
      const ok = answer.status > 0 && answer.status < 500 && (answer.status < 400 || problem);
      if (ok) {
        passed++;
      } else {
        serviceFailures++;
        failures.push(`${service} ${op.method} ${op.template} [${variant.what}] -> ${answer.status || answer.error} ${answer.type}`);
      }
    }
  }
  console.log(`${service}: ${count} requests, ${serviceFailures} failed`);
}
agent.destroy();
for (const failure of failures.slice(0, shown)) console.log('FAIL ' + failure);
if (failures.length > shown) console.log(`... and ${failures.length - shown} more`);
const fiveHundreds = failures.filter((f) => / -> 5\d\d /.test(f)).length;
console.log(`hostile input: ${passed + failures.length} requests in ${((Date.now() - started) / 1000).toFixed(1)} s, `
  + `${fiveHundreds} answered 5xx, ${failures.length - fiveHundreds} other failures (no problem+json, or no answer)`);
console.log(`${passed} passed, ${failures.length} failed`);
process.exit(failures.length === 0 ? 0 : 1);
