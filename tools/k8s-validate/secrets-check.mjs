// node validate.mjs --secrets FILE: the Secrets make-secrets.sh printed must be those of secrets.template.yaml (same
// names, types and keys), with values the services accept (key sizes, the Ed25519 key's encoding); the manifests'
// cross-checks then run against them instead of the template's placeholders.
import { readFileSync } from 'node:fs';
import * as yaml from 'js-yaml';

const ED25519_PKCS8_PREFIX = '302e020100300506032b657004220420';

export function checkGeneratedSecrets(file, docs, problem) {
  const generated = yaml.loadAll(readFileSync(file, 'utf8')).filter(Boolean);
  const byName = new Map(generated.map((doc) => [doc.metadata?.name, doc]));
  for (const { doc: template } of docs.filter(({ doc }) => doc.kind === 'Secret' && doc.type !== 'kubernetes.io/tls')) {
    const name = template.metadata.name;
    const made = byName.get(name);
    if (!made) {
      problem(file, `makes no Secret ${name}`);
      continue;
    }
    if (made.type !== template.type) problem(file, `Secret ${name} is of type ${made.type}, not ${template.type}`);
    const wanted = Object.keys({ ...template.data, ...template.stringData }).sort().join(',');
    const keys = Object.keys({ ...made.data, ...made.stringData }).sort().join(',');
    if (keys !== wanted) problem(file, `Secret ${name} has keys ${keys}, not ${wanted}`);
    for (const [key, encoded] of Object.entries(made.data ?? {})) {
      const value = Buffer.from(String(encoded), 'base64').toString('utf8');
      if (/REPLACE/.test(value)) problem(file, `Secret ${name} key ${key} is still a placeholder`);
      if (/_HMAC_KEY$|_KEK$/.test(key) && Buffer.from(value, 'base64').length < 32) problem(file, `Secret ${name} key ${key} is not base64 of 32 bytes or more`);
      if (key.endsWith('PROOF_PRIVATE_KEY') && !Buffer.from(value, 'base64').toString('hex').startsWith(ED25519_PKCS8_PREFIX)) {
        problem(file, `Secret ${name} key ${key} is not an Ed25519 private key in PKCS#8 DER`);
      }
    }
  }
  const others = docs.filter(({ doc }) => !(doc.kind === 'Secret' && byName.has(doc.metadata?.name)));
  return [...others, ...generated.map((doc) => ({ file, doc }))];
}
