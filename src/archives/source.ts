import type { Readable } from 'node:stream';
import { UserError } from '../errors.js';
import { BodyLimit } from '../http/limits.js';
import type { Descriptor, RawManifest } from '../oci/manifest.js';
import { isValidDigest } from '../oci/reference.js';
import type { ImageSource, ManifestHead, TagListing } from '../oci/store.js';
import type { ArchiveContents } from './contents.js';
import { readEntry } from './entries.js';

/**
 * One repository of an archive, as the copy engine reads a registry's: its tags are the
 * archive's names for it, its manifests and blobs are the archive's (shared by all its
 * repositories, as one registry's storage is). `name` undefined: the archive's nameless images,
 * reached by digest or by their bare tag.
 */
export class ArchiveRepository implements ImageSource {
  readonly label: string;
  readonly name: string;

  constructor(
    private readonly contents: ArchiveContents,
    private readonly fullName: string | undefined,
  ) {
    this.label = contents.label;
    this.name = fullName ?? '(unnamed)';
  }

  /** What a tag of this repository names in the archive. */
  private byTag(tag: string): Descriptor | undefined {
    if (this.fullName) return this.contents.refs.get(`${this.fullName}:${tag}`);
    return this.contents.images.find((i) => !i.name && i.tag === tag)?.root;
  }

  async findManifest(reference: string): Promise<RawManifest | undefined> {
    if (isValidDigest(reference)) return this.contents.manifest(reference);
    const descriptor = this.byTag(reference);
    return descriptor && this.contents.manifest(descriptor.digest, descriptor.mediaType);
  }

  async getManifest(reference: string): Promise<RawManifest> {
    const found = await this.findManifest(reference);
    if (!found) {
      throw new UserError(
        `${this.label}: holds no manifest ${this.name}${isValidDigest(reference) ? '@' : ':'}${reference}; its images: ${this.contents.names().join(', ') || 'none'}`,
      );
    }
    return found;
  }

  async headManifest(reference: string): Promise<ManifestHead | undefined> {
    const found = await this.findManifest(reference);
    return found && { digest: found.digest, mediaType: found.mediaType, size: found.bytes.length };
  }

  async openBlob(digest: string): Promise<Readable> {
    const entry = this.contents.blob(digest);
    if (!entry) throw new UserError(`${this.label}: holds no blob ${digest}`);
    return entry.open();
  }

  async getBlob(digest: string): Promise<Buffer> {
    const entry = this.contents.blob(digest);
    if (!entry) throw new UserError(`${this.label}: holds no blob ${digest}`);
    return readEntry(entry, BodyLimit.config, this.label);
  }

  async headBlob(digest: string): Promise<number | undefined> {
    return this.contents.blob(digest)?.size;
  }

  async listTags(limit: number): Promise<TagListing> {
    const tags = this.fullName
      ? [...this.contents.refs.keys()]
          .filter((key) => key.startsWith(`${this.fullName}:`))
          .map((key) => key.slice(this.fullName!.length + 1))
      : this.contents.images.flatMap((i) => (!i.name && i.tag ? [i.tag] : []));
    const sorted = [...new Set(tags)].sort();
    return { tags: sorted.slice(0, limit), complete: sorted.length <= limit };
  }

  /** What index.json lists with this subject: the archive's own referrers index. */
  async listReferrers(digest: string, artifactType?: string): Promise<Descriptor[]> {
    const all = this.contents.referrersOf(digest);
    return artifactType ? all.filter((d) => d.artifactType === artifactType) : all;
  }
}
