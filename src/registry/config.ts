import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ErrorObject } from 'ajv';
import validator from './generated/registries-validator.js';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { UserError } from '../errors.js';
import { maskSecret } from '../secrets.js';
import { isRepositoryPath, isValidDomain, normaliseDomain } from './reference.js';

export type RegistryKind = 'dockerhub' | 'ghcr' | 'gcr' | 'gar' | 'ecr' | 'acr' | 'quay' | 'other';

/** A value read from the environment when the integration is used: `{ env: NAME }`. */
export interface SecretRef {
  env: string;
}

export type CredentialValue = string | SecretRef;

/** One registry declared in the registries file (DESIGN §2). */
export interface Integration {
  name: string;
  kind: RegistryKind;
  /** Normalised with normaliseDomain (`docker.io`) and lowercased. */
  domain: string;
  primary: boolean;
  default: boolean;
  /** Without leading or trailing slashes. */
  repositoryPrefix?: string;
  insecure: boolean;
  credentials?: { username: CredentialValue; password: SecretRef };
  /** Where it was declared, for error messages: the file, or `the registries input`. */
  source: string;
  line: number;
}

export interface RegistriesConfig {
  /** The file the integrations came from, `the registries input`, or `none`. */
  source: string;
  integrations: Integration[];
}

export interface Credentials {
  username: string;
  password: string;
}

export const DEFAULT_REGISTRIES_FILE = '.github/registries.yml';
export const INLINE_SOURCE = 'the registries input';
export const NO_SOURCE = 'none';

/** Kinds whose registry lives at one well-known domain. */
const IMPLIED_DOMAINS: Partial<Record<RegistryKind, string>> = {
  dockerhub: 'docker.io',
  ghcr: 'ghcr.io',
  gcr: 'gcr.io',
  quay: 'quay.io',
};

// The repository path grammar of github.com/distribution/reference (reference.ts checks it).
const REPOSITORY_PATH_HELP =
  'lowercase letters and digits separated by . _ __ or -, path components joined by /';

/** Errors carry their parentSchema (for the allowed field names in messages). */
function validate(data: unknown): ErrorObject[] {
  return validator(data) ? [] : [...(validator.errors ?? [])];
}

type Segment = string | number;

interface Problem {
  line: number;
  field: string;
  message: string;
}

/** `registries[1].credentials.password` */
function fieldPath(segments: Segment[]): string {
  let out = '';
  for (const segment of segments) {
    out += typeof segment === 'number' ? `[${segment}]` : out ? `.${segment}` : segment;
  }
  return out;
}

