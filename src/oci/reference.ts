import { UserError } from '../errors.js';

/** A parsed, normalised image reference: `domain/repository[:tag][@digest]`. */
export interface ImageReference {
  domain: string;
  repository: string;
  tag?: string;
  digest?: string;
}

export const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

// The grammar of github.com/distribution/reference, kept to what users write.
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN_RE = new RegExp(
  `^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[0-9a-fA-F:.]+\\])(?::[0-9]+)?$`,
);
const PATH_COMPONENT_RE = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG_RE = /^[\w][\w.-]{0,127}$/;
/** The digests that can be verified (node's crypto computes both): algorithm and hex length. */
export const DIGEST_ALGORITHMS = { sha256: 64, sha512: 128 } as const;
export type DigestAlgorithm = keyof typeof DIGEST_ALGORITHMS;
const DIGEST_RE = /^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;
/** How messages say what a digest must look like. */
export const DIGEST_FORM = 'sha256:<64 hex digits> or sha512:<128 hex digits>';
/** distribution/reference's NameTotalLengthMax: domain and path together. */
export const MAX_NAME_LENGTH = 255;
const MAX_PORT = 65535;

export function isValidTag(tag: string): boolean {
  return TAG_RE.test(tag);
}

/** A repository path: `/`-separated components of the Docker grammar. */
export function isRepositoryPath(value: string): boolean {
  return value.split('/').every((c) => PATH_COMPONENT_RE.test(c));
}

/**
 * A digest this project can verify, in its canonical form: any other text is refused before it
 * goes into a URL (a descriptor's `sha256:../../x` would otherwise choose the request's path).
 */
export function isValidDigest(digest: string): boolean {
  return DIGEST_RE.test(digest);
}

/** The digest's algorithm, for a digest `isValidDigest` accepts. */
export function digestAlgorithm(digest: string): DigestAlgorithm {
  return digest.slice(0, digest.indexOf(':')) as DigestAlgorithm;
}

export function isValidDomain(domain: string): boolean {
  if (!DOMAIN_RE.test(domain)) return false;
  const port = /:(\d+)$/.exec(domain)?.[1];
  return port === undefined || (Number(port) >= 1 && Number(port) <= MAX_PORT);
}

export function normaliseDomain(domain: string): string {
  return DOCKER_HUB_ALIASES.has(domain.toLowerCase()) ? DOCKER_HUB : domain;
}

/** Whether a name's first component is a registry domain rather than a path (Docker's rule). */
export function looksLikeDomain(component: string): boolean {
  return component.includes('.') || component.includes(':') || component === 'localhost';
}

export interface ParseOptions {
  /** Tag `latest` when neither tag nor digest is given (the Docker default). Default true. */
  defaultTag?: boolean;
  /** What the text is, for error messages: an input name such as `candidate`. */
  what?: string;
}

/** Parses and normalises an image reference; errors name the input and what is allowed. */
export function parseReference(text: string, options: ParseOptions = {}): ImageReference {
  const what = options.what ?? 'image reference';
  const fail = (why: string): never => {
    throw new UserError(`Invalid ${what} "${text}": ${why}`);
  };
  const input = text.trim();
  if (!input) fail('it is empty');
  if (/\s/.test(input)) fail('it contains white space');

  let rest = input;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!isValidDigest(digest)) fail(`"${digest}" is not a digest (expected ${DIGEST_FORM})`);
  }

  let tag: string | undefined;
  const lastColon = rest.lastIndexOf(':');
  if (lastColon > rest.lastIndexOf('/')) {
    tag = rest.slice(lastColon + 1);
    rest = rest.slice(0, lastColon);
    if (!isValidTag(tag)) {
      fail(
        `"${tag}" is not a valid tag (letters, digits, _ . -, not starting with . or -, at most 128)`,
      );
    }
  }

  let domain = DOCKER_HUB;
  let path = rest;
  const slash = rest.indexOf('/');
  if (slash >= 0 && looksLikeDomain(rest.slice(0, slash))) {
    domain = rest.slice(0, slash);
    path = rest.slice(slash + 1);
    if (!isValidDomain(domain)) {
      fail(`"${domain}" is not a valid registry domain (host[:port], the port 1 to ${MAX_PORT})`);
    }
    domain = normaliseDomain(domain);
  }
  if (!path) fail('the repository name is missing');
  if (path !== path.toLowerCase()) fail('repository names must be lowercase');
  for (const component of path.split('/')) {
    if (!PATH_COMPONENT_RE.test(component)) {
      fail(
        `"${component}" is not a valid repository path component (lowercase letters, digits, separated by . _ __ or -)`,
      );
    }
  }
  path = officialPath(domain, path);
  if (`${domain}/${path}`.length > MAX_NAME_LENGTH) {
    fail(`the name is longer than ${MAX_NAME_LENGTH} characters`);
  }
  if (!tag && !digest && options.defaultTag !== false) tag = 'latest';
  return { domain, repository: path, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}

/** The repository with its domain, as users write it: `ghcr.io/acme/app`. */
/** Docker Hub's one-component names are its official images: `alpine` is `library/alpine`. */
export function officialPath(domain: string, path: string): string {
  return domain === DOCKER_HUB && !path.includes('/') ? `library/${path}` : path;
}

/** A repository prefix as users write it (`/team/`), without its leading and trailing slashes. */
export function trimSlashes(value: string): string {
  return value.replace(/^\/+|\/+$/g, '');
}

export function formatName(ref: Pick<ImageReference, 'domain' | 'repository'>): string {
  return `${ref.domain}/${ref.repository}`;
}

export function formatReference(ref: ImageReference): string {
  return `${formatName(ref)}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}

/**
 * A `tags` item may be a bare tag or a full reference (docker/metadata-action's output): only the
 * tag is used.
 */
export function tagFromItem(item: string, what = 'tags'): string {
  const text = item.trim();
  if (isValidTag(text)) return text;
  const ref = parseReference(text, { defaultTag: false, what: `${what} item` });
  if (!ref.tag) throw new UserError(`Invalid ${what} item "${text}": it names no tag`);
  return ref.tag;
}

/**
 * Makes a branch or Git tag name a valid image tag: its case kept (the tag grammar allows upper
 * case, and docker/metadata-action keeps it), invalid characters to `-`, no leading `.` or `-`,
 * at most 128 characters.
 */
export function sanitizeTag(name: string): string {
  let tag = name.replace(/[^A-Za-z0-9_.-]/g, '-').replace(/^[.-]+/, '');
  tag = tag.slice(0, 128);
  return tag || 'latest';
}
