import { readInputFile, refuseOversized } from '../input-file.js';
import { MiB } from '../units.js';
import { LineCounter, parseDocument } from 'yaml';
import { UserError } from '../errors.js';
import { isObject } from '../json.js';
import { normaliseDomain, trimSlashes } from '../oci/reference.js';
import { DEFAULT_USERNAMES, IMPLIED_DOMAINS, ecrDomainParts, type RegistryKind } from './kinds.js';
import {
  INLINE_SOURCE,
  Locator,
  accountIdOf,
  problemsError,
  schemaProblems,
  semanticProblems,
  validate,
} from './registries-file-problems.js';

export { INLINE_SOURCE };
export type { RegistryKind };

/** A value read from the environment when the integration is used: `{ env: NAME }`. */
export interface SecretRef {
  env: string;
}

export type CredentialValue = string | SecretRef;

/**
 * How an integration logs in (DESIGN §2), one form each: a username and a password; a Docker
 * credential helper; or an OAuth2 refresh token.
 */
export type IntegrationCredentials =
  | { username: CredentialValue; password: SecretRef }
  | { helper: string }
  | { identityToken: SecretRef; username?: CredentialValue };

/** `kind: ecr` without credentials: the step mints the ECR token from AWS credentials. */
export interface AwsSettings {
  region: string;
  /** 12 digits. */
  accountId?: string;
  roleArn?: string;
  roleSessionName?: string;
}

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
  credentials?: IntegrationCredentials;
  aws?: AwsSettings;
  /** At most this many requests a second to the host, in every step. */
  requestsPerSecond?: number;
  /** Where it was declared, for error messages: the file, or `the registries input`. */
  source: string;
  line: number;
}

export interface RegistriesConfig {
  /** The file the integrations came from, `the registries input`, or `none`. */
  source: string;
  integrations: Integration[];
  /** With no file found: where it was looked for, so a refused request can say so. */
  lookedFor?: string;
}

export const DEFAULT_REGISTRIES_FILE = '.github/registries.yml';
export const NO_SOURCE = 'none';

function toIntegration(entry: Record<string, unknown>, source: string, line: number): Integration {
  const kind = (entry.kind as RegistryKind | undefined) ?? 'other';
  const domain =
    typeof entry.domain === 'string'
      ? normaliseDomain(entry.domain).toLowerCase()
      : (IMPLIED_DOMAINS[kind] as string);
  const prefix =
    typeof entry.repository_prefix === 'string' ? trimSlashes(entry.repository_prefix) : '';
  const credentials = integrationCredentials(entry.credentials, kind);
  const aws = entry.aws as Record<string, string> | undefined;
  const accountId = aws
    ? (accountIdOf(aws.account_id) ?? ecrDomainParts(domain)?.accountId)
    : undefined;
  return {
    name: entry.name as string,
    kind,
    domain,
    primary: entry.primary === true,
    default: entry.default === true,
    ...(prefix ? { repositoryPrefix: prefix } : {}),
    insecure: entry.insecure === true,
    ...(typeof entry.requests_per_second === 'number'
      ? { requestsPerSecond: entry.requests_per_second }
      : {}),
    ...(credentials ? { credentials } : {}),
    ...(aws
      ? {
          aws: {
            region: aws.region,
            ...(accountId ? { accountId } : {}),
            ...(aws.role_arn ? { roleArn: aws.role_arn } : {}),
            ...(aws.role_session_name ? { roleSessionName: aws.role_session_name } : {}),
          },
        }
      : {}),
    source,
    line,
  };
}

function credentialValue(value: unknown): CredentialValue {
  return typeof value === 'string' ? value : { env: (value as SecretRef).env };
}

/** The validated `credentials` of an entry, the username defaulted where the kind has one. */
function integrationCredentials(
  value: unknown,
  kind: RegistryKind,
): IntegrationCredentials | undefined {
  if (!isObject(value)) return undefined;
  if (typeof value.helper === 'string') return { helper: value.helper };
  if (isObject(value.identity_token)) {
    return {
      identityToken: { env: String(value.identity_token.env) },
      ...(value.username !== undefined ? { username: credentialValue(value.username) } : {}),
    };
  }
  return {
    username:
      value.username !== undefined
        ? credentialValue(value.username)
        : (DEFAULT_USERNAMES[kind] as string),
    password: { env: String((value.password as SecretRef).env) },
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
    refuseOversized(Buffer.byteLength(options.inline), 'Input registries', {
      maxBytes: MAX_REGISTRIES_BYTES,
      kind: 'a registries file',
    });
    return parseRegistries(options.inline, INLINE_SOURCE);
  }
  const explicit = options.file !== undefined && options.file.trim() !== '';
  const file = explicit ? (options.file as string).trim() : DEFAULT_REGISTRIES_FILE;
  const text = readInputFile({
    file,
    explicit,
    input: 'registries_file',
    cwd: options.cwd,
    maxBytes: MAX_REGISTRIES_BYTES,
    kind: 'a registries file',
  });
  if (text === undefined) {
    return { source: NO_SOURCE, integrations: [], lookedFor: `${file} (cwd ${options.cwd})` };
  }
  return parseRegistries(text, file);
}

/**
 * A registries file declares a handful of registries: 1 MiB is thousands of them. Past it the
 * YAML parser and the problems engine would spend seconds per megabyte on what is no such file.
 */
export const MAX_REGISTRIES_BYTES = MiB;

/** How messages name an integration: `prod (.github/registries.yml line 4)`. */
export function describeIntegration(integration: Integration): string {
  return `${integration.name} (${integration.source} line ${integration.line})`;
}
