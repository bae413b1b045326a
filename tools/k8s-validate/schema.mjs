// Schema validation of one manifest: the models of kubernetes-models (built-in kinds) and of the @kubernetes-models
// packages for Strimzi and CloudNativePG validate types, enums and required fields (their JSON schemas, compiled).
// Those schemas accept any unknown field, as the Kubernetes OpenAPI does; `kubectl apply` (strict field validation)
// does not. So a misspelt field (`livenessprobe`) is found here from the models' type declarations (.d.ts), which
// list every field of every object.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const nodeModules = path.join(here, 'node_modules');

/** Where the model of an apiVersion lives: a module path in node_modules, or null for a built-in group unknown. */
function modulePath(apiVersion) {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  if (group === 'kafka.strimzi.io' || group === 'core.strimzi.io') {
    return `@kubernetes-models/strimzi-kafka-operator/${group}/${version}`;
  }
  if (group === 'postgresql.cnpg.io') {
    return `@kubernetes-models/cloudnative-pg/${group}/${version}`;
  }
  if (group === '' || !group.includes('.') || group.endsWith('.k8s.io')) {
    return group === '' ? `kubernetes-models/${version}` : `kubernetes-models/${group}/${version}`;
  }
  return null;
}

/** True for apiVersions served by Kubernetes itself (a kind there must exist in kubernetes-models). */
export function isBuiltIn(apiVersion) {
  const group = apiVersion.includes('/') ? apiVersion.split('/')[0] : '';
  return group === '' || !group.includes('.') || group.endsWith('.k8s.io');
}

/**
 * Validates one document against its model. Returns a list of problems (strings); `null` when no model package
 * knows the apiVersion (the caller then applies its own checks).
 */
export async function validateSchema(doc) {
  const modPath = modulePath(doc.apiVersion);
  if (!modPath) {
    return null;
  }
  let module;
  try {
    module = await import(modPath);
  } catch {
    return [`unknown apiVersion ${doc.apiVersion} (no model in ${modPath})`];
  }
  const Model = module[doc.kind];
  if (typeof Model !== 'function' || Model.kind !== doc.kind) {
    return [`unknown kind ${doc.kind} in ${doc.apiVersion}`];
  }
  const problems = [];
  try {
    new Model(doc).validate();
  } catch (error) {
    problems.push(`schema: ${error.message}`);
  }
  const declaration = path.join(nodeModules, modPath, `${doc.kind}.d.ts`);
  for (const field of unknownFields(doc, { file: declaration, name: `I${doc.kind}` })) {
    problems.push(`unknown field ${field} (not in the ${doc.apiVersion} ${doc.kind} schema)`);
  }
  return problems;
}

// ---- a reader of the models' .d.ts files: interfaces, type aliases, imports, export aliases ----

const files = new Map();

function parseFile(file) {
  if (files.has(file)) {
    return files.get(file);
  }
  const source = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const parsed = { file, imports: new Map(), declarations: new Map(), aliases: new Map() };
  for (const [, names, from] of source.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*"([^"]+)"/g)) {
    for (const entry of names.split(',').map((n) => n.trim()).filter(Boolean)) {
      const [imported, local] = entry.split(/\s+as\s+/);
      parsed.imports.set((local ?? imported).trim(), { file: resolveImport(file, from), name: imported.trim() });
    }
  }
  for (const [, names] of source.matchAll(/export\s+type\s*\{([^}]*)\}/g)) {
    for (const entry of names.split(',').map((n) => n.trim()).filter(Boolean)) {
      const [local, exported] = entry.split(/\s+as\s+/);
      if (exported) parsed.aliases.set(exported.trim(), local.trim());
    }
  }
  const tokens = tokenize(source);
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] === 'interface' && tokens[i - 1] === 'export') {
      const name = tokens[i + 1];
      let j = i + 2;
      while (tokens[j] !== '{') j++;
      const parser = new TypeParser(tokens, j);
      parsed.declarations.set(name, parser.type());
      i = parser.at;
    } else if (tokens[i] === 'type' && tokens[i - 1] === 'export' && tokens[i + 1] !== '{' && tokens[i + 2] === '=') {
      const parser = new TypeParser(tokens, i + 3);
      parsed.declarations.set(tokens[i + 1], parser.type());
      i = parser.at;
    }
  }
  files.set(file, parsed);
  return parsed;
}

