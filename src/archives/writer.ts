import { Readable } from 'node:stream';
import { UserError } from '../errors.js';
import { manifestMediaType, type Descriptor, type RawManifest } from '../oci/manifest.js';
import { isValidDigest } from '../oci/reference.js';
import type { ImageTarget, ManifestHead, TagListing } from '../oci/store.js';
import type { BlobStore } from './blob-store.js';
import { isReferrerTag } from './ref-names.js';

/** A name written in the archive, with what it names. */
export interface WrittenRef {
  /** The full name (`localhost:5000/acme/app`). */
  name: string;
  tag: string;
  descriptor: Descriptor;
}

/**
 * An OCI image layout being written: blobs as they arrive, in a folder or straight into the tar
 * (blob-store.ts), names kept in memory for the finishing step (finish.ts), which writes
 * `index.json` and `manifest.json`. The copy engine writes through one `ArchiveTarget` per
 * repository, all sharing the one store, so a blob two images share is stored once.
 */
export class ArchiveWriter {
  readonly refs: WrittenRef[] = [];
  /** Manifests put by digest that name a subject: index.json lists them so tools find them. */
  readonly referrers = new Map<string, Descriptor & { subject: string }>();
  /** Images saved by digest alone. */
  readonly roots = new Map<string, Descriptor>();
  private readonly manifests = new Map<string, Descriptor>();

  constructor(
    readonly blobs: BlobStore,
    readonly label: string,
  ) {}

  repository(name: string): ArchiveTarget {
    return new ArchiveTarget(this, name);
  }

  async putManifest(name: string, reference: string, raw: RawManifest): Promise<void> {
    if ((await this.blobs.size(raw.digest)) === undefined) {
      await this.blobs.write(raw.digest, raw.bytes.length, Readable.from([raw.bytes]));
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
    const bytes = await this.blobs.read(descriptor.digest);
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
    return this.writer.blobs.open(digest);
  }

  getBlob(digest: string): Promise<Buffer> {
    return this.writer.blobs.read(digest);
  }

  headBlob(digest: string): Promise<number | undefined> {
    return this.writer.blobs.size(digest);
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

  async uploadBlob(digest: string, size: number, open: () => Promise<Readable>): Promise<void> {
    if ((await this.writer.blobs.size(digest)) !== undefined) return;
    await this.writer.blobs.write(digest, size, await open());
  }
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
