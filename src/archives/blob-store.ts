import { createReadStream, createWriteStream } from 'node:fs';
import {
  mkdir,
  open,
  readdir,
  readFile,
  rename,
  rm,
  stat,
  type FileHandle,
} from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { pack, type Header } from 'tar-stream';
import { UserError } from '../errors.js';
import { isValidDigest } from '../oci/reference.js';

/** Where an archive being written keeps its blobs, each under `blobs/<alg>/<hex>`. */
export interface BlobStore {
  /** The size of a blob stored whole; undefined while absent or being written. */
  size(digest: string): Promise<number | undefined>;
  /** Stores `size` bytes from `source`; a failed write leaves no blob, and may be tried again. */
  write(digest: string, size: number, source: Readable): Promise<void>;
  read(digest: string): Promise<Buffer>;
  open(digest: string): Readable;
  /** Every blob stored: its entry name and size. */
  list(): Promise<{ name: string; size: number }[]>;
  /** Lets go of what it holds open (a save that failed; its folder is removed after). */
  discard(): Promise<void>;
}

/**
 * The store a save writes through: straight into the tar for a plain tar file; a folder for
 * `oci-dir`, and for a gzipped tar or standard output, which are written in order, from the
 * folder, once the blobs are all there. `workDir` is beside the destination: what is made there
 * is renamed into place.
 */
export async function blobStoreFor(
  destination: string,
  folder: boolean,
  workDir: string,
  label: string,
): Promise<BlobStore> {
  if (folder || destination === '-' || /\.(tar\.gz|tgz)$/.test(destination)) {
    return new FolderBlobs(path.join(workDir, 'layout'), label);
  }
  return TarFileBlobs.create(path.join(workDir, 'archive.tar'), label);
}

export function blobName(digest: string, label: string): string {
  if (!isValidDigest(digest)) throw new UserError(`${label}: "${digest}" is not a digest`);
  return `blobs/${digest.replace(':', '/')}`;
}

/** Fixed times and modes: the same images give the same archive bytes. */
export const EPOCH = new Date(0);

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

/** The blobs as files of an OCI layout folder: for `oci-dir`, and tars gzipped or streamed. */
export class FolderBlobs implements BlobStore {
  private pending = 0;

  constructor(
    readonly dir: string,
    private readonly label: string,
  ) {}

  private file(digest: string): string {
    return path.join(this.dir, blobName(digest, this.label));
  }

  async size(digest: string): Promise<number | undefined> {
    return (await stat(this.file(digest)).catch(() => undefined))?.size;
  }

  async write(digest: string, _size: number, source: Readable): Promise<void> {
    const file = this.file(digest);
    await mkdir(path.dirname(file), { recursive: true });
    // Put in place only once whole: a failed transfer leaves no blob.
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

  read(digest: string): Promise<Buffer> {
    return readFile(this.file(digest));
  }

  open(digest: string): Readable {
    return createReadStream(this.file(digest), { highWaterMark: WRITE_CHUNK });
  }

  async discard(): Promise<void> {}

  async list(): Promise<{ name: string; size: number }[]> {
    const found: { name: string; size: number }[] = [];
    const blobs = path.join(this.dir, 'blobs');
    for (const algorithm of (await readdirOrNone(blobs)).sort()) {
      for (const hex of (await readdirOrNone(path.join(blobs, algorithm))).sort()) {
        if (hex.includes('.partial-')) continue;
        const name = `blobs/${algorithm}/${hex}`;
        found.push({ name, size: (await stat(path.join(this.dir, name))).size });
      }
    }
    return found;
  }
}

async function readdirOrNone(dir: string): Promise<string[]> {
  return readdir(dir).catch(() => []);
}

interface TarRegion {
  /** Where the blob's bytes start in the file, after its header. */
  start: number;
  size: number;
  done: boolean;
}

/**
 * The blobs written straight into the tar being made, each in a region reserved for it when its
 * transfer starts (the header, then the bytes, padded to 512): blobs arrive several at once, and
 * their sizes are known beforehand, so each can be written where it will stay. The archive's
 * bytes are written once, where a folder to pack afterwards writes and reads them twice. A failed
 * transfer tried again reuses its region; a failed save removes the whole file. The names
 * (index.json, manifest.json) follow the blobs when the archive is finished (`finish`).
 */
export class TarFileBlobs implements BlobStore {
  private readonly regions = new Map<string, TarRegion>();
  private readonly reserved = new Map<string, Promise<TarRegion>>();
  private readonly writing = new Map<string, Promise<void>>();
  /** Manifests and configs, kept to be read back without a read of the file. */
  private readonly small = new Map<string, Buffer>();
  private end = 0;

  private constructor(
    readonly file: string,
    private readonly handle: FileHandle,
    private readonly label: string,
  ) {}

  static async create(file: string, label: string): Promise<TarFileBlobs> {
    await mkdir(path.dirname(file), { recursive: true });
    return new TarFileBlobs(file, await open(file, 'w+', 0o644), label);
  }

