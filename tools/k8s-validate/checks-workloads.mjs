// What a user of the manifests would care about for the four services: they stay up through a node drain and a
// rollout, they get every setting they need, every reference resolves, and memory fits what was measured.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as yaml from 'js-yaml';
import { mebibytes, requiredEnvironment, selects } from './manifests.mjs';

const PROBES = {
  startupProbe: '/q/health/started',
  livenessProbe: '/q/health/live',
  readinessProbe: '/q/health/ready',
};
/** The heap the suite is measured and tested with (./suite up: -Xmx256m); less would be untested. */
const MIN_HEAP_MIB = 256;

export function checkWorkloads(index, repoRoot, problem) {
  const deployments = index.all('Deployment');
  if (deployments.length === 0) problem('-', 'no Deployment at all');
  for (const { file, doc } of deployments) {
    const where = `${file}: Deployment/${doc.metadata?.name}`;
    const spec = doc.spec ?? {};
    const pod = spec.template?.spec ?? {};
    const labels = spec.template?.metadata?.labels ?? {};
    if (!(spec.replicas >= 2)) problem(where, `replicas is ${spec.replicas ?? 'unset (1)'}: at least 2 keep the API up while a pod restarts`);
    if (!selects(spec.selector, labels)) problem(where, 'its selector does not select its own pod template labels');
    checkDisruptionBudget(index, where, labels, spec.replicas, problem);
    checkPodSecurity(where, pod, problem);
    for (const container of pod.containers ?? []) {
      const at = `${where} container ${container.name}`;
      checkProbes(at, container, problem);
      const environment = checkEnvironment(index, at, container, problem);
      const service = doc.metadata?.name;
      for (const name of requiredEnvironment(repoRoot, service)) {
        if (!environment.has(name)) problem(at, `does not set ${name}, which ${service} needs in production (its ${'${'}${name}} has no default)`);
      }
      checkMemory(index, at, doc, container, problem);
      checkImage(repoRoot, at, service, container, problem);
    }
  }
  checkServices(index, problem);
}

function checkDisruptionBudget(index, where, labels, replicas, problem) {
  const budgets = index.all('PodDisruptionBudget').filter(({ doc }) => selects(doc.spec?.selector, labels));
  if (budgets.length === 0) {
    problem(where, 'no PodDisruptionBudget selects its pods: a node drain may evict every replica at once');
    return;
  }
  for (const { doc } of budgets) {
    const min = doc.spec?.minAvailable;
    if (!(Number.isInteger(min) && min >= 1 && min < replicas)) {
      problem(where, `PodDisruptionBudget ${doc.metadata?.name} needs minAvailable between 1 and replicas - 1 (it has ${min})`);
    }
  }
}

function checkProbes(at, container, problem) {
  for (const [probe, wanted] of Object.entries(PROBES)) {
    const found = container[probe];
    if (!found) {
      problem(at, `has no ${probe} (${wanted})`);
    } else if (found.httpGet?.path !== wanted) {
      problem(at, `${probe} asks ${found.httpGet?.path ?? 'no HTTP path'}, not ${wanted}`);
    } else if (!portExists(container, found.httpGet.port)) {
      problem(at, `${probe} names port ${found.httpGet.port}, which the container does not declare`);
    }
  }
}

function portExists(container, port) {
  return (container.ports ?? []).some((p) => p.name === port || p.containerPort === port);
}

/** Resolves every variable and returns the names the container gets. */
function checkEnvironment(index, at, container, problem) {
  const names = new Set();
  for (const source of container.envFrom ?? []) {
    const [kind, ref] = source.configMapRef ? ['ConfigMap', source.configMapRef] : ['Secret', source.secretRef];
    const keys = index.keys(kind, ref?.name);
    if (!keys) {
      if (!ref?.optional) problem(at, `envFrom names ${kind} ${ref?.name}, which is not defined`);
      continue;
    }
    keys.forEach((key) => names.add((source.prefix ?? '') + key));
  }
  for (const variable of container.env ?? []) {
    names.add(variable.name);
    const from = variable.valueFrom;
    const [kind, ref] = from?.configMapKeyRef ? ['ConfigMap', from.configMapKeyRef] : ['Secret', from?.secretKeyRef];
    if (!ref) continue;
    const keys = index.keys(kind, ref.name);
    if (!keys) {
      problem(at, `${variable.name} comes from ${kind} ${ref.name}, which is not defined`);
    } else if (!keys.has(ref.key) && !ref.optional) {
      problem(at, `${variable.name} comes from key ${ref.key} of ${kind} ${ref.name}, which has no such key`);
    }
  }
  return names;
}

