import { createHash } from 'node:crypto';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { RegistryError } from '../errors.js';
import {
  validateDescriptor,
  validateImageConfig,
  validateImageIndex,
  validateImageManifest,
  validateOtherManifest,
} from './generated/protocol-validators.js';
import { DIGEST_FORM, digestAlgorithm, isValidDigest } from './reference.js';
import { escapeLogText } from '../log-text.js';

export const MediaType = {
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
} as const;

/** What a manifest GET accepts: the two image manifests and the two indexes. */
export const MANIFEST_ACCEPT = [
  MediaType.ociIndex,
  MediaType.dockerManifestList,
  MediaType.ociManifest,
  MediaType.dockerManifest,
].join(', ');

export function isIndexMediaType(mediaType: string): boolean {
  return mediaType === MediaType.ociIndex || mediaType === MediaType.dockerManifestList;
}

export function isImageManifestMediaType(mediaType: string): boolean {
  return mediaType === MediaType.ociManifest || mediaType === MediaType.dockerManifest;
}

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
  'os.version'?: string;
}

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  platform?: Platform;
  annotations?: Record<string, string>;
  urls?: string[];
  /** OCI 1.1: what an artifact is, on referrer descriptors and artifact manifests. */
  artifactType?: string;
}

export interface ImageManifest {
  schemaVersion: number;
  mediaType?: string;
  config: Descriptor;
  layers: Descriptor[];
  subject?: Descriptor;
  artifactType?: string;
  annotations?: Record<string, string>;
}

export interface ImageIndex {
  schemaVersion: number;
  mediaType?: string;
  manifests: Descriptor[];
  subject?: Descriptor;
  artifactType?: string;
  annotations?: Record<string, string>;
}

/** What is read of an image config: its platform, its creation time, its labels. */
export interface ImageConfig {
  os?: string;
  architecture?: string;
  variant?: string;
  'os.version'?: string;
  created?: string;
  config?: { Labels?: Record<string, string> | null } | null;
  /** The steps that made the image, for its layers (read leniently: a report shows them). */
  history?: unknown;
}

/** A manifest as it is stored: its exact bytes, which its digest is computed from. */
export interface RawManifest {
  bytes: Buffer;
  mediaType: string;
  digest: string;
}

export function sha256Digest(bytes: Buffer | string): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/**
 * The digest of `bytes` in the algorithm of `like` (a digest `isValidDigest` accepts): a
 * manifest pinned by its sha512 digest is checked by sha512, never taken on trust.
 */
export function digestLike(bytes: Buffer, like: string): string {
  const algorithm = digestAlgorithm(like);
  return `${algorithm}:${createHash(algorithm).update(bytes).digest('hex')}`;
}

/** Whether `bytes` hash to `digest`; a digest of no known algorithm matches nothing. */
export function digestMatches(bytes: Buffer, digest: string): boolean {
  return isValidDigest(digest) && digestLike(bytes, digest) === digest;
}

/**
 * Parses and validates a document a registry sent. `where` names the registry and repository;
 * the message adds the digest and the first thing wrong: one line, never a TypeError later.
 */
function parseChecked<T>(
  raw: RawManifest,
  where: string,
  validate: ValidateFunction,
  kind: string,
): T {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.bytes.toString('utf8'));
  } catch {
    throw new RegistryError(
      `${where}: the manifest ${raw.digest} is not valid JSON`,
      0,
      'MANIFEST_INVALID',
    );
  }
  if (!validate(parsed)) {
    throw new RegistryError(
      `${where}: the manifest ${raw.digest} is not a valid ${kind} (${raw.mediaType}): ${schemaError(validate.errors?.[0])}`,
      0,
      'MANIFEST_INVALID',
    );
  }
  return parsed as T;
}

/**
 * An image config read whole, checked in what is read of it; `where` names the registry and
 * repository. Not JSON, or not of that shape: an error naming the config's digest.
 */
export function parseImageConfig(bytes: Buffer, digest: string, where: string): ImageConfig {
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new RegistryError(`${where}: its config ${digest} is not JSON`, 0, 'CONFIG_INVALID');
  }
  if (!validateImageConfig(parsed)) {
    throw new RegistryError(
      `${where}: its config ${digest} is not a valid image config: ${schemaError(validateImageConfig.errors?.[0])}`,
      0,
      'CONFIG_INVALID',
    );
  }
  return parsed as ImageConfig;
}

/** ajv's first error in user words: `/layers/0/digest is not a digest (…)`. */
function schemaError(error: ErrorObject | undefined): string {
  if (!error) return 'it does not have the expected shape';
  const field = error.instancePath || 'the document';
  if (error.keyword === 'pattern' && error.instancePath.endsWith('/digest')) {
    return `${field} is not a digest (${DIGEST_FORM})`;
  }
  if (error.keyword === 'required') {
    return `${field} has no ${(error.params as { missingProperty: string }).missingProperty}`;
  }
  return `${field} ${error.message ?? 'is not valid'}`;
}

/** An image manifest (OCI or Docker), checked: `config` and `layers` are descriptors. */
export function parseImageManifest(raw: RawManifest, where: string): ImageManifest {
  return parseChecked<ImageManifest>(raw, where, validateImageManifest, 'image manifest');
}

