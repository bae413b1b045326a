// Reading deploy/kubernetes/ and the service configuration the checks compare it with.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as yaml from 'js-yaml';

/** Every YAML document under `dir`, with its file (relative to `dir`) and its position in the file. */
export function loadManifests(dir) {
  const docs = [];
  for (const file of yamlFiles(dir)) {
    const relative = path.relative(dir, file);
    yaml.loadAll(readFileSync(file, 'utf8'), (doc) => {
      if (doc !== null && doc !== undefined) docs.push({ file: relative, doc });
    });
  }
  return docs;
}

export function yamlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

/** Lookups over the loaded documents. */
export class Index {
  constructor(docs) {
    this.docs = docs;
  }
  all(kind) {
    return this.docs.filter((d) => d.doc.kind === kind);
  }
  find(kind, name) {
    return this.docs.find((d) => d.doc.kind === kind && d.doc.metadata?.name === name);
  }
  /** The keys a ConfigMap or Secret defines (data, stringData, binaryData). */
  keys(kind, name) {
    const found = this.find(kind, name);
    if (!found) return null;
    const { data = {}, stringData = {}, binaryData = {} } = found.doc;
    return new Set([...Object.keys(data ?? {}), ...Object.keys(stringData ?? {}), ...Object.keys(binaryData ?? {})]);
  }
  value(kind, name, key) {
    const found = this.find(kind, name);
    if (!found) return undefined;
    if (found.doc.stringData && key in found.doc.stringData) return String(found.doc.stringData[key]);
    if (found.doc.data && key in found.doc.data) {
      return kind === 'Secret' ? Buffer.from(String(found.doc.data[key]), 'base64').toString('utf8') : String(found.doc.data[key]);
    }
    return undefined;
  }
}

/** The application.properties lines of the prod profile and of no profile, as [key, value]. */
export function properties(file) {
  if (!existsSync(file)) return [];
  const lines = readFileSync(file, 'utf8').replace(/\\\n\s*/g, '').split('\n');
  return lines
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#') && line.includes('='))
    .map((line) => [line.slice(0, line.indexOf('=')).trim(), line.slice(line.indexOf('=') + 1).trim()])
    .filter(([key]) => !key.startsWith('%') || key.startsWith('%prod.'));
}

/** Environment variables production requires: `${NAME}` without a default in the prod profile or no profile. */
export function requiredEnvironment(repoRoot, service) {
  const required = new Set();
  const sources = [
    path.join(repoRoot, 'platform/src/main/resources/META-INF/microprofile-config.properties'),
    path.join(repoRoot, service, 'src/main/resources/application.properties'),
  ];
  for (const file of sources) {
    for (const [, value] of properties(file)) {
      for (const [, name] of value.matchAll(/\$\{([A-Z][A-Z0-9_]*)\}/g)) required.add(name);
    }
  }
  return required;
}

/** The Kafka topics a service's channels name (topic and dead-letter topic), outside the test and dev profiles. */
export function serviceTopics(repoRoot, service) {
  const file = path.join(repoRoot, service, 'src/main/resources/application.properties');
  return properties(file)
    .filter(([key]) => /^mp\.messaging\.(incoming|outgoing)\.[^.]+\.(topic|dead-letter-queue\.topic)$/.test(key))
    .map(([, value]) => value);
}

/** Kubernetes quantities of memory in MiB ("768Mi", "1Gi", "512M"). */
export function mebibytes(quantity) {
  const match = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|Ti|k|M|G|T)?$/.exec(String(quantity));
  if (!match) return NaN;
  const factor = { Ki: 1 / 1024, Mi: 1, Gi: 1024, Ti: 1024 * 1024, k: 1000 / 1048576, M: 1e6 / 1048576, G: 1e9 / 1048576, T: 1e12 / 1048576 };
  return Number(match[1]) * (match[2] ? factor[match[2]] : 1 / 1048576);
}

/** Whether a label selector (matchLabels only, as these manifests use) selects the given labels. */
export function selects(selector, labels) {
  const wanted = selector?.matchLabels ?? selector ?? {};
  return Object.keys(wanted).length > 0 && Object.entries(wanted).every(([key, value]) => labels?.[key] === value);
}
