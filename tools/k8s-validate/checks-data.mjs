// The data and identity side: topics, databases, users and Keycloak agree with what the services are told.
import * as yaml from 'js-yaml';
import { realmImportText } from './realm-import.mjs';
import { serviceTopics } from './manifests.mjs';

/**
 * The Keycloak operator's custom resources have no schema package on npm: their required fields are checked here,
 * and the top-level fields of a Keycloak's spec against this list, written from the v2alpha1 reference of
 * Keycloak 26 (not generated from the CRD).
 */
const KEYCLOAK_SPEC_FIELDS = new Set([
  'instances', 'image', 'imagePullSecrets', 'startOptimized', 'additionalOptions', 'db', 'http', 'httpManagement',
  'hostname', 'proxy', 'ingress', 'features', 'transaction', 'cache', 'truststores', 'bootstrapAdmin', 'resources',
  'scheduling', 'networkPolicy', 'tracing', 'update', 'unsupported', 'env', 'livenessProbe', 'readinessProbe',
  'startupProbe', 'serviceMonitor',
]);

export function checkData(index, repoRoot, problem) {
  checkKafka(index, repoRoot, problem);
  checkPostgres(index, problem);
  checkKeycloak(index, problem);
}

function config(index, deployment, name) {
  const container = deployment.spec?.template?.spec?.containers?.[0] ?? {};
  const direct = (container.env ?? []).find((v) => v.name === name);
  if (direct?.value !== undefined) return direct.value;
  for (const source of container.envFrom ?? []) {
    const value = source.configMapRef && index.value('ConfigMap', source.configMapRef.name, name);
    if (value !== undefined) return value;
  }
  return undefined;
}

function checkKafka(index, repoRoot, problem) {
  const clusters = new Map(index.all('Kafka').map(({ doc }) => [doc.metadata?.name, doc]));
  const topics = new Map(index.all('KafkaTopic').map(({ file, doc }) => [doc.spec?.topicName ?? doc.metadata?.name, { file, doc }]));
  const brokers = index.all('KafkaNodePool').filter(({ doc }) => (doc.spec?.roles ?? []).includes('broker'));
  for (const { file, doc } of [...index.all('KafkaTopic'), ...index.all('KafkaNodePool')]) {
    const cluster = doc.metadata?.labels?.['strimzi.io/cluster'];
    if (!clusters.has(cluster)) problem(`${file}: ${doc.kind}/${doc.metadata?.name}`, `its label strimzi.io/cluster names ${cluster}, which is no Kafka here`);
  }
  const brokerCount = brokers.reduce((sum, { doc }) => sum + (doc.spec?.replicas ?? 0), 0);
  for (const [name, { file, doc }] of topics) {
    const where = `${file}: KafkaTopic/${name}`;
    if (doc.spec?.replicas > brokerCount) problem(where, `asks ${doc.spec.replicas} replicas of ${brokerCount} brokers`);
    const minIsr = Number(doc.spec?.config?.['min.insync.replicas'] ?? 1);
    if (!(minIsr < doc.spec?.replicas)) problem(where, `min.insync.replicas ${minIsr} leaves no broker to restart while producers with acks=all write`);
  }
  for (const { file, doc } of index.all('Deployment')) {
    const service = doc.metadata?.name;
    const where = `${file}: Deployment/${service}`;
    const wanted = [...serviceTopics(repoRoot, service), `customs.${service.replace(/-service$/, '')}.audit-checkpoints.v1`];
    if (['declarations-service', 'staffing-service', 'hotline-service', 'inspections-service'].includes(service)) {
      wanted.push(`customs.${service.replace(/-service$/, '')}.v1`); // the topic its outbox publishes to
    }
    for (const topic of new Set(wanted)) {
      if (!topics.has(topic)) problem(where, `uses topic ${topic}, for which there is no KafkaTopic`);
    }
    const bootstrap = config(index, doc, 'KAFKA_BOOTSTRAP_SERVERS') ?? '';
    const [host, port] = bootstrap.split(':');
    const kafka = clusters.get(host.replace(/-kafka-bootstrap(\..*)?$/, ''));
    const listener = kafka?.spec?.kafka?.listeners?.find((l) => l.port === Number(port));
    if (!kafka || !host.includes('-kafka-bootstrap')) problem(where, `KAFKA_BOOTSTRAP_SERVERS ${bootstrap} is no Strimzi bootstrap Service of a Kafka here`);
    else if (!listener) problem(where, `KAFKA_BOOTSTRAP_SERVERS port ${port} is no listener of Kafka ${kafka.metadata.name}`);
    else if (listener.tls || listener.authentication) problem(where, `listener ${listener.name} wants TLS or authentication, which the outbox relay's producer is not given`);
  }
}

