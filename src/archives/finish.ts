import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { pack } from 'tar-stream';
import { UserError } from '../errors.js';
import {
  isAttestation,
  isIndexMediaType,
  MediaType,
  type Descriptor,
  type Platform,
} from '../oci/manifest.js';
import type { DockerSaveItem } from './docker-manifest.js';
import { Annotation, isReferrerTag } from './ref-names.js';
import type { ArchiveWriter } from './writer.js';
import { blobName, EPOCH, TarFileBlobs, type FolderBlobs } from './blob-store.js';

/**
 * `oci`: an OCI layout tar that also carries docker's `manifest.json` and `repositories`, as
 * Docker 25+ writes it, so `docker load` of any engine reads it. `oci-dir`: the same as a folder.
 * `docker`: a `docker save` tar, manifest.json and blobs only, one platform per image.
 */
export type ArchiveFormat = 'oci' | 'oci-dir' | 'docker';
export const ARCHIVE_FORMATS: readonly ArchiveFormat[] = ['oci', 'oci-dir', 'docker'];

const LAYOUT = JSON.stringify({ imageLayoutVersion: '1.0.0' });
/** Blobs are packed in chunks of 1 MiB: a sixteenth of the reads and writes of the default. */
const CHUNK = 1024 * 1024;

export interface FinishOptions {
  format: ArchiveFormat;
  /** Which platform of an index docker's manifest.json names (`docker load` takes one). */
  platform?: Platform;
  /** Where the gzipped or plain tar goes when `path` is `-`. */
  stdout?: Writable;
}

/**
 * Writes the layout's names (index.json, manifest.json, repositories, oci-layout) and moves the
 * result to `destination`: a folder renamed into place, or a tar (gzipped when the name ends in
 * `.gz`/`.tgz`) written beside it and renamed, so a failed save leaves no archive behind.
 */
export async function finishArchive(
  writer: ArchiveWriter,
  destination: string,
  options: FinishOptions,
): Promise<{ blobs: number; bytes: number }> {
  const items = await dockerItems(writer, options.platform, options.format === 'docker');
  const files = new Map<string, string>();
  if (options.format !== 'docker') {
    files.set('oci-layout', LAYOUT);
    files.set('index.json', JSON.stringify(indexOf(writer)));
  }
  files.set('manifest.json', JSON.stringify(items));
  files.set('repositories', JSON.stringify(repositoriesOf(items)));
  const store = writer.blobs;
  // A docker save tar holds what its manifest.json names (a tar written as blobs arrived holds
  // them all: with format docker, that is the images' blobs and manifests, no referrer).
  const wanted = new Set(items.flatMap((i) => [i.Config, ...i.Layers]));
  const blobs = (await store.list()).filter(
    (b) => options.format !== 'docker' || store instanceof TarFileBlobs || wanted.has(b.name),
  );
  const bytes = blobs.reduce((n, b) => n + b.size, 0);
  const moveInto = (from: string) =>
    rename(from, destination).catch((error: NodeJS.ErrnoException) => {
      throw new UserError(`${destination}: cannot be written (${error.code ?? error.message})`);
    });
  if (store instanceof TarFileBlobs) {
    await store.finish(files);
    await moveInto(store.file);
  } else if (options.format === 'oci-dir') {
    const dir = (store as FolderBlobs).dir;
    await mkdir(dir, { recursive: true });
    for (const [name, text] of files) await writeFile(path.join(dir, name), text);
    await moveInto(dir);
  } else {
    await packTar(files, blobs, (store as FolderBlobs).dir, destination, options.stdout);
  }
  return { blobs: blobs.length, bytes };
}

/** index.json: every name the OCI way, with containerd's full name on images, and referrers. */
function indexOf(writer: ArchiveWriter) {
  const manifests: Descriptor[] = writer.refs.map((ref) => ({
    ...ref.descriptor,
    annotations: {
      [Annotation.refName]: `${ref.name}:${ref.tag}`,
      // Not on referrer tags: `docker load` (containerd store) would make images of them.
      ...(isReferrerTag(ref.tag) ? {} : { [Annotation.containerdName]: `${ref.name}:${ref.tag}` }),
    },
  }));
  manifests.push(...writer.roots.values());
  for (const referrer of writer.referrers.values()) {
    const { subject: _subject, ...descriptor } = referrer;
    manifests.push(descriptor);
  }
  return { schemaVersion: 2, mediaType: MediaType.ociIndex, manifests };
}

/**
 * manifest.json: one item per image manifest, with its names. An index gives the platform asked
 * for, else linux/amd64, else its first; `strict` (format `docker`) refuses an index instead.
 */
