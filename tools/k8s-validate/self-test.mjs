// node validate.mjs --self-test: each case breaks a copy of the real manifests in one way a person could, and the
// validation must refuse it with the expected message; the unbroken manifests must pass. Prints one line per case
// and "N passed, M failed".
const clone = (docs) => structuredClone(docs);
const find = (docs, kind, name) => docs.find(({ doc }) => doc.kind === kind && (!name || doc.metadata?.name === name)).doc;
const container = (docs, name) => find(docs, 'Deployment', name).spec.template.spec.containers[0];

const CASES = [
  ['a Deployment without probes', (d) => { delete container(d, 'hotline-service').livenessProbe; }, /hotline-service container hotline-service: has no livenessProbe/],
  ['a readiness probe on the liveness path', (d) => { container(d, 'staffing-service').readinessProbe.httpGet.path = '/q/health/live'; }, /readinessProbe asks \/q\/health\/live/],
  ['a wrong field type (replicas: "two")', (d) => { find(d, 'Deployment', 'declarations-service').spec.replicas = 'two'; }, /spec\/replicas must be integer/],
  ['a misspelt field (livenessprobe)', (d) => { const c = container(d, 'inspections-service'); c.livenessprobe = c.livenessProbe; delete c.livenessProbe; }, /unknown field spec\.template\.spec\.containers\[0\]\.livenessprobe/],
  ['an unknown built-in kind', (d) => { find(d, 'Service', 'hotline-service').kind = 'Servce'; }, /Servce is not a built-in kind of v1/],
  ['one replica', (d) => { find(d, 'Deployment', 'staffing-service').spec.replicas = 1; }, /replicas is 1/],
  ['no PodDisruptionBudget', (d) => d.filter(({ doc }) => !(doc.kind === 'PodDisruptionBudget' && doc.metadata.name === 'hotline-service')), /no PodDisruptionBudget selects its pods/],
  ['a PodDisruptionBudget that blocks every drain', (d) => { find(d, 'PodDisruptionBudget', 'declarations-service').spec.minAvailable = 2; }, /minAvailable between 1 and replicas - 1/],
  ['no memory limit', (d) => { delete container(d, 'hotline-service').resources.limits.memory; }, /has no limits\.memory/],
  ['a memory limit under the measured RSS', (d) => { const r = container(d, 'declarations-service').resources; r.limits.memory = '384Mi'; r.requests.memory = '384Mi'; }, /beside the heap is less than 1\.25 x the measured/],
  ['a secret key that does not exist', (d) => { container(d, 'hotline-service').env.find((v) => v.name === 'HOTLINE_PROTECTION_IDENTITY_KEK').valueFrom.secretKeyRef.key = 'KEK'; }, /key KEK of Secret hotline-protection, which has no such key/],
  ['a variable the service needs, missing', (d) => { const c = container(d, 'hotline-service'); c.env = c.env.filter((v) => v.name !== 'HOTLINE_PROTECTION_PROOF_PRIVATE_KEY'); }, /does not set HOTLINE_PROTECTION_PROOF_PRIVATE_KEY/],
  ['a ConfigMap that does not exist', (d) => { container(d, 'staffing-service').envFrom[1].configMapRef.name = 'staffing-config'; }, /envFrom names ConfigMap staffing-config/],
  ['a Service selecting no pod', (d) => { find(d, 'Service', 'inspections-service').spec.selector = { 'app.kubernetes.io/name': 'inspection-service' }; }, /matches no Deployment's pods/],
  ['a writable root file system', (d) => { container(d, 'declarations-service').securityContext.readOnlyRootFilesystem = false; }, /does not use a read-only root file system/],
  ['an image docker-compose does not build', (d) => { container(d, 'hotline-service').image = 'customs/hotline:1.0'; }, /runs image customs\/hotline, but docker-compose\.yml builds customs\/hotline-service/],
  ['a dead-letter topic without KafkaTopic', (d) => d.filter(({ doc }) => doc.metadata?.name !== 'customs.staffing.v1.dlq.hotline.units'), /uses topic customs\.staffing\.v1\.dlq\.hotline\.units, for which there is no KafkaTopic/],
  ['a KafkaTopic with partitions: "six" (Strimzi schema)', (d) => { find(d, 'KafkaTopic', 'customs.hotline.v1').spec.partitions = 'six'; }, /spec\/partitions must be integer/],
  ['a topic that cannot lose a broker', (d) => { find(d, 'KafkaTopic', 'customs.inspections.v1').spec.config['min.insync.replicas'] = 3; }, /min\.insync\.replicas 3 leaves no broker/],
  ['a database owned by another user', (d) => { find(d, 'Database', 'hotline').spec.owner = 'staffing'; }, /logs in as hotline, but database hotline is owned by staffing/],
  ['a CNPG Cluster with instances: "3" (CNPG schema)', (d) => { find(d, 'Cluster').spec.instances = '3'; }, /spec\/instances must be integer/],
  ['a Keycloak without hostname', (d) => { delete find(d, 'Keycloak').spec.hostname; }, /spec\.hostname\.hostname is required/],
  ['a realm import edited by hand', (d) => { find(d, 'KeycloakRealmImport').spec.realm.accessTokenLifespan = 86400; }, /differs from deploy\/keycloak\/customs-realm\.json/],
  ['an issuer from another host', (d) => { find(d, 'ConfigMap', 'customs-suite-config').data.MP_JWT_VERIFY_ISSUER = 'https://other.example/realms/customs'; }, /MP_JWT_VERIFY_ISSUER https:\/\/other\.example/],
  ['a kustomization missing a file', (d) => { const k = find(d, 'Kustomization'); k.resources = k.resources.filter((r) => r !== 'ingress.yaml'); }, /does not list ingress\.yaml/],
];

export async function selfTest(docs, validate) {
  let passed = 0;
  let failed = 0;
  const report = (ok, name, detail) => {
    ok ? passed++ : failed++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? `\n       ${detail}` : ''}`);
  };
  const clean = await validate(clone(docs));
  report(clean.length === 0, 'the committed manifests pass', clean.join('\n       '));
  for (const [name, breakIt, expected] of CASES) {
    const copy = clone(docs);
    const broken = breakIt(copy) ?? copy;
    const problems = await validate(broken);
    const hit = problems.find((p) => expected.test(p));
    report(Boolean(hit), `refused: ${name}`, hit ?? `expected ${expected}, got: ${problems.join(' | ') || 'no problem'}`);
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0;
}
