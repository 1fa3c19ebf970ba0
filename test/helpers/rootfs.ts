import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { MEDIA_TYPES, pushBlob, pushManifest, sha256Digest, type Blob } from './images.js';
import type { TestRegistry } from './registry.js';
import { makeTempDir, removeTempDir, run } from './util.js';

/**
 * Image layers made as a builder makes them: a folder of files archived by GNU tar (not by the
 * tar library the code under test reads with), gzipped or not, and images of such layers pushed
 * to a test registry.
 */

/** A file's content, or a symbolic link (`{ link: '../usr/lib/os-release' }`). */
export type Entry = string | Buffer | { link: string };

/** A layer's tar of `files` (path → entry), made by GNU tar; empty folders are not written. */
export async function tarLayer(files: Record<string, Entry>): Promise<Buffer> {
  const dir = await makeTempDir('rootfs-');
  try {
    const root = join(dir, 'root');
    await mkdir(root);
    for (const [path, entry] of Object.entries(files)) {
      const file = join(root, path);
      await mkdir(dirname(file), { recursive: true });
      if (typeof entry === 'object' && 'link' in entry) await symlink(entry.link, file);
      else await writeFile(file, entry);
    }
    const out = join(dir, 'layer.tar');
    await run('tar', [
      '--create',
      '--file',
      out,
      '--directory',
      root,
      '--sort=name',
      '--owner=0',
      '--group=0',
      '--numeric-owner',
      '--mtime=2024-01-01 00:00:00Z',
      '.',
    ]);
    return await readFile(out);
  } finally {
    await removeTempDir(dir);
  }
}

export interface LayerSpec {
  files: Record<string, Entry>;
  /** gzip the tar, as registries mostly hold layers; default true */
  gzip?: boolean;
}

export interface PushedRootfsImage {
  digest: string;
  bytes: Buffer;
  layers: Blob[];
  config: Blob;
}

/** Pushes an OCI image of the layers (first is the bottom), by `tag` or by digest. */
export async function pushRootfsImage(
  reg: TestRegistry,
  repo: string,
  tag: string | undefined,
  layers: LayerSpec[],
  options: { platform?: { os: string; architecture: string } } = {},
): Promise<PushedRootfsImage> {
  const platform = options.platform ?? { os: 'linux', architecture: 'amd64' };
  const blobs: Blob[] = [];
  const diffIds: string[] = [];
  for (const layer of layers) {
    const tar = await tarLayer(layer.files);
    diffIds.push(sha256Digest(tar));
    const gzip = layer.gzip ?? true;
    blobs.push(
      await pushBlob(
        reg,
        repo,
        gzip ? gzipSync(tar) : tar,
        gzip ? `${MEDIA_TYPES.ociLayer}+gzip` : MEDIA_TYPES.ociLayer,
      ),
    );
  }
  const config = await pushBlob(
    reg,
    repo,
    Buffer.from(
      JSON.stringify({
        created: '2024-01-01T00:00:00Z',
        ...platform,
        config: {},
        rootfs: { type: 'layers', diff_ids: diffIds },
        history: layers.map(() => ({ created_by: 'COPY rootfs / # buildkit' })),
      }),
    ),
    MEDIA_TYPES.ociConfig,
  );
  const bytes = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociManifest,
      config: { mediaType: config.mediaType, digest: config.digest, size: config.size },
      layers: blobs.map((b) => ({ mediaType: b.mediaType, digest: b.digest, size: b.size })),
    }),
  );
  const digest = await pushManifest(
    reg,
    repo,
    tag ?? sha256Digest(bytes),
    MEDIA_TYPES.ociManifest,
    bytes,
  );
  return { digest, bytes, layers: blobs, config };
}

export const DEBIAN_OS_RELEASE = `PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
NAME="Debian GNU/Linux"
VERSION_ID="12"
VERSION="12 (bookworm)"
VERSION_CODENAME=bookworm
ID=debian
HOME_URL="https://www.debian.org/"
`;

export const ALPINE_OS_RELEASE = `NAME="Alpine Linux"
ID=alpine
VERSION_ID=3.20.3
PRETTY_NAME="Alpine Linux v3.20"
HOME_URL="https://alpinelinux.org/"
`;
