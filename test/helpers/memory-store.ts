import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Descriptor, RawManifest } from '../../src/oci/manifest.js';
import type { ImageTarget, ManifestHead, TagListing } from '../../src/oci/store.js';

export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json';
export const OCI_LAYER = 'application/vnd.oci.image.layer.v1.tar';

export const digestOf = (bytes: Buffer) =>
  `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

/**
 * One repository held in memory, behind the interface the image operations use (regclient's
 * `ocidir` beside `reg`): unit tests of the copy engine need no registry. It records every
 * write, so a test can say what a run wrote and what it only read.
 */
export class MemoryStore implements ImageTarget {
  readonly manifests = new Map<string, RawManifest>();
  readonly blobs = new Map<string, Buffer>();
  readonly writes: string[] = [];
  /** What `listReferrers` answers from: undefined models a registry without the API. */
  referrersApi: Map<string, Descriptor[]> | undefined;

  constructor(
    readonly name = 'acme/app',
    readonly label = 'memory',
  ) {}

  /** Stores a blob of `content` (written by the test, not counted as a write). */
  blob(content: string | Buffer, mediaType = OCI_LAYER): Descriptor {
    const bytes = Buffer.from(content);
    const digest = digestOf(bytes);
    this.blobs.set(digest, bytes);
    return { mediaType, digest, size: bytes.length };
  }

  /** Stores a manifest (and, with `tag`, tags it) without counting a write. */
  manifest(value: unknown, mediaType = OCI_MANIFEST, tag?: string): RawManifest & Descriptor {
    const bytes = Buffer.from(JSON.stringify(value));
    const raw = { bytes, mediaType, digest: digestOf(bytes) };
    this.manifests.set(raw.digest, raw);
    if (tag) this.manifests.set(tag, raw);
    return { ...raw, size: bytes.length };
  }

  /** A one-layer image: config, layer and manifest; tagged when asked. */
  image(layer: string, tag?: string): RawManifest & Descriptor {
    const config = this.blob(JSON.stringify({ architecture: 'amd64', os: 'linux' }), OCI_CONFIG);
    const layers = [this.blob(layer)];
    return this.manifest(
      { schemaVersion: 2, mediaType: OCI_MANIFEST, config, layers },
      OCI_MANIFEST,
      tag,
    );
  }

  async getManifest(reference: string): Promise<RawManifest> {
    const found = this.manifests.get(reference);
    if (!found) throw new Error(`${this.label}: no manifest ${reference}`);
    return found;
  }

  async findManifest(reference: string): Promise<RawManifest | undefined> {
    return this.manifests.get(reference);
  }

  async headManifest(reference: string): Promise<ManifestHead | undefined> {
    const found = this.manifests.get(reference);
    return found && { digest: found.digest, mediaType: found.mediaType, size: found.bytes.length };
  }

  async openBlob(digest: string): Promise<Readable> {
    const found = this.blobs.get(digest);
    if (!found) throw new Error(`${this.label}: no blob ${digest}`);
    return Readable.from([found]);
  }

  async getBlob(digest: string): Promise<Buffer> {
    const found = this.blobs.get(digest);
    if (!found) throw new Error(`${this.label}: no blob ${digest}`);
    return found;
  }

  async headBlob(digest: string): Promise<number | undefined> {
    return this.blobs.get(digest)?.length;
  }

  async listTags(limit: number): Promise<TagListing> {
    const tags = [...this.manifests.keys()].filter((k) => !k.includes(':')).sort();
    return { tags: tags.slice(0, limit), complete: tags.length <= limit };
  }

  async listReferrers(digest: string): Promise<Descriptor[] | undefined> {
    return this.referrersApi && (this.referrersApi.get(digest) ?? []);
  }

  async putManifest(reference: string, manifest: RawManifest): Promise<{ digest: string }> {
    this.writes.push(`manifest ${reference}`);
    this.manifests.set(reference, manifest);
    this.manifests.set(manifest.digest, manifest);
    return { digest: manifest.digest };
  }

  async uploadBlob(digest: string, _size: number, open: () => Promise<Readable>): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of await open()) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    if (digestOf(bytes) !== digest)
      throw new Error(`${this.label}: blob ${digest} arrived changed`);
    this.writes.push(`blob ${digest}`);
    this.blobs.set(digest, bytes);
  }
}