function resolveImport(from, specifier) {
  const base = specifier.startsWith('.')
    ? path.resolve(path.dirname(from), specifier)
    : path.join(nodeModules, specifier);
  const candidate = base.replace(/\.js$/, '') + '.d.ts';
  return existsSync(candidate) ? candidate : path.join(base, 'index.d.ts');
}

function tokenize(source) {
  return source.match(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[A-Za-z_$][\w$]*|-?\d+(?:\.\d+)?|\S/g) ?? [];
}

/** Types: {kind: 'object', props, index} | {kind: 'array', of} | {kind: 'union', of} | {kind: 'ref', name} | {kind: 'leaf'}. */
class TypeParser {
  constructor(tokens, at) {
    this.tokens = tokens;
    this.at = at;
  }
  peek() {
    return this.tokens[this.at];
  }
  next() {
    return this.tokens[this.at++];
  }
  type() {
    if (this.peek() === '|') this.next();
    const alternatives = [this.postfix()];
    while (this.peek() === '|' || this.peek() === '&') {
      this.next();
      alternatives.push(this.postfix());
    }
    return alternatives.length === 1 ? alternatives[0] : { kind: 'union', of: alternatives };
  }
  postfix() {
    let type = this.primary();
    while (this.peek() === '[' && this.tokens[this.at + 1] === ']') {
      this.at += 2;
      type = { kind: 'array', of: type };
    }
    return type;
  }
  primary() {
    const token = this.next();
    if (token === '{') return this.object();
    if (token === '(') {
      const inner = this.type();
      this.next(); // ')'
      return inner;
    }
    if (token === 'Array' && this.peek() === '<') {
      this.next();
      const of = this.type();
      this.next(); // '>'
      return { kind: 'array', of };
    }
    if (/^[A-Z]/.test(token) && token !== 'Array') {
      return { kind: 'ref', name: token };
    }
    return { kind: 'leaf' }; // string, number, boolean, literals, any, unknown, null
  }
  object() {
    const props = new Map();
    let index = null;
    while (this.peek() !== '}') {
      if (this.peek() === '[') {
        while (this.next() !== ':');
        while (this.peek() !== ':') this.next(); // "]"
        this.next();
        index = this.type();
      } else {
        const name = this.next().replace(/^["']|["']$/g, '');
        if (this.peek() === '?') this.next();
        this.next(); // ':'
        props.set(name, this.type());
      }
      if (this.peek() === ';' || this.peek() === ',') this.next();
    }
    this.next(); // '}'
    return { kind: 'object', props, index };
  }
}

function resolve(scope, name, seen = 0) {
  const parsed = parseFile(scope.file);
  const local = parsed.aliases.get(name) ?? name;
  if (parsed.declarations.has(local)) {
    return { type: parsed.declarations.get(local), file: scope.file };
  }
  const imported = parsed.imports.get(name);
  if (imported && seen < 20) {
    return resolve({ file: imported.file }, imported.name, seen + 1);
  }
  return null; // a type of the base package (TypeMeta, ModelData): nothing to check
}

/** The paths of the fields in `value` that its declared type does not have. */
export function unknownFields(value, root) {
  const found = [];
  const start = resolve({ file: root.file }, root.name);
  if (start) walk(value, start.type, start.file, '', found);
  return found;
}

function walk(value, type, file, at, found) {
  if (value === null || value === undefined || type === undefined) return;
  switch (type.kind) {
    case 'ref': {
      const target = resolve({ file }, type.name);
      if (target) walk(value, target.type, target.file, at, found);
      return;
    }
    case 'array':
      if (Array.isArray(value)) value.forEach((item, i) => walk(item, type.of, file, `${at}[${i}]`, found));
      return;
    case 'union': {
      // only an unambiguous union is followed: an array's elements, or a single object alternative
      const candidates = type.of.filter((alternative) =>
        Array.isArray(value) ? alternative.kind === 'array' : alternative.kind !== 'leaf' && alternative.kind !== 'array');
      if (candidates.length === 1) walk(value, candidates[0], file, at, found);
      return;
    }
    case 'object':
      if (typeof value !== 'object' || Array.isArray(value)) return;
      if (type.props.size === 0 && !type.index) return; // `{}`: free-form (x-kubernetes-preserve-unknown-fields)
      for (const [key, child] of Object.entries(value)) {
        const declared = type.props.get(key) ?? type.index;
        if (declared) {
          walk(child, declared, file, `${at}.${key}`, found);
        } else {
          found.push(`${at}.${key}`.replace(/^\./, ''));
        }
      }
      return;
    default:
  }
}
