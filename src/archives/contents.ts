import { UserError } from '../errors.js';
import { BodyLimit } from '../http/limits.js';
import {
  isIndexMediaType,
  manifestMediaType,
  MediaType,
  sha256Digest,
  type Descriptor,
  type RawManifest,
} from '../oci/manifest.js';
import { isValidDigest } from '../oci/reference.js';
import { readEntry, type ArchiveEntry, type EntryIndex } from './entries.js';
import {
  checkDiffIds,
  layerMediaType,
  legacyManifest,
  namedEntry,
  parseDockerManifest,
  type DockerSaveItem,
  type LayerFacts,
} from './docker-manifest.js';
import { Annotation, isReferrerTag, parseImageName, type ImageName } from './ref-names.js';

/**
 * Memory for manifests read whole, whatever the archive holds: a release of many images has some
 * hundred KiB of them; a hostile archive of 100,000 manifests of 4 MiB is read again instead.
 */
const CACHE_BYTES = 32 * 1024 * 1024;

/** An image of an archive: what `load` pushes, what a candidate picks. */
export interface ArchivedImage {
  /** How the archive names it: a ref name, a `RepoTags` item, else its digest. */
  ref: string;
  /** Its full name and tag, when the archive gives them (a bare tag gives only `tag`). */
  name?: ImageName;
  tag?: string;
  root: Descriptor;
}

/**
 * What an archive holds, read and checked whole before anything is written anywhere: its images
 * and their names, every manifest reachable from them, and every blob those name, present with
 * the size they are named with. An archive that fails any check is refused as a whole, naming the
 * entry (DESIGN §8).
 */
export class ArchiveContents {
  readonly images: ArchivedImage[] = [];
  /** `name:tag` → manifest, for every name the archive gives (referrer tags included). */
  readonly refs = new Map<string, Descriptor>();
  /** Manifests made here for legacy docker save images, by digest. */
  private readonly made = new Map<string, RawManifest>();
  private readonly blobs = new Map<string, ArchiveEntry>();
  /** Manifests read, kept while they fit in CACHE_BYTES: the checks and the copy read each again. */
  private readonly cache = new Map<string, RawManifest>();
  private cachedBytes = 0;
  /** What `index.json` lists with a `subject`, by that subject. */
  private readonly referrers = new Map<string, Descriptor[]>();

  private constructor(
    readonly label: string,
    entries: EntryIndex,
  ) {
    // Every file is addressable by the digest of its bytes, whatever its name: docker save's
    // `<id>/layer.tar` as well as `blobs/sha256/<hex>`.
    for (const entry of entries.values()) {
      if (!this.blobs.has(entry.digest)) this.blobs.set(entry.digest, entry);
    }
  }

  static async read(entries: EntryIndex, label: string): Promise<ArchiveContents> {
    const contents = new ArchiveContents(label, entries);
    const index = entries.get('index.json');
    const dockerManifest = entries.get('manifest.json');
    if (!index && !dockerManifest) {
      throw new UserError(
        `${label}: holds neither index.json nor manifest.json: not an OCI layout nor a docker save archive; nothing was written`,
      );
    }
    if (index) await contents.readIndex(index);
    if (dockerManifest) {
      const items = parseDockerManifest(
        await readEntry(dockerManifest, BodyLimit.manifest, label),
        label,
      );
      await contents.readDockerItems(items, entries, Boolean(index));
    }
    // An image named in full somewhere needs no second, nameless entry (buildx's bare tag).
    const named = new Set(contents.images.filter((i) => i.name).map((i) => i.root.digest));
    const all = contents.images.splice(0);
    contents.images.push(...all.filter((i) => i.name || !named.has(i.root.digest)));
    await contents.checkComplete();
    return contents;
  }

