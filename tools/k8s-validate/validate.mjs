// Validates deploy/kubernetes/ offline (.ci/k8s-validate; docs/deploy-kubernetes.md "Validation"):
//   node validate.mjs              every document against its schema, then the cross-checks; exit 1 on a problem
//   node validate.mjs --self-test  shows that broken manifests are refused, one broken copy at a time
//   node validate.mjs --secrets F  the same with the Secrets make-secrets.sh printed to F in place of the template's
import { existsSync } from 'node:fs';
import path from 'node:path';
import { checkData } from './checks-data.mjs';
import { checkWorkloads } from './checks-workloads.mjs';
import { Index, loadManifests, yamlFiles } from './manifests.mjs';
import { repoRoot } from './realm-import.mjs';
import { isBuiltIn, validateSchema } from './schema.mjs';
import { checkGeneratedSecrets } from './secrets-check.mjs';
import { selfTest } from './self-test.mjs';

export const manifestDir = path.join(repoRoot, 'deploy/kubernetes');
/** Custom resources without a schema package: checked field by field in checks-data.mjs. */
const HAND_CHECKED = new Set(['k8s.keycloak.org/v2alpha1 Keycloak', 'k8s.keycloak.org/v2alpha1 KeycloakRealmImport']);

/** All problems of a set of documents (as loaded by loadManifests). */
export async function validate(docs) {
  const problems = [];
  const problem = (where, message) => problems.push(`${where}: ${message}`);
  const index = new Index(docs);
  index.root = manifestDir;
  for (const { file, doc } of docs) {
    const where = `${file}: ${doc.kind}/${doc.metadata?.name ?? '(no name)'}`;
    if (typeof doc.apiVersion !== 'string' || typeof doc.kind !== 'string') {
      problem(where, 'has no apiVersion or kind');
      continue;
    }
    if (doc.kind === 'Kustomization') {
      checkKustomization(file, doc, docs, problem);
      continue;
    }
    const found = await validateSchema(doc);
    if (found === null) {
      if (!HAND_CHECKED.has(`${doc.apiVersion} ${doc.kind}`)) problem(where, `no schema knows ${doc.apiVersion} ${doc.kind}`);
    } else {
      found.forEach((message) => problem(where, message));
      if (found.some((m) => m.startsWith('unknown kind')) && isBuiltIn(doc.apiVersion)) {
        problem(where, `${doc.kind} is not a built-in kind of ${doc.apiVersion}`);
      }
    }
    if (!doc.metadata?.name) problem(where, 'has no metadata.name');
  }
  checkWorkloads(index, repoRoot, problem);
  checkData(index, repoRoot, problem);
  checkIngress(index, problem);
  return problems;
}

/** Everything but the secrets template is applied, every listed file exists, every image name is one in use. */
function checkKustomization(file, doc, docs, problem) {
  const where = `${file}: Kustomization`;
  const base = path.dirname(path.join(manifestDir, file));
  const listed = new Set((doc.resources ?? []).map((r) => path.join(base, r)));
  for (const resource of listed) {
    if (!existsSync(resource)) problem(where, `lists ${path.relative(manifestDir, resource)}, which does not exist`);
  }
  for (const yamlFile of yamlFiles(manifestDir)) {
    const name = path.relative(manifestDir, yamlFile);
    if (name !== file && !name.endsWith('secrets.template.yaml') && !listed.has(yamlFile)) {
      problem(where, `does not list ${name}: kubectl apply -k would leave it out`);
    }
  }
  const images = docs.flatMap(({ doc: d }) => (d.spec?.template?.spec?.containers ?? []).map((c) => String(c.image).split(':')[0]));
  for (const image of doc.images ?? []) {
    if (!images.includes(image.name)) problem(where, `sets the tag of ${image.name}, which no Deployment runs`);
  }
  const secrets = docs.filter(({ doc: d }) => d.kind === 'Secret').map(({ file: f }) => path.join(manifestDir, f));
  for (const secretFile of new Set(secrets)) {
    if (listed.has(secretFile)) problem(where, `lists ${path.relative(manifestDir, secretFile)}: applying it again would overwrite real secrets`);
  }
}

function checkIngress(index, problem) {
  const operatorServices = new Map(index.all('Keycloak').map(({ doc }) => [`${doc.metadata.name}-service`, doc.spec?.http?.httpPort ?? 8080]));
  for (const { file, doc } of index.all('Ingress')) {
    const where = `${file}: Ingress/${doc.metadata?.name}`;
    for (const tls of doc.spec?.tls ?? []) {
      if (!index.find('Secret', tls.secretName)) problem(where, `TLS Secret ${tls.secretName} is not defined`);
    }
    for (const rule of doc.spec?.rules ?? []) {
      for (const p of rule.http?.paths ?? []) {
        const backend = p.backend?.service;
        const service = index.find('Service', backend?.name);
        const port = backend?.port?.name ?? backend?.port?.number;
        const ok = service
          ? (service.doc.spec?.ports ?? []).some((sp) => sp.name === port || sp.port === port)
          : operatorServices.get(backend?.name) === port;
        if (!ok) problem(where, `${rule.host}${p.path} goes to ${backend?.name}:${port}, which is no Service port here`);
      }
    }
  }
}

async function main() {
  const docs = loadManifests(manifestDir);
  if (process.argv.includes('--self-test')) {
    process.exit((await selfTest(docs, validate)) ? 0 : 1);
  }
  const secretsAt = process.argv.indexOf('--secrets');
  const problems = [];
  let checked = docs;
  if (secretsAt > 0) {
    const file = process.argv[secretsAt + 1];
    checked = checkGeneratedSecrets(file, docs, (where, message) => problems.push(`${where}: ${message}`));
    console.log(`with the Secrets of ${file}`);
  }
  problems.push(...(await validate(checked)));
  const kinds = {};
  docs.forEach(({ doc }) => { kinds[doc.kind] = (kinds[doc.kind] ?? 0) + 1; });
  console.log(`deploy/kubernetes: ${docs.length} documents (${Object.entries(kinds).map(([k, n]) => `${n} ${k}`).join(', ')})`);
  if (problems.length > 0) {
    problems.forEach((p) => console.log(`  REFUSED ${p}`));
    console.log(`${problems.length} problems`);
    process.exit(1);
  }
  console.log('every document validates against its schema and every cross-check holds');
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('validate.mjs')) {
  await main();
}