function checkPostgres(index, problem) {
  const clusters = new Map(index.all('Cluster').map(({ doc }) => [doc.metadata?.name, doc]));
  const roles = new Map();
  for (const { file, doc } of index.all('Cluster')) {
    for (const role of doc.spec?.managed?.roles ?? []) {
      roles.set(role.name, role);
      const where = `${file}: Cluster/${doc.metadata?.name} role ${role.name}`;
      const secret = index.find('Secret', role.passwordSecret?.name);
      if (!secret) problem(where, `its passwordSecret ${role.passwordSecret?.name} is not defined`);
      else if (secret.doc.type !== 'kubernetes.io/basic-auth') problem(where, `its Secret ${secret.doc.metadata.name} must be of type kubernetes.io/basic-auth`);
      else if (index.value('Secret', secret.doc.metadata.name, 'username') !== role.name) problem(where, `its Secret's username is not ${role.name}`);
    }
  }
  const databases = new Map();
  for (const { file, doc } of index.all('Database')) {
    const where = `${file}: Database/${doc.metadata?.name}`;
    databases.set(doc.spec?.name, doc);
    if (!clusters.has(doc.spec?.cluster?.name)) problem(where, `its cluster ${doc.spec?.cluster?.name} is no Cluster here`);
    if (!roles.has(doc.spec?.owner)) problem(where, `its owner ${doc.spec?.owner} is no managed role`);
  }
  for (const { file, doc } of index.all('Deployment')) {
    const where = `${file}: Deployment/${doc.metadata?.name}`;
    const url = config(index, doc, 'QUARKUS_DATASOURCE_JDBC_URL') ?? '';
    const match = /^jdbc:postgresql:\/\/([^:/]+)(?::\d+)?\/([^?]+)/.exec(url);
    if (!match) {
      problem(where, `QUARKUS_DATASOURCE_JDBC_URL ${url} is no PostgreSQL JDBC URL`);
      continue;
    }
    const [, host, name] = match;
    if (!clusters.has(host.replace(/-rw(\..*)?$/, '')) || !host.includes('-rw')) problem(where, `the database host ${host} is not the read-write Service of a Cluster here`);
    const database = databases.get(name);
    const container = doc.spec?.template?.spec?.containers?.[0] ?? {};
    const userRef = (container.env ?? []).find((v) => v.name === 'QUARKUS_DATASOURCE_USERNAME')?.valueFrom?.secretKeyRef;
    const user = userRef && index.value('Secret', userRef.name, userRef.key);
    if (!database) problem(where, `database ${name} has no Database resource`);
    else if (user !== database.spec.owner) problem(where, `logs in as ${user}, but database ${name} is owned by ${database.spec.owner}`);
  }
}

