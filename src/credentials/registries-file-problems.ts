import type { ErrorObject } from 'ajv';
import { LineCounter, isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import { FileError, UserError } from '../errors.js';
import { isObject } from '../json.js';
import { isRepositoryPath, isValidDomain, normaliseDomain, trimSlashes } from '../oci/reference.js';
import validator from './generated/registries-validator.js';
import { DEFAULT_USERNAMES, IMPLIED_DOMAINS, ecrDomainParts, type RegistryKind } from './kinds.js';

/**
 * What is wrong with a registries file, in words: ajv's errors and the checks a schema cannot
 * make, each with the line and field it is about (DESIGN §2). Values are never quoted: a secret
 * may have been written where it does not belong.
 */

export const INLINE_SOURCE = 'the registries input';

// The repository path grammar of github.com/distribution/reference (reference.ts checks it).
const REPOSITORY_PATH_HELP =
  'lowercase letters and digits separated by . _ __ or -, path components joined by /';

/** Errors carry their parentSchema (for the allowed field names in messages). */
export function validate(data: unknown): ErrorObject[] {
  return validator(data) ? [] : [...(validator.errors ?? [])];
}

export type Segment = string | number;

export interface Problem {
  line: number;
  field: string;
  message: string;
}

/** `registries[1].credentials.password` */
export function fieldPath(segments: Segment[]): string {
  let out = '';
  for (const segment of segments) {
    out += typeof segment === 'number' ? `[${segment}]` : out ? `.${segment}` : segment;
  }
  return out;
}

export function pointerSegments(pointer: string): Segment[] {
  if (!pointer) return [];
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** Finds the lines of YAML nodes by their path in the data. */
export class Locator {
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
        : last === 'account_id'
          ? 'must be a 12-digit AWS account ID'
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
        case 'helper':
          return 'must be the name of a Docker credential helper: gcloud for docker-credential-gcloud';
        case 'region':
          return 'must be an AWS region, such as eu-west-1';
        case 'account_id':
          return 'must be a 12-digit AWS account ID';
        case 'role_arn':
          return 'must be an IAM role ARN, such as arn:aws:iam::123456789012:role/NAME';
        case 'role_session_name':
          return 'must be 2 to 64 letters, digits and +=,.@_-';
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
export function schemaProblems(allErrors: ErrorObject[], locator: Locator): Problem[] {
  // Which credential form an integration uses is said by formProblems, in words ajv has not.
  const errors = allErrors.filter((e) => !FORM_RULES.test(e.schemaPath));
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

/** The schema's rules of one credential form per integration (oneOf, allOf with if/then). */
const FORM_RULES = /^#\/(?:allOf\/|properties\/credentials\/oneOf)/;

const FORMS_HELP = 'username and password, helper, or identity_token';

export function accountIdOf(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value).padStart(12, '0');
  return typeof value === 'string' ? value : undefined;
}

type At = (...field: Segment[]) => Segment[];
type Add = (segments: Segment[], message: string) => void;

/**
 * One credential form per integration (DESIGN §2), and `aws` only on kind ecr, matching its
 * domain. The schema says the same for editors; these are the messages.
 */
function formProblems(entry: Record<string, unknown>, at: At, add: Add): void {
  const kind = typeof entry.kind === 'string' ? (entry.kind as RegistryKind) : 'other';
  if (isObject(entry.credentials)) credentialsProblems(entry.credentials, kind, at, add);
  if (isObject(entry.aws)) awsProblems(entry, entry.aws, kind, at, add);
}

function credentialsProblems(
  credentials: Record<string, unknown>,
  kind: RegistryKind,
  at: At,
  add: Add,
): void {
  const forms = [
    ...('password' in credentials ||
    ('username' in credentials && !('identity_token' in credentials))
      ? ['username and password']
      : []),
    ...('helper' in credentials ? ['helper'] : []),
    ...('identity_token' in credentials ? ['identity_token'] : []),
  ];
  if (forms.length > 1) {
    add(at('credentials'), `gives ${forms.join(' and ')}; give one form: ${FORMS_HELP}`);
  } else if (forms.length === 0) {
    add(at('credentials'), `is empty; give one form: ${FORMS_HELP}`);
  } else if (!('password' in credentials) && forms[0] === 'username and password') {
    add(
      at('credentials', 'password'),
      'is required: write { env: NAME }, the environment variable that holds it',
    );
  } else if (
    'password' in credentials &&
    !('username' in credentials) &&
    !DEFAULT_USERNAMES[kind]
  ) {
    add(
      at('credentials', 'username'),
      'is required (only kinds gar and gcr default it, to oauth2accesstoken)',
    );
  }
}

function awsProblems(
  entry: Record<string, unknown>,
  aws: Record<string, unknown>,
  kind: RegistryKind,
  at: At,
  add: Add,
): void {
  if (kind !== 'ecr') {
    add(at('aws'), `is for kind ecr only, not ${kind}`);
    return;
  }
  if (entry.credentials !== undefined) {
    add(at('aws'), 'and credentials are two ways to log in; give one');
  }
  const parts = typeof entry.domain === 'string' ? ecrDomainParts(entry.domain) : undefined;
  const region = aws.region;
  if (parts && typeof region === 'string' && region !== parts.region) {
    add(at('aws', 'region'), `${region} does not match the domain, which is in ${parts.region}`);
  }
  const account = accountIdOf(aws.account_id);
  if (parts && account && account !== parts.accountId) {
    add(
      at('aws', 'account_id'),
      `${account} does not match the domain, which names account ${parts.accountId}`,
    );
  }
}

/** The checks a schema cannot make: unique names, one primary per domain, one default, domains. */
export function semanticProblems(
  entries: unknown[],
  locator: Locator,
  reported: Set<string>,
): Problem[] {
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
    const at = (...field: Segment[]): Segment[] => ['registries', index, ...field];
    formProblems(entry, at, add);
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

/** `inline`: YAML given in an input, which has no file a line could be shown on. */
export function problemsError(
  source: string,
  problems: Problem[],
  inline = source === INLINE_SOURCE,
): UserError {
  const seen = new Set<string>();
  const sorted = [...problems]
    .sort((a, b) => a.line - b.line)
    .map((p) => ({ line: p.line, text: `${p.field ? `${p.field}: ` : ''}${p.message}` }))
    .filter((p) => !seen.has(`${p.line} ${p.text}`) && seen.add(`${p.line} ${p.text}`));
  const message = sorted.map((p) => `${source} line ${p.line}: ${p.text}`).join('\n');
  if (inline) return new UserError(message);
  return new FileError(
    message,
    sorted.map((p) => ({ file: source, line: p.line, message: p.text })),
  );
}
