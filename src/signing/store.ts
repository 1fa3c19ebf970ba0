import { Readable } from 'node:stream';
import type { ImageTarget } from '../oci/store.js';
import {
  MediaType,
  parseImageManifest,
  sha256Digest,
  type Descriptor,
  type RawManifest,
} from '../oci/manifest.js';
import {
  cosignTags,
  mergeReferrersIndex,
  referrerDescriptor,
  referrersTag,
  type Referrer,
} from '../images/referrers.js';
import { SigningMediaType } from './formats.js';

/**
 * Where signatures are written on the target (DESIGN §10): as a layer of cosign's
 * `sha256-<hex>.sig` (or `.att`) tag, beside the layers the tag already holds, as cosign 2 adds
 * its own; or as an OCI 1.1 referrer holding a Sigstore bundle, listed in the `sha256-<hex>`
 * referrers tag index where the registry has no referrers API (as cosign 3 and oras do).
 */

export interface SignatureLayer {
  mediaType: string;
  bytes: Buffer;
  annotations: Record<string, string>;
}

const EMPTY_CONFIG = Buffer.from('{}');
const TITLE = 'org.opencontainers.image.title';

async function putBlob(target: ImageTarget, bytes: Buffer): Promise<Descriptor> {
  const digest = sha256Digest(bytes);
  if ((await target.headBlob(digest)) === undefined) {
    await target.uploadBlob(digest, bytes.length, async () => Readable.from([bytes]));
  }
  return { mediaType: '', digest, size: bytes.length };
}

/** The image config cosign gives a signature image: one empty history entry per layer. */
function cosignConfig(layers: Descriptor[]): Buffer {
  const epoch = '0001-01-01T00:00:00Z';
  return Buffer.from(
    JSON.stringify({
      architecture: '',
      created: epoch,
      history: layers.map(() => ({ created: epoch })),
      os: '',
      rootfs: { type: 'layers', diff_ids: layers.map((l) => l.digest) },
      config: {},
    }),
  );
}

function raw(document: unknown, mediaType: string): RawManifest {
  const bytes = Buffer.from(JSON.stringify(document));
  return { bytes, mediaType, digest: sha256Digest(bytes) };
}

/**
 * Adds `layer` to cosign's tag of `subject`: the layers the tag holds are kept as they are (two
 * keys' signatures of one image share a payload, so a layer is only the same one when its
 * annotations are the same too). Returns the tag.
 */
export async function addToCosignTag(
  target: ImageTarget,
  subject: string,
  suffix: 'sig' | 'att',
  layer: SignatureLayer,
): Promise<string> {
  const tag = cosignTags(subject).find((t) => t.suffix === suffix)?.tag;
  if (!tag) throw new Error(`no cosign tag for ${subject}`);
  const blob = await putBlob(target, layer.bytes);
  const ours: Descriptor = { ...blob, mediaType: layer.mediaType, annotations: layer.annotations };
  const existing = await target.findManifest(tag);
  let layers: Descriptor[] = [ours];
  let mediaType: string = MediaType.ociManifest;
  let extra: Record<string, unknown> = {};
  if (existing) {
    const manifest = parseImageManifest(existing, `${target.label}: ${target.name}:${tag}`);
    const { config: _config, layers: theirs, ...rest } = manifest;
    const same = (l: Descriptor) =>
      l.digest === ours.digest &&
      JSON.stringify(l.annotations ?? {}) === JSON.stringify(ours.annotations);
    if (theirs.some(same)) return tag;
    layers = [...theirs, ours];
    mediaType = existing.mediaType;
    extra = rest;
  }
  const config = await putBlob(target, cosignConfig(layers));
  const manifest = raw(
    {
      schemaVersion: 2,
      mediaType,
      ...extra,
      config: {
        mediaType:
          mediaType === MediaType.dockerManifest
            ? 'application/vnd.docker.container.image.v1+json'
            : SigningMediaType.imageConfig,
        size: config.size,
        digest: config.digest,
      },
      layers,
    },
    mediaType,
  );
  await target.putManifest(tag, manifest);
  return tag;
}

/**
 * Stores a Sigstore bundle as an OCI 1.1 referrer of `subject`, as cosign 3 does: an artifact
 * manifest of `artifactType` the bundle's media type, its one layer the bundle. Returns its digest.
 */
export async function putBundleReferrer(
  target: ImageTarget,
  subject: Descriptor,
  bundle: Buffer,
  annotations: Record<string, string>,
): Promise<string> {
  const layer = await putBlob(target, bundle);
  const config = await putBlob(target, EMPTY_CONFIG);
  const manifest = raw(
    {
      schemaVersion: 2,
      mediaType: MediaType.ociManifest,
      artifactType: SigningMediaType.bundle,
      config: { mediaType: SigningMediaType.emptyConfig, digest: config.digest, size: config.size },
      layers: [
        {
          mediaType: SigningMediaType.bundle,
          digest: layer.digest,
          size: layer.size,
          annotations: { [TITLE]: `${layer.digest.replace(':', '-')}.sigstore.json` },
        },
      ],
      subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
      annotations,
    },
    MediaType.ociManifest,
  );
  const put = await target.putManifest(manifest.digest, manifest);
  if (!put.subject && (await target.listReferrers(subject.digest)) === undefined) {
    // No referrers API: the referrers tag index lists it, with what it listed before.
    const tag = referrersTag(subject.digest);
    const referrer: Referrer = {
      digest: manifest.digest,
      mediaType: manifest.mediaType,
      size: manifest.bytes.length,
      artifactType: SigningMediaType.bundle,
      subject: subject.digest,
      annotations,
      source: 'tag-schema',
      depth: 1,
    };
    const merged = mergeReferrersIndex(
      await target.findManifest(tag),
      [referrerDescriptor(referrer)],
      `${target.label}: ${target.name}:${tag}`,
    );
    if (merged) await target.putManifest(tag, merged);
  }
  return manifest.digest;
}