  /** The manifest of `digest`, or undefined when the archive holds none. */
  async manifest(digest: string, mediaType?: string): Promise<RawManifest | undefined> {
    const made = this.made.get(digest);
    if (made) return made;
    const cached = this.cache.get(digest);
    if (cached) return cached;
    const entry = this.blobs.get(digest);
    if (!entry) return undefined;
    const bytes = await readEntry(entry, BodyLimit.manifest, this.label);
    const raw = { bytes, digest, mediaType: mediaType ?? manifestMediaType(bytes, undefined) };
    if (this.cachedBytes + bytes.length <= CACHE_BYTES) {
      this.cache.set(digest, raw);
      this.cachedBytes += bytes.length;
    }
    return raw;
  }

  blob(digest: string): ArchiveEntry | undefined {
    return this.blobs.get(digest);
  }

  /** The size of what `digest` names, a manifest made here included. */
  sizeOf(digest: string): number | undefined {
    return this.made.get(digest)?.bytes.length ?? this.blobs.get(digest)?.size;
  }

  referrersOf(subject: string): Descriptor[] {
    return this.referrers.get(subject) ?? [];
  }

  /** The names the archive gives its images, for messages. */
  names(): string[] {
    return this.images.map((i) => i.ref);
  }

  private async readIndex(entry: ArchiveEntry): Promise<void> {
    const bytes = await readEntry(entry, BodyLimit.manifest, this.label);
    let parsed: { manifests?: unknown };
    try {
      parsed = JSON.parse(bytes.toString('utf8')) as { manifests?: unknown };
    } catch {
      throw this.error('index.json is not valid JSON');
    }
    if (!Array.isArray(parsed?.manifests)) throw this.error('index.json has no manifests list');
    for (const [i, item] of parsed.manifests.entries()) {
      const descriptor = checkDescriptor(item, `index.json entry ${i + 1}`, this.label);
      const annotations = descriptor.annotations ?? {};
      const refName = annotations[Annotation.refName];
      const full = annotations[Annotation.containerdName];
      const name =
        (full && parseImageName(full)) || (refName ? parseImageName(refName) : undefined);
      const tag = name?.tag ?? (refName && !refName.includes('/') ? refName : undefined);
      const raw = await this.manifest(descriptor.digest, descriptor.mediaType);
      if (!raw) throw this.missing(`index.json entry ${i + 1}`, descriptor.digest);
      this.checkSize(descriptor, `index.json entry ${i + 1}`);
      const subject = subjectOf(raw);
      if (subject) {
        this.referrers.set(subject, [
          ...(this.referrers.get(subject) ?? []),
          referrerDescriptor(descriptor, raw),
        ]);
        if (!tag) continue;
      }
      if (name) this.addRef(`${name.name}:${name.tag}`, descriptor, `index.json entry ${i + 1}`);
      if (tag && isReferrerTag(tag)) continue;
      if (subject) continue;
      this.addImage({
        ref: full ?? refName ?? descriptor.digest,
        ...(name ? { name } : {}),
        ...(tag ? { tag } : {}),
        root: descriptor,
      });
    }
  }