  async size(digest: string): Promise<number | undefined> {
    const region = this.regions.get(digest);
    return region?.done ? region.size : undefined;
  }

  /**
   * Writes of one digest run one after the other (two tags of one manifest are put at once): the
   * second finds the blob there, or after a failed first, writes its region again.
   */
  write(digest: string, size: number, source: Readable): Promise<void> {
    const previous = this.writing.get(digest);
    const attempt = (async () => {
      if (previous) await previous.catch(() => {});
      const region = await this.reserve(digest, size);
      if (region.done) {
        source.destroy();
        return;
      }
      await this.fill(digest, region, source);
    })();
    this.writing.set(digest, attempt);
    return attempt;
  }

  /** The region of `digest`, reserved once: its header is written at once, its bytes later. */
  private reserve(digest: string, size: number): Promise<TarRegion> {
    let reserved = this.reserved.get(digest);
    if (!reserved) {
      reserved = (async () => {
        const header = await tarHeader({ name: blobName(digest, this.label), size });
        // No await between reading and moving the end: regions never overlap.
        const region = { start: this.end + header.length, size, done: false };
        this.end = region.start + padded(size);
        this.regions.set(digest, region);
        await this.handle.write(header, 0, header.length, region.start - header.length);
        return region;
      })();
      this.reserved.set(digest, reserved);
    }
    return reserved;
  }

  private async fill(digest: string, region: TarRegion, source: Readable): Promise<void> {
    const { size } = region;
    let at = 0;
    const kept: Buffer[] = [];
    for await (const chunk of coalesce(source)) {
      if (at + chunk.length > size) {
        throw new UserError(`${this.label}: blob ${digest} is larger than ${size} bytes`);
      }
      await this.handle.write(chunk, 0, chunk.length, region.start + at);
      at += chunk.length;
      if (size <= SMALL) kept.push(chunk);
    }
    if (at !== size) {
      throw new UserError(`${this.label}: blob ${digest} ended at ${at} of ${size} bytes`);
    }
    if (size <= SMALL) this.small.set(digest, Buffer.concat(kept));
    region.done = true;
  }

  async read(digest: string): Promise<Buffer> {
    const kept = this.small.get(digest);
    if (kept) return kept;
    const region = this.regions.get(digest);
    if (!region?.done) throw new UserError(`${this.label}: holds no blob ${digest} yet`);
    const bytes = Buffer.alloc(region.size);
    await this.handle.read(bytes, 0, region.size, region.start);
    return bytes;
  }

  open(digest: string): Readable {
    const region = this.regions.get(digest);
    if (!region?.done || region.size === 0) return Readable.from(this.small.get(digest) ?? []);
    return createReadStream(this.file, {
      start: region.start,
      end: region.start + region.size - 1,
    });
  }

  async list(): Promise<{ name: string; size: number }[]> {
    return [...this.regions]
      .filter(([, r]) => r.done)
      .map(([digest, r]) => ({ name: blobName(digest, this.label), size: r.size }));
  }

  /**
   * Ends the tar after the blobs: the small files (index.json, …), then tar's two zero blocks,
   * written by tar-stream from where the last blob's region ends.
   */
  async finish(files: Map<string, string>): Promise<void> {
    if ([...this.regions.values()].some((r) => !r.done)) {
      throw new Error(`${this.label}: a blob was still being written when the archive ended`);
    }
    await this.handle.close();
    const tail = pack();
    const written = pipeline(tail, createWriteStream(this.file, { flags: 'r+', start: this.end }));
    for (const [name, text] of files) {
      await new Promise<void>((resolve, reject) =>
        tail.entry({ name, mtime: EPOCH, mode: 0o644 }, Buffer.from(text), (e) =>
          e ? reject(e) : resolve(),
        ),
      );
    }
    tail.finalize();
    await written;
  }

  async discard(): Promise<void> {
    await this.handle.close().catch(() => {});
    await rm(this.file, { force: true });
  }
}

/** Blobs up to this size (manifests, configs) are also kept in memory, to be read back. */
const SMALL = 64 * 1024;

const padded = (size: number) => Math.ceil(size / 512) * 512;

/**
 * The header tar-stream writes for an entry (one 512-byte block, or more with a pax header for
 * a size past 8 GiB), taken from its packer before any byte of the entry: the header is the
 * library's, not one made by hand.
 */
async function tarHeader(header: Pick<Header, 'name' | 'size'>): Promise<Buffer> {
  const packer = pack();
  const chunks: Buffer[] = [];
  packer.on('data', (chunk) => chunks.push(chunk as Buffer));
  packer.entry({ ...header, mtime: EPOCH, mode: 0o644, type: 'file' });
  await new Promise((resolve) => setImmediate(resolve));
  packer.destroy();
  const bytes = Buffer.concat(chunks);
  if (bytes.length === 0 || bytes.length % 512 !== 0) {
    throw new Error(`tar-stream gave a header of ${bytes.length} bytes for ${header.name}`);
  }
  return bytes;
}