/** The JVM's heap (MaxRAMPercentage of the limit) and what is left beside it must fit the measured figures. */
function checkMemory(index, at, doc, container, problem) {
  const { requests = {}, limits = {} } = container.resources ?? {};
  for (const [what, values] of [['requests', requests], ['limits', limits]]) {
    for (const resource of ['cpu', 'memory']) {
      if (values[resource] === undefined) problem(at, `has no ${what}.${resource}`);
    }
  }
  const limit = mebibytes(limits.memory);
  if (mebibytes(requests.memory) !== limit) {
    problem(at, `requests.memory (${requests.memory}) differs from limits.memory (${limits.memory}): a JVM does not give memory back, so it should be guaranteed`);
  }
  const annotations = doc.metadata?.annotations ?? {};
  const rss = Number(annotations['customs-suite/measured-rss-mib']);
  const nonHeap = Number(annotations['customs-suite/measured-non-heap-mib']);
  if (!(rss > 0 && nonHeap > 0)) {
    problem(at, 'the Deployment lacks the annotations customs-suite/measured-rss-mib and customs-suite/measured-non-heap-mib (docs/deploy-kubernetes.md)');
    return;
  }
  const options = javaOptions(index, container);
  const percent = Number(/-XX:MaxRAMPercentage=(\d+(?:\.\d+)?)/.exec(options)?.[1]);
  if (!(percent > 0)) {
    problem(at, 'JAVA_OPTS_APPEND sets no -XX:MaxRAMPercentage: the heap would follow the image default, not these limits');
    return;
  }
  const heap = (limit * percent) / 100;
  if (heap < MIN_HEAP_MIB) problem(at, `a heap of ${heap.toFixed(0)} MiB (${percent}% of ${limits.memory}) is below the ${MIN_HEAP_MIB} MiB the suite is tested with`);
  if (limit - heap < 1.25 * nonHeap) {
    problem(at, `${(limit - heap).toFixed(0)} MiB beside the heap is less than 1.25 x the measured ${nonHeap} MiB outside it (metaspace, code, threads, buffers)`);
  }
  if (limit < 1.5 * rss) problem(at, `limits.memory ${limits.memory} is under 1.5 x the measured RSS of ${rss} MiB`);
}

function javaOptions(index, container) {
  const direct = (container.env ?? []).find((v) => v.name === 'JAVA_OPTS_APPEND');
  if (direct) return direct.value ?? '';
  for (const source of container.envFrom ?? []) {
    if (source.configMapRef) {
      const value = index.value('ConfigMap', source.configMapRef.name, 'JAVA_OPTS_APPEND');
      if (value !== undefined) return value;
    }
  }
  return '';
}

function checkPodSecurity(where, pod, problem) {
  const podContext = pod.securityContext ?? {};
  if (podContext.runAsNonRoot !== true) problem(where, 'the pod does not set runAsNonRoot: true');
  if (podContext.seccompProfile?.type !== 'RuntimeDefault') problem(where, 'the pod does not use the RuntimeDefault seccomp profile');
  const volumes = new Map((pod.volumes ?? []).map((v) => [v.name, v]));
  for (const container of pod.containers ?? []) {
    const context = container.securityContext ?? {};
    const at = `${where} container ${container.name}`;
    if (context.allowPrivilegeEscalation !== false) problem(at, 'does not set allowPrivilegeEscalation: false');
    if (!(context.capabilities?.drop ?? []).includes('ALL')) problem(at, 'does not drop ALL capabilities');
    if (context.readOnlyRootFilesystem !== true) problem(at, 'does not use a read-only root file system');
    const tmp = (container.volumeMounts ?? []).find((m) => m.mountPath === '/tmp');
    if (!tmp || !volumes.get(tmp.name)?.emptyDir) problem(at, 'has no emptyDir on /tmp (the JVM and Vert.x write there)');
  }
}

/** The image docker-compose.yml builds for this service, with a tag. */
function checkImage(repoRoot, at, service, container, problem) {
  const compose = yaml.load(readFileSync(path.join(repoRoot, 'docker-compose.yml'), 'utf8'));
  const built = compose?.services?.[service]?.image?.split(':')[0];
  const [name, tag] = String(container.image).split(':');
  if (!built) problem(at, `docker-compose.yml builds no image for ${service}`);
  else if (name !== built) problem(at, `runs image ${name}, but docker-compose.yml builds ${built}`);
  if (!tag || tag === 'latest') problem(at, `image ${container.image} has no fixed tag`);
}

function checkServices(index, problem) {
  const pods = index.all('Deployment').map(({ doc }) => doc.spec?.template ?? {});
  for (const { file, doc } of index.all('Service')) {
    const where = `${file}: Service/${doc.metadata?.name}`;
    const targets = pods.filter((template) => selects(doc.spec?.selector, template.metadata?.labels));
    if (targets.length === 0) {
      problem(where, `its selector ${JSON.stringify(doc.spec?.selector)} matches no Deployment's pods`);
      continue;
    }
    for (const port of doc.spec?.ports ?? []) {
      const target = port.targetPort ?? port.port;
      if (!targets.every((t) => (t.spec?.containers ?? []).some((c) => portExists(c, target)))) {
        problem(where, `port ${port.name ?? port.port} targets ${target}, which its pods do not declare`);
      }
    }
  }
}