  /**
   * docker save's items. Beside an index.json (Docker 25+, buildx, this project), each must agree
   * with a manifest the index reaches; alone (every engine before 25), each is an image without a
   * manifest, which gets one made for it.
   */
  private async readDockerItems(
    items: DockerSaveItem[],
    entries: EntryIndex,
    withIndex: boolean,
  ): Promise<void> {
    const configs = withIndex ? await this.configsOfIndex() : undefined;
    for (const [i, item] of items.entries()) {
      const where = `manifest.json item ${i + 1}${item.RepoTags?.length ? ` (${item.RepoTags.join(', ')})` : ''}`;
      const config = namedEntry(entries, item.Config, 'the config', this.label);
      const layers = item.Layers.map((l) => namedEntry(entries, l, 'the layer', this.label));
      let root: Descriptor;
      if (configs) {
        const candidates = configs.get(config.digest) ?? [];
        const match = candidates.find(
          (c) =>
            c.layers.length === layers.length &&
            c.layers.every((digest, n) => digest === layers[n].digest),
        );
        if (!match) {
          throw this.error(
            `${where} does not match any image of index.json (config ${config.digest}${candidates.length ? ', other layers' : ''})`,
          );
        }
        root = match.descriptor;
      } else {
        const facts: LayerFacts[] = await Promise.all(
          layers.map(async (entry) => ({ entry, mediaType: layerMediaType(await head(entry)) })),
        );
        const configBytes = await readEntry(config, BodyLimit.config, this.label);
        checkDiffIds(configBytes, facts, where, this.label);
        const bytes = legacyManifest(config, facts);
        const raw = { bytes, digest: sha256Digest(bytes), mediaType: MediaType.ociManifest };
        this.made.set(raw.digest, raw);
        root = { mediaType: raw.mediaType, digest: raw.digest, size: bytes.length };
      }
      const tags = item.RepoTags ?? [];
      if (!tags.length && !withIndex) this.addImage({ ref: root.digest, root });
      for (const text of tags) {
        const name = parseImageName(text);
        if (!name) throw this.error(`${where}: "${text}" is not a name:tag`);
        const key = `${name.name}:${name.tag}`;
        const known = this.refs.get(key);
        if (known && withIndex) {
          // Named in index.json too: the two must name one image (a platform of it, for an index).
          if (known.digest !== root.digest && !(await this.reaches(known, root.digest))) {
            throw this.error(`${where} names ${text} as another image than index.json does`);
          }
          continue;
        }
        this.addRef(key, root, where);
        this.addImage({ ref: text, name, tag: name.tag, root });
      }
    }
  }

  /** The image manifests index.json reaches, by config digest: what manifest.json items match. */
  private async configsOfIndex(): Promise<
    Map<string, { descriptor: Descriptor; layers: string[] }[]>
  > {
    const found = new Map<string, { descriptor: Descriptor; layers: string[] }[]>();
    await this.walk((descriptor, raw) => {
      if (isIndexMediaType(raw.mediaType)) return;
      const parsed = parseJson(raw);
      const config = (parsed as { config?: { digest?: unknown } }).config?.digest;
      const layers = (parsed as { layers?: { digest?: unknown }[] }).layers;
      if (typeof config !== 'string' || !Array.isArray(layers)) return;
      const image = { descriptor, layers: layers.map((l) => String(l?.digest)) };
      found.set(config, [...(found.get(config) ?? []), image]);
    });
    return found;
  }

  private async reaches(root: Descriptor, digest: string): Promise<boolean> {
    let hit = false;
    await this.walk(
      (descriptor) => {
        if (descriptor.digest === digest) hit = true;
      },
      [root],
    );
    return hit;
  }

  /**
   * Every manifest reachable from the archive's names and index entries must be there, and
   * every blob it names, at the size it is named with: checked before anything is written.
   */
  private async checkComplete(): Promise<void> {
    await this.walk(async (_descriptor, raw, where) => {
      if (isIndexMediaType(raw.mediaType)) return;
      const parsed = parseJson(raw) as { config?: unknown; layers?: unknown; blobs?: unknown };
      const blobs = [
        ...(parsed.config ? [parsed.config] : []),
        ...(Array.isArray(parsed.layers) ? parsed.layers : []),
        ...(Array.isArray(parsed.blobs) ? parsed.blobs : []),
      ];
      for (const [n, item] of blobs.entries()) {
        const blob = checkDescriptor(item, `${where}: blob ${n + 1}`, this.label);
        if (blob.mediaType.includes('foreign') || blob.mediaType.includes('nondistributable'))
          continue;
        if (!this.blobs.has(blob.digest)) throw this.missing(where, blob.digest);
        this.checkSize(blob, where);
      }
    });
  }

