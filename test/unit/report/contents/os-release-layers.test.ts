import { describe, expect, it } from '@jest/globals';
import { gzipSync } from 'node:zlib';
import * as zlib from 'node:zlib';
import { pack, type Header } from 'tar-stream';
import type { Descriptor } from '../../../../src/oci/manifest.js';
import { readDistroFromLayers } from '../../../../src/report/contents/os-release-layers.js';
import { MemoryStore } from '../../../helpers/memory-store.js';

const TAR = 'application/vnd.oci.image.layer.v1.tar';
const DEBIAN = 'ID=debian\nVERSION_ID="12"\nPRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\n';

type Entry = Partial<Header> & { name: string; content?: string | Buffer };

async function tar(entries: Entry[]): Promise<Buffer> {
  const archive = pack();
  const chunks: Buffer[] = [];
  archive.on('data', (chunk) => chunks.push(chunk as Buffer));
  const ended = new Promise<void>((resolve) => archive.on('end', () => resolve()));
  for (const { content, ...header } of entries) {
    await new Promise<void>((resolve, reject) =>
      archive.entry(header, content ?? '', (error) => (error ? reject(error) : resolve())),
    );
  }
  archive.finalize();
  await ended;
  return Buffer.concat(chunks);
}

async function read(
  store: MemoryStore,
  layers: Descriptor[],
  budgetBytes = 64 * 1024 * 1024,
): Promise<{ distro: unknown; notes: string[] }> {
  const notes: string[] = [];
  const distro = await readDistroFromLayers(store, layers, {
    budgetBytes,
    note: (m) => notes.push(m),
    warn: (m) => notes.push(`warning: ${m}`),
    where: 'memory: acme/app',
  });
  return { distro, notes };
}

describe('os-release from the layers', () => {
  it('follows a hard link, and a link from /etc into the layer below', async () => {
    const store = new MemoryStore();
    const bottom = store.blob(await tar([{ name: 'usr/lib/os-release', content: DEBIAN }]));
    const top = store.blob(
      gzipSync(
        await tar([{ name: 'etc/os-release', type: 'link', linkname: 'usr/lib/os-release' }]),
      ),
      `${TAR}+gzip`,
    );
    const { distro } = await read(store, [bottom, top]);
    expect(distro).toMatchObject({ id: 'debian', version_id: '12', digest: bottom.digest });
  });

  it('ends a loop of links without an answer', async () => {
    const store = new MemoryStore();
    const layer = store.blob(
      await tar([
        { name: 'etc/os-release', type: 'symlink', linkname: 'os-release-2' },
        { name: 'etc/os-release-2', type: 'symlink', linkname: '/etc/os-release' },
        { name: 'usr/lib/os-release', type: 'symlink', linkname: '../../etc/os-release' },
      ]),
    );
    expect((await read(store, [layer])).distro).toBeNull();
  });

  it('does not read an os-release larger than 64 KiB', async () => {
    const store = new MemoryStore();
    const layer = store.blob(
      await tar([{ name: './etc/os-release', content: `ID=debian\n${'#'.repeat(70_000)}\n` }]),
    );
    const { distro, notes } = await read(store, [layer]);
    expect(distro).toBeNull();
    expect(notes).toEqual([
      `memory: acme/app: /etc/os-release in ${layer.digest} is larger than 64 KiB: not read`,
    ]);
  });

  it('stops a gzip bomb at the expansion bound', async () => {
    const store = new MemoryStore();
    // 40 MiB of zeros in one file gzip to some 40 KiB: far beyond 16 times a 1 MiB budget.
    const bomb = store.blob(
      gzipSync(await tar([{ name: 'zeros', content: Buffer.alloc(40 * 1024 * 1024) }])),
      `${TAR}+gzip`,
    );
    await expect(read(store, [bomb], 1024 * 1024)).rejects.toThrow(
      `the layer ${bomb.digest} unpacks to more than 16 MiB: not read further`,
    );
  });

  it('passes over a foreign layer, and stops at a layer that is no tar', async () => {
    const store = new MemoryStore();
    const base = store.blob(await tar([{ name: 'etc/os-release', content: DEBIAN }]));
    const foreign: Descriptor = {
      mediaType: 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip',
      digest: `sha256:${'f'.repeat(64)}`,
      size: 10,
    };
    expect((await read(store, [base, foreign])).distro).toMatchObject({ id: 'debian' });
    const helm = store.blob('{}', 'application/vnd.cncf.helm.chart.content.v1.tar+gzip');
    const { distro, notes } = await read(store, [base, helm]);
    expect(distro).toBeNull();
    expect(notes).toEqual([
      `memory: acme/app: the layer ${helm.digest} is application/vnd.cncf.helm.chart.content.v1.tar+gzip, not a tar: os-release is not looked for below it`,
    ]);
  });

  it('reads a zstd layer where Node.js can, and says it cannot where it cannot', async () => {
    const store = new MemoryStore();
    const plain = await tar([{ name: 'etc/os-release', content: DEBIAN }]);
    const compress = (zlib as { zstdCompressSync?: (b: Buffer) => Buffer }).zstdCompressSync;
    // The bytes need not be zstd where they are never read.
    const layer = store.blob(compress ? compress(plain) : plain, `${TAR}+zstd`);
    const { distro, notes } = await read(store, [layer]);
    if (compress) {
      expect(distro).toMatchObject({ id: 'debian' });
    } else {
      expect(distro).toBeNull();
      expect(notes).toEqual([
        `warning: memory: acme/app: the layer ${layer.digest} is zstd-compressed, which this Node.js cannot read: os-release is not looked for below it`,
      ]);
    }
  });

  it('fails on a layer whose bytes are not its digest, naming it', async () => {
    const store = new MemoryStore();
    const layer = store.blob(await tar([{ name: 'etc/os-release', content: DEBIAN }]));
    store.blobs.set(layer.digest, await tar([{ name: 'etc/os-release', content: 'ID=evil\n' }]));
    await expect(read(store, [layer])).rejects.toThrow(`blob ${layer.digest} arrived as sha256:`);
  });
});
