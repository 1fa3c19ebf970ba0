import { UserError } from '../errors.js';
import { MediaType, type Descriptor } from '../oci/manifest.js';
import { entryName } from './entry-name.js';
import type { ArchiveEntry, EntryIndex } from './entries.js';

/**
 * `manifest.json`, the table of contents of a `docker save` tar (every engine version): per
 * image, the entry of its config, its `name:tag`s and the entries of its layers, bottom first.
 */
export interface DockerSaveItem {
  Config: string;
  RepoTags?: string[] | null;
  Layers: string[];
}

export const DockerMediaType = {
  /** An image config read from a docker save tar: its bytes are kept, only their type is said. */
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  layerTar: 'application/vnd.oci.image.layer.v1.tar',
  layerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  layerZstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
} as const;

/** manifest.json's items, checked in shape; each names entries that exist. */
export function parseDockerManifest(bytes: Buffer, archive: string): DockerSaveItem[] {
  const fail = (why: string): never => {
    throw new UserError(`${archive}: manifest.json ${why}; nothing was written`);
  };
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch {
    fail('is not valid JSON');
  }
  if (!Array.isArray(parsed)) return fail('is not a list of images');
  return parsed.map((item: unknown, i): DockerSaveItem => {
    const it = item as Partial<DockerSaveItem> | null;
    const at = `item ${i + 1}`;
    if (typeof it?.Config !== 'string') fail(`${at} has no Config`);
    if (!Array.isArray(it?.Layers) || it.Layers.some((l) => typeof l !== 'string'))
      fail(`${at} has no list of Layers`);
    const tags = it?.RepoTags ?? [];
    if (!Array.isArray(tags) || tags.some((t) => typeof t !== 'string'))
      fail(`${at} has RepoTags that are not a list of names`);
    return { Config: it!.Config!, RepoTags: tags, Layers: it!.Layers! };
  });
}

/** The entry an item names, or an error saying manifest.json names what the archive lacks. */
export function namedEntry(
  entries: EntryIndex,
  name: string,
  what: string,
  archive: string,
): ArchiveEntry {
  const found = entries.get(entryName(name, archive));
  if (!found) {
    throw new UserError(
      `${archive}: manifest.json names ${what} ${name}, which the archive does not hold; nothing was written`,
    );
  }
  return found;
}

/**
 * The manifest a registry needs for an image that `docker save` wrote without one (every engine
 * before 25): the config's bytes as they are, so the config digest — the image ID — stays what
 * `docker images` showed, and each layer as stored (uncompressed tars, as the engine keeps them;
 * a compressed one keeps its compression, told by its first bytes).
 */
export function legacyManifest(config: ArchiveEntry, layers: LayerFacts[]): Buffer {
  const manifest = {
    schemaVersion: 2,
    mediaType: MediaType.ociManifest,
    config: { mediaType: DockerMediaType.ociConfig, digest: config.digest, size: config.size },
    layers: layers.map(
      (l): Descriptor => ({ mediaType: l.mediaType, digest: l.entry.digest, size: l.entry.size }),
    ),
  };
  return Buffer.from(JSON.stringify(manifest));
}

export interface LayerFacts {
  entry: ArchiveEntry;
  mediaType: string;
}

/** A layer's media type by its first bytes: gzip and zstd have magic numbers, a tar has none. */
export function layerMediaType(head: Buffer): string {
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return DockerMediaType.layerGzip;
  if (head.length >= 4 && head.readUInt32LE(0) === 0xfd2fb528) return DockerMediaType.layerZstd;
  return DockerMediaType.layerTar;
}

/**
 * A manifest.json that lies about an image: its config's `rootfs.diff_ids` are the digests of
 * the uncompressed layers, bottom first, so each uncompressed layer named must hash to its place
 * in them (`docker load` refuses the same archive, later and less clearly).
 */
export function checkDiffIds(
  config: Buffer,
  layers: LayerFacts[],
  item: string,
  archive: string,
): void {
  let diffIds: unknown;
  try {
    diffIds = (JSON.parse(config.toString('utf8')) as { rootfs?: { diff_ids?: unknown } }).rootfs
      ?.diff_ids;
  } catch {
    throw new UserError(`${archive}: ${item}: its config is not JSON; nothing was written`);
  }
  if (!Array.isArray(diffIds)) {
    throw new UserError(
      `${archive}: ${item}: its config has no rootfs.diff_ids: not an image config; nothing was written`,
    );
  }
  if (diffIds.length !== layers.length) {
    throw new UserError(
      `${archive}: ${item} names ${layers.length} layers, but its config has ${diffIds.length}; nothing was written`,
    );
  }
  layers.forEach((layer, i) => {
    if (layer.mediaType !== DockerMediaType.layerTar) return;
    if (layer.entry.digest !== diffIds[i]) {
      throw new UserError(
        `${archive}: ${item}: layer ${i + 1} (${layer.entry.name}) is ${layer.entry.digest}, but its config says ${String(diffIds[i])}; nothing was written`,
      );
    }
  });
}
