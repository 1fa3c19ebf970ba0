import { UserError } from '../errors.js';
import type { ImageSource } from '../oci/store.js';
import { platformMatches } from '../oci/platform.js';
import {
  formatPlatform,
  isAttestation,
  isIndexMediaType,
  parseImageIndex,
  parseImageConfig,
  parseImageManifest,
  sha256Digest,
  type Descriptor,
  type ImageIndex,
  type Platform,
  type RawManifest,
} from '../oci/manifest.js';

/**
 * Promoting some platforms of an index (`platforms: linux/amd64,linux/arm64`): a new index of
 * those children, or for one platform that platform's own manifest, its digest unchanged.
 * Attestation entries go with the platform they describe and are dropped with it.
 */

export type PlatformSelection =
  /** Every entry asked for: the index as it is. */
  | { kind: 'whole' }
  /** One platform: its own manifest is promoted. */
  | { kind: 'child'; descriptor: Descriptor }
  /** Several: a new index holding them and their attestations. */
  | { kind: 'index'; root: RawManifest; dropped: Descriptor[] };

/**
 * Which entries of an index the wanted platforms keep. A platform the index lacks is an error
 * before anything is written, naming the ones it has.
 */
export function selectPlatforms(
  root: RawManifest,
  wanted: Platform[],
  where: string,
  input: string,
): PlatformSelection {
  const index = parseImageIndex(root, where) as ImageIndex & Record<string, unknown>;
  const entries: Descriptor[] = (Array.isArray(index.manifests) ? index.manifests : []).filter(
    (e): e is Descriptor => typeof e?.digest === 'string',
  );
  const images = entries.filter((e) => !isAttestation(e));
  const kept = new Set<Descriptor>();
  for (const platform of wanted) {
    const matches = images.filter((e) => platformMatches(platform, e.platform));
    if (matches.length === 0) {
      throw new UserError(
        `Input ${input}: ${where} has no ${formatPlatform(platform)} image (it has ${images.map((e) => formatPlatform(e.platform)).join(', ') || 'none'}); nothing was written`,
      );
    }
    for (const match of matches) kept.add(match);
  }
  const keptDigests = new Set([...kept].map((e) => e.digest));
  if (kept.size === 1) return { kind: 'child', descriptor: [...kept][0] };
  // BuildKit's attestation entries name the image they describe.
  const keep = (e: Descriptor) =>
    isAttestation(e)
      ? keptDigests.has(e.annotations?.['vnd.docker.reference.digest'] ?? '')
      : kept.has(e);
  const manifests = entries.filter(keep);
  if (manifests.length === entries.length) return { kind: 'whole' };
  const bytes = Buffer.from(JSON.stringify({ ...index, manifests }));
  return {
    kind: 'index',
    root: { bytes, mediaType: root.mediaType, digest: sha256Digest(bytes) },
    dropped: entries.filter((e) => !keep(e)),
  };
}

export interface NarrowedImage {
  root: RawManifest;
  /** Whether the root is new (a narrowed index), so nothing in the source refers to it. */
  newRoot: boolean;
  /** Says what happened, for the log and the summary; undefined when nothing changed. */
  note?: string;
}

/**
 * The image to promote once `platforms` is applied. A single manifest is checked against its
 * config's platform: asking it for one it is not is an error.
 */
export async function narrowToPlatforms(
  source: ImageSource,
  root: RawManifest,
  wanted: Platform[],
  /** The step input that asked for them, for messages. */
  { input }: { input: string },
): Promise<NarrowedImage> {
  const where = `${source.label}: ${source.name}@${root.digest}`;
  if (!isIndexMediaType(root.mediaType)) {
    const manifest = parseImageManifest(root, where);
    const config = parseImageConfig(
      await source.getBlob(manifest.config.digest),
      manifest.config.digest,
      where,
    );
    const actual: Platform = {
      // A config that names none is no image of any platform asked for.
      os: config.os ?? 'unknown',
      architecture: config.architecture ?? 'unknown',
      variant: config.variant,
    };
    const missing = wanted.filter((p) => !platformMatches(p, actual));
    if (missing.length) {
      throw new UserError(
        `Input ${input}: ${where} is a single ${formatPlatform(actual)} image, not ${missing.map(formatPlatform).join(', ')}; nothing was written`,
      );
    }
    return { root, newRoot: false };
  }
  const selection = selectPlatforms(root, wanted, where, input);
  if (selection.kind === 'whole') return { root, newRoot: false };
  if (selection.kind === 'child') {
    const child = await source.getManifest(selection.descriptor.digest);
    return {
      root: child,
      newRoot: false,
      note: `Platform ${formatPlatform(selection.descriptor.platform)} only: its own manifest ${child.digest}, not the index ${root.digest}`,
    };
  }
  const dropped = selection.dropped.map((d) =>
    isAttestation(d) ? `attestation ${d.digest}` : formatPlatform(d.platform),
  );
  return {
    root: selection.root,
    newRoot: true,
    note: `Platforms ${wanted.map(formatPlatform).join(', ')}: a new index ${selection.root.digest} (from ${root.digest}; left out: ${dropped.join(', ')})`,
  };
}