  /**
   * Visits each manifest reachable from the roots (by default every image, name and index
   * entry) once, children of indexes included; a manifest the archive lacks fails naming who
   * names it.
   */
  private async walk(
    visit: (descriptor: Descriptor, raw: RawManifest, where: string) => void | Promise<void>,
    roots?: Descriptor[],
  ): Promise<void> {
    const seen = new Set<string>();
    const queue: { descriptor: Descriptor; where: string }[] = (
      roots ?? [
        ...this.images.map((i) => i.root),
        ...this.refs.values(),
        ...[...this.referrers.values()].flat(),
      ]
    ).map((descriptor) => ({ descriptor, where: `manifest ${descriptor.digest}` }));
    while (queue.length) {
      const { descriptor, where } = queue.shift()!;
      if (seen.has(descriptor.digest)) continue;
      seen.add(descriptor.digest);
      const raw = await this.manifest(descriptor.digest, descriptor.mediaType);
      if (!raw) throw this.missing(where, descriptor.digest);
      this.checkSize(descriptor, where);
      await visit(descriptor, raw, `manifest ${descriptor.digest}`);
      if (!isIndexMediaType(raw.mediaType)) continue;
      const children = (parseJson(raw) as { manifests?: unknown }).manifests;
      if (!Array.isArray(children))
        throw this.error(`manifest ${raw.digest} is an index without manifests`);
      children.forEach((child, n) =>
        queue.push({
          descriptor: checkDescriptor(child, `index ${raw.digest}: entry ${n + 1}`, this.label),
          where: `index ${raw.digest}`,
        }),
      );
    }
  }

  private addRef(key: string, descriptor: Descriptor, where: string): void {
    const known = this.refs.get(key);
    if (known && known.digest !== descriptor.digest) {
      throw this.error(
        `${where} names ${key} again, for another image (${descriptor.digest}, not ${known.digest})`,
      );
    }
    this.refs.set(key, descriptor);
  }

  private addImage(image: ArchivedImage): void {
    if (this.images.some((i) => i.ref === image.ref && i.root.digest === image.root.digest)) return;
    this.images.push(image);
  }

  private checkSize(descriptor: Descriptor, where: string): void {
    const size = this.sizeOf(descriptor.digest);
    if (size !== undefined && size !== descriptor.size) {
      throw this.error(
        `${where} names ${descriptor.digest} as ${descriptor.size} bytes, but the archive holds ${size}`,
      );
    }
  }

  private missing(where: string, digest: string): UserError {
    return this.error(`${where} names ${digest}, which the archive does not hold`);
  }

  private error(message: string): UserError {
    return new UserError(`${this.label}: ${message}; nothing was written`);
  }
}

function checkDescriptor(item: unknown, where: string, label: string): Descriptor {
  const d = item as Partial<Descriptor> | null;
  if (
    typeof d !== 'object' ||
    d === null ||
    typeof d.mediaType !== 'string' ||
    typeof d.digest !== 'string' ||
    !isValidDigest(d.digest) ||
    typeof d.size !== 'number' ||
    !Number.isSafeInteger(d.size) ||
    d.size < 0
  ) {
    throw new UserError(
      `${label}: ${where} is not a descriptor (mediaType, a sha256 or sha512 digest, size); nothing was written`,
    );
  }
  return d as Descriptor;
}

function parseJson(raw: RawManifest): Record<string, unknown> {
  try {
    const parsed = JSON.parse(raw.bytes.toString('utf8')) as unknown;
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function subjectOf(raw: RawManifest): string | undefined {
  const subject = (parseJson(raw).subject as { digest?: unknown } | undefined)?.digest;
  return typeof subject === 'string' ? subject : undefined;
}

/** A referrer as the referrers API lists it: with its artifact type and annotations. */
function referrerDescriptor(descriptor: Descriptor, raw: RawManifest): Descriptor {
  const parsed = parseJson(raw) as {
    artifactType?: string;
    config?: { mediaType?: string };
    annotations?: Record<string, string>;
  };
  const artifactType = descriptor.artifactType ?? parsed.artifactType ?? parsed.config?.mediaType;
  return {
    mediaType: descriptor.mediaType,
    digest: descriptor.digest,
    size: descriptor.size,
    ...(artifactType ? { artifactType } : {}),
    ...(parsed.annotations ? { annotations: parsed.annotations } : {}),
  };
}

async function head(entry: ArchiveEntry): Promise<Buffer> {
  if (entry.size === 0) return Buffer.alloc(0);
  const stream = entry.open();
  try {
    for await (const chunk of stream) return (chunk as Buffer).subarray(0, 4);
    return Buffer.alloc(0);
  } finally {
    stream.destroy();
  }
}
