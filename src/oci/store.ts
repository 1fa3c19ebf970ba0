import type { Readable } from 'node:stream';
import type { Descriptor, RawManifest } from './manifest.js';

/**
 * What the image operations (copy, merge, referrers, the report) need of a place that holds
 * images: a registry's repository (`distribution/`) or an image archive (`archives/`). The
 * operations take these interfaces, so one engine moves images registry → registry, registry →
 * archive and archive → registry, and unit tests run it against an in-memory store
 * (regclient's `scheme.API`, go-containerregistry's `layout` beside `remote`).
 */

/** A manifest's digest without its body. */
export interface ManifestHead {
  digest: string;
  mediaType: string;
  size: number;
}

/** A repository's tags, up to a limit: `complete` is false when there were more. */
export interface TagListing {
  tags: string[];
  complete: boolean;
}

export interface ImageSource {
  /** How messages name the place (an integration, an archive's path). */
  readonly label: string;
  /** The repository's name in it. */
  readonly name: string;
  getManifest(reference: string): Promise<RawManifest>;
  /** The manifest, or undefined when there is none under `reference` (a probe). */
  findManifest(reference: string): Promise<RawManifest | undefined>;
  headManifest(reference: string): Promise<ManifestHead | undefined>;
  /** The blob as a stream; the caller must consume or destroy it. */
  openBlob(digest: string): Promise<Readable>;
  /** A small blob (a config) read whole, checked against its digest. */
  getBlob(digest: string): Promise<Buffer>;
  /** The blob's size, or undefined when it is absent. */
  headBlob(digest: string): Promise<number | undefined>;
  /** undefined when the place will not list them. */
  listTags(limit: number, pageSize?: number): Promise<TagListing | undefined>;
  /**
   * What names `digest` as its subject, through an index the place keeps (the OCI 1.1 referrers
   * API); undefined when it keeps none, so callers fall back to the referrers tag schema.
   */
  listReferrers(digest: string, artifactType?: string): Promise<Descriptor[] | undefined>;
}

export interface ImageTarget extends ImageSource {
  /**
   * Stores the manifest's exact bytes under `reference` (a tag or its digest). `subject` is set
   * when the place indexed the manifest's subject for `listReferrers`.
   */
  putManifest(
    reference: string,
    manifest: RawManifest,
  ): Promise<{ digest: string; subject?: string }>;
  /**
   * Stores a blob. `open` gives a fresh stream each time it is called (a refused first try has
   * used up the first); `uploadUrl` is a session a refused mount already opened.
   */
  uploadBlob(
    digest: string,
    size: number,
    open: () => Promise<Readable>,
    uploadUrl?: string,
  ): Promise<void>;
}