/**
 * A list of referrers (a referrers API page, a `sha256-<hex>` referrers tag index): an index whose
 * entries are checked one by one. An entry that is no valid descriptor names nothing that could
 * be read or copied: it is left out (and counted), not trusted, and the others still count.
 */
export function parseReferrersList(
  raw: RawManifest,
  where: string,
): {
  entries: Descriptor[];
  skipped: number;
  document: Record<string, unknown> & { manifests: unknown[] };
} {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.bytes.toString('utf8'));
  } catch {
    throw new RegistryError(
      `${where}: the referrers list is not valid JSON`,
      0,
      'MANIFEST_INVALID',
    );
  }
  const manifests = (parsed as { manifests?: unknown } | null)?.manifests;
  if (!Array.isArray(manifests)) {
    throw new RegistryError(
      `${where}: the referrers list has no manifests list`,
      0,
      'MANIFEST_INVALID',
    );
  }
  const entries = manifests.filter((entry): entry is Descriptor => validateDescriptor(entry));
  return {
    entries,
    skipped: manifests.length - entries.length,
    document: parsed as Record<string, unknown> & { manifests: unknown[] },
  };
}

/** An index (OCI or Docker manifest list), checked: `manifests` are descriptors. */
export function parseImageIndex(raw: RawManifest, where: string): ImageIndex {
  return parseChecked<ImageIndex>(raw, where, validateImageIndex, 'image index');
}

/** What is read of a manifest that is not an index: its config, if any, and its other blobs. */
export interface ManifestContents {
  config?: Descriptor;
  layers: Descriptor[];
  annotations?: Record<string, string>;
}

/**
 * A manifest that is not an index. An image manifest is checked in full; a manifest of another
 * media type (an artifact's) only in what is read of it (`config`, `layers`, `blobs`, the latter
 * two returned together as `layers`): it is copied byte for byte, whatever else it holds.
 */
export function parseManifestContents(raw: RawManifest, where: string): ManifestContents {
  if (isImageManifestMediaType(raw.mediaType)) return parseImageManifest(raw, where);
  const other = parseChecked<{
    config?: Descriptor;
    layers?: Descriptor[];
    blobs?: Descriptor[];
    annotations?: Record<string, string>;
  }>(raw, where, validateOtherManifest, 'manifest');
  return {
    config: other.config,
    layers: [...(other.layers ?? []), ...(other.blobs ?? [])],
    ...(other.annotations ? { annotations: other.annotations } : {}),
  };
}

/** The blobs a manifest that is not an index references: what a copy must make present. */
export function referencedBlobs(raw: RawManifest, where: string): Descriptor[] {
  const { config, layers } = parseManifestContents(raw, where);
  return config ? [config, ...layers] : layers;
}

/**
 * The media type of a manifest: the Content-Type the registry gave, else its own `mediaType`
 * field, else guessed from its shape (OCI allows the field to be absent).
 */
export function manifestMediaType(bytes: Buffer, contentType: string | undefined): string {
  const fromHeader = contentType?.split(';')[0].trim();
  if (fromHeader && fromHeader !== 'application/json' && fromHeader !== 'text/plain')
    return fromHeader;
  try {
    const parsed = JSON.parse(bytes.toString('utf8')) as {
      mediaType?: string;
      manifests?: unknown;
    };
    if (parsed.mediaType) return parsed.mediaType;
    return parsed.manifests ? MediaType.ociIndex : MediaType.ociManifest;
  } catch {
    return fromHeader || MediaType.ociManifest;
  }
}

/**
 * Blobs a registry never stores (Windows foreign layers), told by their media type alone: OCI
 * allows `urls` on an ordinary layer too, and such a layer must still be copied.
 */
export function isNonDistributable(descriptor: Descriptor): boolean {
  return (
    descriptor.mediaType.includes('foreign') || descriptor.mediaType.includes('nondistributable')
  );
}

/** A platform as messages name it (`linux/arm64/v8`), escaped: its parts come from a registry. */
export function formatPlatform(platform: Platform | undefined): string {
  if (!platform) return 'unknown';
  return escapeLogText(
    [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/'),
  );
}

/** Buildx attaches provenance as index entries with platform unknown/unknown: not a real platform. */
export function isAttestation(descriptor: Descriptor): boolean {
  return (
    descriptor.platform?.os === 'unknown' ||
    descriptor.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest'
  );
}

/**
 * The platform manifests of an index: its entries, attestations left out (each is handed to
 * `skipped`). A malformed index (no `manifests` list, an entry that is no descriptor) yields what
 * it holds of them, never a TypeError.
 */
export function platformManifests(
  index: ImageIndex,
  skipped: (attestation: Descriptor) => void = () => {},
): Descriptor[] {
  const entries: unknown[] = Array.isArray(index.manifests) ? index.manifests : [];
  return entries.filter((entry): entry is Descriptor => {
    if (typeof entry !== 'object' || entry === null) return false;
    if (typeof (entry as Partial<Descriptor>).digest !== 'string') return false;
    if (!isAttestation(entry as Descriptor)) return true;
    skipped(entry as Descriptor);
    return false;
  });
}
