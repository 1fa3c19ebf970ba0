import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { UserError } from '../errors.js';
import { manifestMediaType, type Descriptor, type RawManifest } from '../oci/manifest.js';
import { isValidDigest } from '../oci/reference.js';
import type { ImageTarget, ManifestHead, TagListing } from '../oci/store.js';
import { isReferrerTag } from './ref-names.js';

/** A name written in the archive, with what it names. */
export interface WrittenRef {
  /** The full name (`localhost:5000/acme/app`). */
  name: string;
  tag: string;
  descriptor: Descriptor;
}

/**
 * An OCI image layout being written in a folder: blobs as they arrive (each under its digest, put
 * in place only once whole, so a failed transfer leaves no blob), names kept in memory until
 * `layout()` hands them to the finishing step (finish.ts), which writes `index.json`,
 * `manifest.json` and packs the tar. The copy engine writes through one `ArchiveTarget` per
 * repository, all sharing the one folder, so a blob two images share is stored once.
 */
export class ArchiveWriter {
  readonly refs: WrittenRef[] = [];
  /** Manifests put by digest that name a subject: index.json lists them so tools find them. */
  readonly referrers = new Map<string, Descriptor & { subject: string }>();
  /** Images saved by digest alone. */
  readonly roots = new Map<string, Descriptor>();
  private readonly manifests = new Map<string, Descriptor>();
  private pending = 0;

  constructor(
    readonly dir: string,
    readonly label: string,
  ) {}

  repository(name: string): ArchiveTarget {
    return new ArchiveTarget(this, name);
  }

  blobPath(digest: string): string {
    if (!isValidDigest(digest)) throw new UserError(`${this.label}: "${digest}" is not a digest`);
    const [algorithm, hex] = digest.split(':');
    return path.join(this.dir, 'blobs', algorithm, hex);
  }

  async blobSize(digest: string): Promise<number | undefined> {
    try {
      return (await stat(this.blobPath(digest))).size;
    } catch {
      return undefined;
    }
  }

  async writeBlob(digest: string, source: Readable): Promise<void> {
    const file = this.blobPath(digest);
    await mkdir(path.dirname(file), { recursive: true });
    const partial = `${file}.partial-${process.pid}-${this.pending++}`;
    try {
      await pipeline(
        source,
        coalesce,
        createWriteStream(partial, { flags: 'wx', mode: 0o644, highWaterMark: WRITE_CHUNK }),
      );
      await rename(partial, file);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
  }

  async putManifest(name: string, reference: string, raw: RawManifest): Promise<void> {
    if ((await this.blobSize(raw.digest)) === undefined) {
      await this.writeBlob(raw.digest, Readable.from([raw.bytes]));
    }
    const descriptor = { mediaType: raw.mediaType, digest: raw.digest, size: raw.bytes.length };
    this.manifests.set(raw.digest, descriptor);
    if (isValidDigest(reference)) {
      const subject = subjectOf(raw.bytes);
      if (subject)
        this.referrers.set(raw.digest, { ...descriptor, ...artifactOf(raw.bytes), subject });
      return;
    }
    const known = this.refs.find((r) => r.name === name && r.tag === reference);
    if (known && known.descriptor.digest !== raw.digest && !isReferrerTag(reference)) {
      throw new UserError(
        `${this.label}: two images are named ${name}:${reference} (${known.descriptor.digest} and ${raw.digest}); an archive holds one per name`,
      );
    }
    if (known) known.descriptor = descriptor;
    else this.refs.push({ name, tag: reference, descriptor });
  }

  async findManifest(name: string, reference: string): Promise<RawManifest | undefined> {
    const descriptor = isValidDigest(reference)
      ? this.manifests.get(reference)
      : this.refs.find((r) => r.name === name && r.tag === reference)?.descriptor;
    if (!descriptor) return undefined;
    const bytes = await readFile(this.blobPath(descriptor.digest));
    return { bytes, digest: descriptor.digest, mediaType: descriptor.mediaType };
  }

  /** An image saved by digest alone: index.json lists it without a name. */
  addRoot(root: RawManifest): void {
    this.roots.set(root.digest, {
      mediaType: root.mediaType,
      digest: root.digest,
      size: root.bytes.length,
    });
  }

  tagsOf(name: string): string[] {
    return this.refs.filter((r) => r.name === name).map((r) => r.tag);
  }
}

/** One repository of the archive being written, as the copy engine writes a registry's. */
export class ArchiveTarget implements ImageTarget {
  readonly label: string;