function pointerSegments(pointer: string): Segment[] {
  if (!pointer) return [];
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** Finds the lines of YAML nodes by their path in the data. */
class Locator {
  constructor(
    private readonly root: unknown,
    private readonly lines: LineCounter,
  ) {}

  private lineAt(offset: number | undefined): number {
    return offset === undefined ? 1 : this.lines.linePos(offset).line;
  }

  /**
   * The line where the value at `segments` is written: a map entry's key line, a list item's
   * line; the deepest node that exists when the path goes further than the document.
   */
  line(segments: Segment[]): number {
    let node: unknown = this.root;
    let line = this.lineAt((node as Node | null)?.range?.[0]);
    for (const segment of segments) {
      if (isSeq(node) && typeof segment === 'number') {
        node = node.items[segment];
        const range = (node as Node | null)?.range;
        if (range) line = this.lineAt(range[0]);
      } else if (isMap(node)) {
        const pair = node.items.find(
          (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment),
        );
        if (!pair) break;
        const keyRange = (pair.key as Node | null)?.range;
        if (keyRange) line = this.lineAt(keyRange[0]);
        node = pair.value;
      } else {
        break;
      }
    }
    return line;
  }
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  boolean: 'true or false',
  object: 'a mapping',
  array: 'a list',
  'array,null': 'a list',
};

/** A user's words for one ajv error, never quoting the value. */
function describeAjvError(error: ErrorObject, segments: Segment[]): Problem['message'] {
  const last = segments[segments.length - 1];
  const parent = segments[segments.length - 2];
  switch (error.keyword) {
    case 'additionalProperties': {
      const allowed = Object.keys(
        (error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ??
          {},
      );
      return `unknown field${allowed.length ? `; allowed: ${allowed.join(', ')}` : ''}`;
    }
    case 'required':
      if (last === 'password') {
        return 'is required: write { env: NAME }, the environment variable that holds it';
      }
      return last === 'env' ? 'is required: the name of an environment variable' : 'is required';
    case 'type':
      if (last === 'password' && parent === 'credentials') {
        return 'a literal password is not allowed; use { env: NAME } and pass the secret in that environment variable';
      }
      if (segments.length === 0) return 'the file must be a mapping with a registries list';
      return `must be ${TYPE_WORDS[String(error.params.type)] ?? String(error.params.type)}`;
    case 'enum':
      return `must be one of ${((error.params.allowedValues as unknown[]) ?? []).join(', ')}`;
    case 'minLength':
      return 'must not be empty';
    case 'anyOf':
      return last === 'username'
        ? 'must be a string or { env: NAME }'
        : 'does not match any allowed form';
    case 'pattern':
      switch (last) {
        case 'name':
          return 'must be lowercase letters, digits, _ and -, starting with a letter or digit';
        case 'domain':
          return domainHelp(typeof error.data === 'string' ? error.data : undefined);
        case 'repository_prefix':
          return `is not a valid repository path (${REPOSITORY_PATH_HELP})`;
        case 'env':
          return 'must be an environment variable name (letters, digits and _, not starting with a digit)';
        default:
          return 'has an invalid format';
      }
    default:
      return error.message ?? 'is invalid';
  }
}

function domainHelp(value?: string): string {
  const hint =
    value && /^[a-z]+:\/\//i.test(value)
      ? ' (leave out the scheme)'
      : value && value.includes('/')
        ? ' (leave out the path; use repository_prefix for it)'
        : '';
  return `is not a valid domain${hint}; write host[:port], such as ghcr.io or localhost:5000`;
}

/**
 * Turns ajv's errors into problems: one per field. Of the branches of an `anyOf` (a username
 * is a string or `{ env: NAME }`), only the errors of the branch the value was meant for count.
 */
function schemaProblems(errors: ErrorObject[], locator: Locator): Problem[] {
  const anyOfPaths = new Set(
    errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath),
  );
  const problems: Problem[] = [];
  for (const error of errors) {
    const within = [...anyOfPaths].find(
      (p) => error.instancePath === p || error.instancePath.startsWith(`${p}/`),
    );
    if (within !== undefined) {
      const specific = errors.filter(
        (e) =>
          e.keyword !== 'anyOf' &&
          (e.instancePath.startsWith(`${within}/`) ||
            (e.instancePath === within && e.keyword !== 'type')),
      );
      if (error.keyword === 'anyOf' ? specific.length > 0 : !specific.includes(error)) continue;
    }
    const segments = pointerSegments(error.instancePath);
    let field = segments;
    if (error.keyword === 'additionalProperties') {
      field = [...segments, String(error.params.additionalProperty)];
    } else if (error.keyword === 'required') {
      field = [...segments, String(error.params.missingProperty)];
    }
    problems.push({
      line: locator.line(field),
      field: fieldPath(field),
      message: describeAjvError(error, field),
    });
  }
  return problems;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function trimSlashes(value: string): string {
  return value.replace(/^\/+|\/+$/g, '');
}

/** The checks a schema cannot make: unique names, one primary per domain, one default, domains. */
function semanticProblems(entries: unknown[], locator: Locator, reported: Set<string>): Problem[] {
  const problems: Problem[] = [];
  const add = (segments: Segment[], message: string, lineSegments = segments) => {
    const field = fieldPath(segments);
    if (reported.has(field)) return;
    problems.push({ line: locator.line(lineSegments), field, message });
  };
  const names = new Map<string, number>();
  const primaries = new Map<string, { name: string; line: number }>();
  let defaultEntry: { name: string; line: number } | undefined;

  entries.forEach((entry, index) => {
    if (!isObject(entry)) return;
    const at = (field: string): Segment[] => ['registries', index, field];
    const name = typeof entry.name === 'string' ? entry.name : `registries[${index}]`;

    if (typeof entry.name === 'string') {
      const first = names.get(entry.name);
      const line = locator.line(at('name'));
      if (first !== undefined) {
        add(at('name'), `duplicate name "${entry.name}", first declared at line ${first}`);
      } else {
        names.set(entry.name, line);
      }
    }

    let domain: string | undefined;
    if (typeof entry.domain === 'string') {
      if (isValidDomain(entry.domain)) domain = normaliseDomain(entry.domain).toLowerCase();
      else add(at('domain'), domainHelp(entry.domain));
    } else if (entry.domain === undefined) {
      const kind = typeof entry.kind === 'string' ? entry.kind : 'other';
      domain = IMPLIED_DOMAINS[kind as RegistryKind];
      if (!domain && !reported.has(fieldPath(at('kind')))) {
        add(
          at('domain'),
          `is required for kind ${kind} (only dockerhub, ghcr, gcr and quay imply a domain)`,
          ['registries', index],
        );
      }
    }

    if (entry.primary === true && domain) {
      const line = locator.line(at('primary'));
      const other = primaries.get(domain);
      if (other) {
        add(
          at('primary'),
          `"${name}" and "${other.name}" (line ${other.line}) are both primary for ${domain}; mark only one primary: true`,
        );
      } else {
        primaries.set(domain, { name, line });
      }
    }

    if (entry.default === true) {
      const line = locator.line(at('default'));
      if (defaultEntry) {
        add(
          at('default'),
          `"${name}" and "${defaultEntry.name}" (line ${defaultEntry.line}) are both default; at most one integration may be default: true`,
        );
      } else {
        defaultEntry = { name, line };
      }
    }

    if (typeof entry.repository_prefix === 'string') {
      const prefix = trimSlashes(entry.repository_prefix);
      if (!prefix || !isRepositoryPath(prefix)) {
        add(at('repository_prefix'), `is not a valid repository path (${REPOSITORY_PATH_HELP})`);
      }
    }
  });
  return problems;
}

function problemsError(source: string, problems: Problem[]): UserError {
  const seen = new Set<string>();
  const lines = [...problems]
    .sort((a, b) => a.line - b.line)
    .map((p) => `${source} line ${p.line}: ${p.field ? `${p.field}: ` : ''}${p.message}`)
    .filter((line) => !seen.has(line) && seen.add(line));
  return new UserError(lines.join('\n'));
}

function toIntegration(entry: Record<string, unknown>, source: string, line: number): Integration {
  const kind = (entry.kind as RegistryKind | undefined) ?? 'other';
  const domain =
    typeof entry.domain === 'string'
      ? normaliseDomain(entry.domain).toLowerCase()
      : (IMPLIED_DOMAINS[kind] as string);
  const prefix =
    typeof entry.repository_prefix === 'string' ? trimSlashes(entry.repository_prefix) : '';
  const credentials = entry.credentials as Integration['credentials'] | undefined;
  return {
    name: entry.name as string,
    kind,
    domain,
    primary: entry.primary === true,
    default: entry.default === true,
    ...(prefix ? { repositoryPrefix: prefix } : {}),
    insecure: entry.insecure === true,
    ...(credentials
      ? {
          credentials: {
            username:
              typeof credentials.username === 'string'
                ? credentials.username
                : { env: credentials.username.env },
            password: { env: credentials.password.env },
          },
        }
      : {}),
    source,
    line,
  };
}

/**
 * Parses and validates a registries file (DESIGN §2). Every problem is reported at once, one per
 * line, each naming `source`, the line and the field; values are never quoted, as a secret may
 * have been written where it does not belong.
 */
export function parseRegistries(text: string, source: string): RegistriesConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length) {
    throw problemsError(
      source,
      doc.errors.map((error) => ({
        line: lineCounter.linePos(error.pos[0]).line,
        field: '',
        // Without the source excerpt that `prettyErrors` would append: it may show a secret.
        message: `YAML syntax error: ${error.message}`,
      })),
    );
  }
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    throw new UserError(`${source}: cannot read the YAML: ${(error as Error).message}`);
  }
  if (data === null || data === undefined) return { source, integrations: [] };

  const locator = new Locator(doc.contents, lineCounter);
  const problems = schemaProblems(validate(data), locator);
  const reported = new Set(problems.map((p) => p.field));
  const entries = isObject(data) && Array.isArray(data.registries) ? data.registries : [];
  problems.push(...semanticProblems(entries, locator, reported));
  if (problems.length) throw problemsError(source, problems);

  return {
    source,
    integrations: entries.map((entry, index) =>
      toIntegration(entry as Record<string, unknown>, source, locator.line(['registries', index])),
    ),
  };
}