async function dockerItems(
  writer: ArchiveWriter,
  platform: Platform | undefined,
  strict: boolean,
): Promise<DockerSaveItem[]> {
  const byManifest = new Map<string, DockerSaveItem>();
  for (const ref of writer.refs) {
    if (isReferrerTag(ref.tag)) continue;
    let manifest = await readJson(writer, ref.descriptor.digest);
    if (isIndexMediaType(ref.descriptor.mediaType)) {
      if (strict) {
        throw new UserError(
          `${ref.name}:${ref.tag} is a multi-platform index; format docker holds one platform per image: set platforms to one of them`,
        );
      }
      const child = pickPlatform((manifest.manifests as Descriptor[]) ?? [], platform);
      if (!child) continue;
      manifest = await readJson(writer, child.digest);
    }
    const config = manifest.config as Descriptor | undefined;
    const layers = (manifest.layers as Descriptor[] | undefined) ?? [];
    if (!config || !isImageConfig(config.mediaType)) continue;
    const key = config.digest;
    const item = byManifest.get(key) ?? {
      Config: blobName(config.digest, writer.label),
      RepoTags: [],
      Layers: layers.map((l) => blobName(l.digest, writer.label)),
    };
    item.RepoTags!.push(`${ref.name}:${ref.tag}`);
    byManifest.set(key, item);
  }
  return [...byManifest.values()];
}

function pickPlatform(
  children: Descriptor[],
  wanted: Platform | undefined,
): Descriptor | undefined {
  const real = children.filter((c) => !isAttestation(c));
  const is = (c: Descriptor, p: Platform) =>
    c.platform?.os === p.os &&
    c.platform?.architecture === p.architecture &&
    (!p.variant || c.platform?.variant === p.variant);
  return (
    (wanted && real.find((c) => is(c, wanted))) ??
    real.find((c) => is(c, { os: 'linux', architecture: 'amd64' })) ??
    real[0]
  );
}

function isImageConfig(mediaType: string): boolean {
  return (
    mediaType === 'application/vnd.oci.image.config.v1+json' ||
    mediaType === 'application/vnd.docker.container.image.v1+json'
  );
}

/** `repositories`, docker's older table: name → tag → the image's top layer. */
function repositoriesOf(items: DockerSaveItem[]) {
  const table: Record<string, Record<string, string>> = {};
  for (const item of items) {
    const top = item.Layers.at(-1)?.split('/').pop();
    if (!top) continue;
    for (const repoTag of item.RepoTags ?? []) {
      const at = repoTag.lastIndexOf(':');
      (table[repoTag.slice(0, at)] ??= {})[repoTag.slice(at + 1)] = top;
    }
  }
  return table;
}

async function readJson(writer: ArchiveWriter, digest: string): Promise<Record<string, unknown>> {
  return JSON.parse((await writer.blobs.read(digest)).toString('utf8')) as Record<string, unknown>;
}

async function packTar(
  files: Map<string, string>,
  blobs: { name: string; size: number }[],
  dir: string,
  destination: string,
  stdout: Writable | undefined,
): Promise<void> {
  const tar = pack();
  const toStdout = destination === '-';
  const partial = `${destination}.partial-${process.pid}`;
  if (!toStdout) await mkdir(path.dirname(path.resolve(destination)), { recursive: true });
  const sink = toStdout
    ? (stdout ?? process.stdout)
    : createWriteStream(partial, { flags: 'w', highWaterMark: CHUNK });
  const done = /\.(tar\.gz|tgz)$/.test(destination)
    ? pipeline(tar, createGzip(), sink)
    : pipeline(tar, sink);
  // Small files first: a reader that streams the tar (containerd's import) meets the names early.
  const small = (name: string, body: Buffer, type: 'file' | 'directory' = 'file') =>
    new Promise<void>((resolve, reject) =>
      tar.entry({ name, type, mtime: EPOCH, mode: type === 'file' ? 0o644 : 0o755 }, body, (e) =>
        e ? reject(e) : resolve(),
      ),
    );
  try {
    for (const [name, text] of files) await small(name, Buffer.from(text));
    await small('blobs/', Buffer.alloc(0), 'directory');
    for (const folder of new Set(blobs.map((b) => path.posix.dirname(b.name))))
      await small(`${folder}/`, Buffer.alloc(0), 'directory');
    for (const blob of blobs) {
      let finished!: Promise<void>;
      const stream = await new Promise<ReturnType<typeof tar.entry>>((resolve) => {
        finished = new Promise<void>((ok, fail) => {
          resolve(
            tar.entry({ name: blob.name, size: blob.size, mtime: EPOCH, mode: 0o644 }, (e) =>
              e ? fail(e) : ok(),
            ),
          );
        });
      });
      for await (const chunk of createReadStream(path.join(dir, blob.name), {
        highWaterMark: CHUNK,
      })) {
        if (!stream.write(chunk as Buffer))
          await new Promise<void>((ok) => stream.once('drain', () => ok()));
      }
      stream.end(undefined as unknown as Buffer);
      await finished;
    }
    tar.finalize();
    await done;
    if (!toStdout) await rename(partial, destination);
  } catch (error) {
    tar.destroy();
    await done.catch(() => {});
    if (!toStdout) await rm(partial, { force: true });
    throw error;
  }
}
