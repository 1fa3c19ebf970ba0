import type { Readable } from 'node:stream';
import type { Descriptor, RawManifest } from '../oci/manifest.js';
import type { ImageTarget, ManifestHead, TagListing } from '../oci/store.js';

/**
 * A target that is read but never written. A dry run executes the same engine against it, so
 * the plan it prints is the plan a real run follows, without a `dryRun` branch inside the engine
 * (actions/cache's NullStateProvider, applied to a registry). Writes are answered as a store
 * would answer them and remembered, so what the run "wrote" earlier it finds again later; no
 * blob stream is ever opened.
 */
export class DryRunTarget implements ImageTarget {
  private readonly manifests = new Map<string, RawManifest>();
  private readonly blobs = new Map<string, number>();

  constructor(readonly inner: ImageTarget) {}

  get label(): string {
    return this.inner.label;
  }

  get name(): string {
    return this.inner.name;
  }

  async getManifest(reference: string): Promise<RawManifest> {
    return this.manifests.get(reference) ?? this.inner.getManifest(reference);
  }

  async findManifest(reference: string): Promise<RawManifest | undefined> {
    return this.manifests.get(reference) ?? this.inner.findManifest(reference);
  }

  async headManifest(reference: string): Promise<ManifestHead | undefined> {
    const kept = this.manifests.get(reference);
    if (kept) return { digest: kept.digest, mediaType: kept.mediaType, size: kept.bytes.length };
    return this.inner.headManifest(reference);
  }

  openBlob(digest: string): Promise<Readable> {
    return this.inner.openBlob(digest);
  }

  getBlob(digest: string): Promise<Buffer> {
    return this.inner.getBlob(digest);
  }

  async headBlob(digest: string): Promise<number | undefined> {
    return this.blobs.get(digest) ?? this.inner.headBlob(digest);
  }

  listTags(limit: number, pageSize?: number): Promise<TagListing | undefined> {
    return this.inner.listTags(limit, pageSize);
  }

  listReferrers(digest: string, artifactType?: string): Promise<Descriptor[] | undefined> {
    return this.inner.listReferrers(digest, artifactType);
  }

  async putManifest(reference: string, manifest: RawManifest): Promise<{ digest: string }> {
    this.manifests.set(reference, manifest);
    this.manifests.set(manifest.digest, manifest);
    return { digest: manifest.digest };
  }

  async uploadBlob(digest: string, size: number): Promise<void> {
    this.blobs.set(digest, size);
  }

  async mountBlob(digest: string): Promise<{ mounted: true }> {
    this.blobs.set(digest, 0);
    return { mounted: true };
  }
}
