import type { ImageSource } from '../oci/store.js';
import { kindOfDomain, type RegistryKind } from '../credentials/kinds.js';
import { createLimiter } from '../concurrency.js';
import {
  isIndexMediaType,
  parseImageConfig,
  parseImageIndex,
  parseManifestContents,
  platformManifests,
  type Descriptor,
  type ImageConfig,
  type Platform,
  type RawManifest,
} from '../oci/manifest.js';
import { formatReference, isValidDigest, type ImageReference } from '../oci/reference.js';
import type { Endpoint } from '../credentials/resolve.js';
import { layersWithHistory, type LayerFacts } from './layers.js';
import type { ReferrerFacts } from './referrer-facts.js';
import { isoTime } from './time.js';
import type { DistroFacts } from './contents/os-release.js';
import type { PackageFacts } from './contents/sbom.js';
import type { ProvenanceFacts } from './contents/provenance.js';
import type { VulnerabilityFacts } from './contents/contents.js';

/** One platform image of the report (DESIGN §5). */
export interface PlatformFacts {
  os: string;
  architecture: string;
  variant: string | null;
  /** The Windows build the image needs (`10.0.17763.5458`): the config's `os.version`, or null. */
  os_version: string | null;
  /** The platform manifest's digest. */
  digest: string;
  /** The config digest: what `docker images` shows as the image id. */
  image_id: string;
  /** Config plus layers, in bytes, as the registry stores them (compressed). */
  size: number;
  /** The config's `created`, as UTC ISO 8601; null when absent or unreadable. */
  created: string | null;
  /** The manifest's layers with the history entries that made them, and the empty steps. */
  layers: LayerFacts[];
  /** What the image says it is: from an attached SBOM, else its layers' os-release. */
  distro?: DistroFacts | null;
  /** What an attached SBOM lists. */
  packages?: PackageFacts | null;
  /** What an attached scan (and VEX) says. */
  vulnerabilities?: VulnerabilityFacts | null;
  /** How it was built, from attached SLSA provenance. */
  provenance?: ProvenanceFacts | null;
}

/** The image the reported one was built on, as its `org.opencontainers.image.base.*` annotations say. */
export interface BaseImage {
  name: string | null;
  digest: string | null;
}

/** What the registry tells about an image (DESIGN §5 `image`). */
export interface ImageFacts {
  reference: string;
  registry: { domain: string; integration: string | null; kind: RegistryKind };
  repository: string;
  tags: string[];
  digest: string;
  media_type: string;
  image_id: string | null;
  platforms: PlatformFacts[];
  size: number;
  created: string | null;
  labels: Record<string, string>;
  /** Null when the image carries no base annotations. */
  base: BaseImage | null;
  /** With list_tags: how many tags were compared, and whether that was all of them. */
  tag_scan?: { scanned: number; complete: boolean };
  /** What refers to the image and its index entries; null when they could not be read. */
  referrers?: ReferrerFacts[] | null;
  /** Whether a signature is among the referrers (presence, not verification); null when unread. */
  signed?: boolean | null;
}

const BASE_NAME = 'org.opencontainers.image.base.name';
const BASE_DIGEST = 'org.opencontainers.image.base.digest';
/** The platform manifest a BuildKit attestation manifest is about. */
const ATTESTATION_SUBJECT = 'vnd.docker.reference.digest';

/** Platform manifests read at once from one index. */
const CHILD_CONCURRENCY = 8;

/**
 * Reads the image's facts from its registry. For an index, every platform image is read (at
 * once), attestation entries (`unknown/unknown`) are skipped, and the first platform in the
 * index's order stands for the whole image: its config digest is `image_id` and its labels are
 * `labels`; `created` is the latest of the platforms'. A single manifest is its own only
 * platform. The size is the registry footprint: every distinct blob of every platform counted
 * once (a layer two platforms share is stored once), not the size of one platform's pull.
 */
export async function readImageFacts(
  repository: ImageSource,
  image: ImageReference,
  endpoint: Endpoint,
  debug: (message: string) => void = () => {},
): Promise<ImageFacts> {
  return (await readImageAndParts(repository, image, endpoint, debug)).facts;
}

/** What the report reads besides the facts: the image's parts, attestations and layers. */
export interface ImageParts {
  /**
   * The manifest and every entry of an index, attestation manifests too (a `cosign sign
   * --recursive` signs them all), for what refers to them.
   */
  parts: string[];
  /** BuildKit's attestation manifests in the index, each with the platform manifest it is about. */
  attestations: { digest: string; subject: string }[];
  /** Each platform's layer descriptors, by its manifest digest. */
  layers: Map<string, Descriptor[]>;
}