  constructor(
    private readonly writer: ArchiveWriter,
    readonly name: string,
  ) {
    this.label = writer.label;
  }

  async getManifest(reference: string): Promise<RawManifest> {
    const found = await this.findManifest(reference);
    if (!found) throw new UserError(`${this.label}: has no manifest ${this.name}:${reference} yet`);
    return found;
  }

  findManifest(reference: string): Promise<RawManifest | undefined> {
    return this.writer.findManifest(this.name, reference);
  }

  async headManifest(reference: string): Promise<ManifestHead | undefined> {
    const found = await this.findManifest(reference);
    return found && { digest: found.digest, mediaType: found.mediaType, size: found.bytes.length };
  }

  async openBlob(digest: string): Promise<Readable> {
    return createReadStream(this.writer.blobPath(digest));
  }

  getBlob(digest: string): Promise<Buffer> {
    return readFile(this.writer.blobPath(digest));
  }

  headBlob(digest: string): Promise<number | undefined> {
    return this.writer.blobSize(digest);
  }

  async listTags(limit: number): Promise<TagListing> {
    const tags = this.writer.tagsOf(this.name).sort();
    return { tags: tags.slice(0, limit), complete: tags.length <= limit };
  }

  /**
   * None: the engine then writes the referrers tag schema's indexes, which tools that read
   * tags find; the finishing step lists each referrer in index.json too, for those that read
   * subjects (oras).
   */
  async listReferrers(): Promise<undefined> {
    return undefined;
  }

  async putManifest(reference: string, manifest: RawManifest): Promise<{ digest: string }> {
    const raw = manifest.mediaType
      ? manifest
      : { ...manifest, mediaType: manifestMediaType(manifest.bytes, undefined) };
    await this.writer.putManifest(this.name, reference, raw);
    return { digest: raw.digest };
  }

  async uploadBlob(digest: string, _size: number, open: () => Promise<Readable>): Promise<void> {
    if ((await this.writer.blobSize(digest)) !== undefined) return;
    await this.writer.writeBlob(digest, await open());
  }
}

/**
 * A blob arrives in the network's chunks of some KiB; written as they come, each is a write
 * call, and their cost was a tenth of a 128 MB save. Gathered to 1 MiB first (a MiB per blob
 * under way at most), they are some hundred writes.
 */
const WRITE_CHUNK = 1024 * 1024;

async function* coalesce(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let size = 0;
  for await (const chunk of source) {
    pending.push(chunk);
    size += chunk.length;
    if (size >= WRITE_CHUNK) {
      yield pending.length === 1 ? pending[0] : Buffer.concat(pending, size);
      pending = [];
      size = 0;
    }
  }
  if (size) yield Buffer.concat(pending, size);
}

function parse(bytes: Buffer): Record<string, unknown> {
  try {
    const parsed = JSON.parse(bytes.toString('utf8')) as unknown;
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function subjectOf(bytes: Buffer): string | undefined {
  const digest = (parse(bytes).subject as { digest?: unknown } | undefined)?.digest;
  return typeof digest === 'string' ? digest : undefined;
}

function artifactOf(bytes: Buffer): { artifactType?: string } {
  const parsed = parse(bytes) as { artifactType?: unknown; config?: { mediaType?: unknown } };
  const type = parsed.artifactType ?? parsed.config?.mediaType;
  return typeof type === 'string' ? { artifactType: type } : {};
}