export interface LoadRegistriesOptions {
  /** The `registries` input: the same YAML inline. Wins over the file. */
  inline?: string;
  /** The `registries_file` input, relative to `cwd`; default `.github/registries.yml`. */
  file?: string;
  cwd: string;
}

/**
 * The registries of a step: the `registries` input, else the `registries_file` (default
 * `.github/registries.yml`). Without a file, no integrations: every registry is then reached
 * through the Docker config or anonymously.
 */
export function loadRegistries(options: LoadRegistriesOptions): RegistriesConfig {
  if (options.inline !== undefined && options.inline.trim()) {
    return parseRegistries(options.inline, INLINE_SOURCE);
  }
  const explicit = options.file !== undefined && options.file.trim() !== '';
  const file = explicit ? (options.file as string).trim() : DEFAULT_REGISTRIES_FILE;
  let text: string;
  try {
    text = readFileSync(path.resolve(options.cwd, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!explicit && code === 'ENOENT') return { source: NO_SOURCE, integrations: [] };
    const why =
      code === 'ENOENT'
        ? 'does not exist'
        : code === 'EISDIR'
          ? 'is a directory'
          : `cannot be read (${code ?? (error as Error).message})`;
    throw new UserError(
      explicit
        ? `Input registries_file: ${file} ${why} (relative to ${options.cwd})`
        : `${file} ${why}`,
    );
  }
  return parseRegistries(text, file);
}

function resolveValue(
  integration: Integration,
  value: CredentialValue,
  what: 'username' | 'password',
  env: NodeJS.ProcessEnv,
): string {
  if (typeof value === 'string') return value;
  const resolved = env[value.env];
  if (resolved === undefined || resolved === '') {
    throw new UserError(
      `Registry ${integration.name} (${integration.source} line ${integration.line}): the environment variable ${value.env} that holds its ${what} is not set or is empty; pass it to the step, e.g. env: { ${value.env}: \${{ secrets.${value.env} }} }`,
    );
  }
  return resolved;
}

/**
 * The integration's username and password, read from the environment now. Credentials are read
 * lazily, only when an integration is actually used, so a job that has the secrets of just the
 * registries it uses still works. The password and the base64 `user:pass` are masked at once.
 * Undefined when the integration declares no credentials.
 */
export function readCredentials(
  integration: Integration,
  env: NodeJS.ProcessEnv,
): Credentials | undefined {
  if (!integration.credentials) return undefined;
  const password = resolveValue(integration, integration.credentials.password, 'password', env);
  maskSecret(password);
  const username = resolveValue(integration, integration.credentials.username, 'username', env);
  maskSecret(Buffer.from(`${username}:${password}`).toString('base64'));
  return { username, password };
}