/** The image's facts, and its parts for what refers to them and what they hold. */
export async function readImageAndParts(
  repository: ImageSource,
  image: ImageReference,
  endpoint: Endpoint,
  debug: (message: string) => void = () => {},
): Promise<{ facts: ImageFacts } & ImageParts> {
  const root = await repository.getManifest(image.digest ?? image.tag ?? 'latest');
  const where = `${repository.label}: ${repository.name}`;
  const platforms: ReadPlatform[] = [];
  const parts = [root.digest];
  const attestations: ImageParts['attestations'] = [];
  let rootAnnotations: unknown;
  if (isIndexMediaType(root.mediaType)) {
    const index = parseImageIndex(root, where);
    rootAnnotations = index.annotations;
    // Validated: every entry is a descriptor with a well-formed digest.
    for (const { digest } of index.manifests) if (!parts.includes(digest)) parts.push(digest);
    const limit = createLimiter(CHILD_CONCURRENCY);
    const entries = platformManifests(index, (entry) => {
      debug(`skipping attestation ${entry.digest}`);
      const subject = entry.annotations?.[ATTESTATION_SUBJECT];
      if (subject && isValidDigest(subject)) attestations.push({ digest: entry.digest, subject });
    });
    const read = await Promise.all(
      entries.map((entry) => limit(() => readPlatform(repository, entry, where, debug))),
    );
    for (const platform of read) if (platform) platforms.push(platform);
  } else {
    const platform = await readPlatformManifest(repository, root, undefined, where);
    if (platform) platforms.push(platform);
  }

  const first = platforms[0];
  const blobs = new Map<string, number>();
  for (const platform of platforms)
    for (const [digest, size] of platform.blobs) blobs.set(digest, size);
  const facts: ImageFacts = {
    reference: formatReference(image),
    registry: {
      domain: endpoint.domain,
      integration: endpoint.integration?.name ?? null,
      kind: endpoint.integration?.kind ?? kindOfDomain(endpoint.domain),
    },
    repository: image.repository,
    tags: image.tag ? [image.tag] : [],
    digest: root.digest,
    media_type: root.mediaType,
    image_id: first?.facts.image_id ?? null,
    platforms: platforms.map((p) => p.facts),
    size: [...blobs.values()].reduce((sum, size) => sum + size, 0),
    // A dashboard shows this as the image's last update: a platform rebuilt later counts.
    created: latest(platforms.map((p) => p.facts.created)),
    labels: first?.labels ?? {},
    // An index's annotations speak for the whole image; buildx writes them on each platform
    // manifest too (`annotations: manifest:…`), where the first platform's stand for all.
    base: baseImage(rootAnnotations) ?? baseImage(first?.annotations),
  };
  const layers = new Map(platforms.map((p) => [p.facts.digest, p.manifestLayers]));
  return { facts, parts, attestations, layers };
}

/** The base image the annotations name; null when they name none. */
export function baseImage(annotations: unknown): BaseImage | null {
  if (typeof annotations !== 'object' || annotations === null) return null;
  const values = annotations as Record<string, unknown>;
  const name =
    typeof values[BASE_NAME] === 'string' && values[BASE_NAME] ? values[BASE_NAME] : null;
  const digest =
    typeof values[BASE_DIGEST] === 'string' && isValidDigest(values[BASE_DIGEST])
      ? values[BASE_DIGEST]
      : null;
  return name || digest ? { name, digest } : null;
}

interface ReadPlatform {
  facts: PlatformFacts;
  labels: Record<string, string>;
  /** The platform manifest's own annotations. */
  annotations: unknown;
  /** digest → size of the config and the layers. */
  blobs: [string, number][];
  manifestLayers: Descriptor[];
}

async function readPlatform(
  repository: ImageSource,
  entry: Descriptor,
  where: string,
  debug: (message: string) => void,
): Promise<ReadPlatform | undefined> {
  const raw = await repository.getManifest(entry.digest);
  if (isIndexMediaType(raw.mediaType)) {
    debug(`skipping nested index ${entry.digest}`);
    return undefined;
  }
  return readPlatformManifest(repository, raw, entry.platform, where);
}

async function readPlatformManifest(
  repository: ImageSource,
  raw: RawManifest,
  declared: Platform | undefined,
  where: string,
): Promise<ReadPlatform | undefined> {
  const manifest = parseManifestContents(raw, where);
  if (!manifest.config) return undefined;
  const configBytes = await repository.getBlob(manifest.config.digest);
  let config: ImageConfig = {};
  try {
    config = parseImageConfig(configBytes, manifest.config.digest, where);
  } catch {
    // An artifact's config need not be an image config, nor JSON: the image is still reported,
    // without config facts.
  }
  const os = declared?.os ?? config.os;
  const architecture = declared?.architecture ?? config.architecture;
  // Not an image for any platform (an artifact such as a Helm chart or a signature).
  if (!os || !architecture) return undefined;
  const layers = manifest.layers;
  const blobs: [string, number][] = [
    [manifest.config.digest, manifest.config.size],
    ...layers.map((layer): [string, number] => [layer.digest, layer.size]),
  ];
  return {
    facts: {
      os,
      architecture,
      // The index's platform first; the config's where the index leaves it out.
      variant: declared?.variant || config.variant || null,
      os_version: declared?.['os.version'] || config['os.version'] || null,
      digest: raw.digest,
      image_id: manifest.config.digest,
      size: blobs.reduce((sum, [, size]) => sum + size, 0),
      created: isoTime(config.created),
      layers: layersWithHistory(layers, config.history),
    },
    labels: { ...(config.config?.Labels ?? {}) },
    annotations: manifest.annotations,
    blobs,
    manifestLayers: layers,
  };
}

/** The latest of some ISO 8601 times; null when there is none. */
function latest(times: (string | null)[]): string | null {
  let max: string | null = null;
  for (const time of times) {
    if (time !== null && (max === null || Date.parse(time) > Date.parse(max))) max = time;
  }
  return max;
}