function checkKeycloak(index, problem) {
  const keycloaks = index.all('Keycloak');
  for (const { file, doc } of keycloaks) {
    const where = `${file}: Keycloak/${doc.metadata?.name}`;
    if (doc.apiVersion !== 'k8s.keycloak.org/v2alpha1') problem(where, `apiVersion ${doc.apiVersion} is not k8s.keycloak.org/v2alpha1`);
    const spec = doc.spec ?? {};
    for (const key of Object.keys(spec)) if (!KEYCLOAK_SPEC_FIELDS.has(key)) problem(where, `unknown field spec.${key}`);
    if (!(Number.isInteger(spec.instances) && spec.instances >= 1)) problem(where, 'spec.instances must be a whole number of at least 1');
    if (!spec.hostname?.hostname) problem(where, 'spec.hostname.hostname is required (the issuer the services expect)');
    if (!spec.http?.httpEnabled && !spec.http?.tlsSecret) problem(where, 'spec.http needs httpEnabled: true or a tlsSecret');
    if (spec.db?.vendor !== 'postgres') problem(where, 'spec.db.vendor must be postgres');
    for (const ref of ['usernameSecret', 'passwordSecret']) {
      const secret = spec.db?.[ref];
      if (!index.keys('Secret', secret?.name)?.has(secret?.key)) problem(where, `spec.db.${ref} names key ${secret?.key} of Secret ${secret?.name}, which is not defined`);
    }
    if (!index.all('Cluster').some(({ doc: c }) => spec.db?.host === `${c.metadata.name}-rw`)) problem(where, `spec.db.host ${spec.db?.host} is not the read-write Service of a Cluster here`);
    if (!index.all('Database').some(({ doc: d }) => d.spec?.name === spec.db?.database)) problem(where, `spec.db.database ${spec.db?.database} has no Database resource`);
  }
  const imports = index.all('KeycloakRealmImport');
  for (const { file, doc } of imports) {
    const where = `${file}: KeycloakRealmImport/${doc.metadata?.name}`;
    if (doc.apiVersion !== 'k8s.keycloak.org/v2alpha1') problem(where, `apiVersion ${doc.apiVersion} is not k8s.keycloak.org/v2alpha1`);
    if (!keycloaks.some(({ doc: k }) => k.metadata?.name === doc.spec?.keycloakCRName)) problem(where, `spec.keycloakCRName ${doc.spec?.keycloakCRName} is no Keycloak here`);
    if (typeof doc.spec?.realm?.realm !== 'string') problem(where, 'spec.realm.realm (the realm name) is required');
    for (const [name, placeholder] of Object.entries(doc.spec?.placeholders ?? {})) {
      const secret = placeholder?.secret;
      if (!index.keys('Secret', secret?.name)?.has(secret?.key)) problem(where, `placeholder ${name} names key ${secret?.key} of Secret ${secret?.name}, which is not defined`);
    }
    if (JSON.stringify(doc) !== JSON.stringify(yaml.load(realmImportText()))) problem(where, 'differs from deploy/keycloak/customs-realm.json: run node tools/k8s-validate/realm-import.mjs');
  }
  // The services trust tokens of this Keycloak's realm: its public issuer, its keys through its in-cluster Service.
  for (const { file, doc } of index.all('Deployment')) {
    const where = `${file}: Deployment/${doc.metadata?.name}`;
    const issuer = config(index, doc, 'MP_JWT_VERIFY_ISSUER');
    const keys = config(index, doc, 'MP_JWT_VERIFY_PUBLICKEY_LOCATION');
    const matching = keycloaks.find(({ doc: k }) => imports.some(({ doc: i }) =>
      issuer === `${k.spec?.hostname?.hostname}/realms/${i.spec?.realm?.realm}`));
    if (!matching) {
      problem(where, `MP_JWT_VERIFY_ISSUER ${issuer} is not <a Keycloak's hostname>/realms/<an imported realm>`);
    } else {
      const k = matching.doc;
      const realm = issuer.split('/realms/')[1];
      const wanted = `http://${k.metadata.name}-service:${k.spec.http?.httpPort ?? 8080}/realms/${realm}/protocol/openid-connect/certs`;
      if (keys !== wanted) problem(where, `MP_JWT_VERIFY_PUBLICKEY_LOCATION ${keys} is not that Keycloak's JWKS inside the cluster (${wanted})`);
    }
  }
}
