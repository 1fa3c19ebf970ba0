import { createHash } from 'node:crypto';
import { UserError } from '../errors.js';

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

/** A manifest as it is stored: its exact bytes, which its digest is computed from. */
export interface RawManifest {
  bytes: Buffer;
  mediaType: string;
  digest: string;
}

export function sha256Digest(bytes: Buffer | string): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

export function parseJson<T>(raw: RawManifest, where: string): T {
  try {
    return JSON.parse(raw.bytes.toString('utf8')) as T;
  } catch {
    throw new UserError(`${where}: the manifest ${raw.digest} is not valid JSON`);
  }
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

export function formatPlatform(platform: Platform | undefined): string {
  if (!platform) return 'unknown';
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
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
