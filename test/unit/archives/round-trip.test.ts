import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { copyImage } from '../../../src/images/copy.js';
import { ArchiveWriter } from '../../../src/archives/writer.js';
import { blobStoreFor } from '../../../src/archives/blob-store.js';
import { finishArchive, type ArchiveFormat } from '../../../src/archives/finish.js';
import { openArchive } from '../../../src/archives/open.js';
import { MemoryStore, OCI_INDEX } from '../../helpers/memory-store.js';
import { makeTar } from '../../helpers/tar.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'archives-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Saves `tag` of each store into one archive, as the save action does. */
async function save(stores: MemoryStore[], tag: string, file: string, format: ArchiveFormat) {
  const work = await mkdtemp(path.join(dir, 'work-'));
  const store = await blobStoreFor(file, format === 'oci-dir', work, `archive ${file}`);
  const writer = new ArchiveWriter(store, `archive ${file}`);
  for (const store of stores) {
    const root = await store.getManifest(tag);
    await copyImage(store, root, writer.repository(`localhost:5000/${store.name}`), [tag]);
  }
  return finishArchive(writer, file, { format });
}

describe('an archive written and read back', () => {
  it.each(['oci', 'oci-dir'] as const)(
    'keeps two images, their shared blobs once, and every digest (%s)',
    async (format) => {
      const app = new MemoryStore('acme/app');
      const api = new MemoryStore('acme/api');
      const a = app.image('shared layer', 'v1');
      const b = api.image('shared layer', 'v1');
      const file = path.join(dir, format === 'oci' ? 'images.tar' : 'layout');
      const written = await save([app, api], 'v1', file, format);
      // One config and one layer, both shared, and two... the configs are equal too.
      expect(written.blobs).toBe(3);

      const archive = await openArchive(file, dir);
      expect(archive.images.map((i) => i.ref).sort()).toEqual([
        'localhost:5000/acme/api:v1',
        'localhost:5000/acme/app:v1',
      ]);
      const picked = archive.pick('localhost:5000/acme/app:v1');
      expect(picked.root.digest).toBe(a.digest);
      expect(archive.pick('acme/api:v1').root.digest).toBe(b.digest);

      const target = new MemoryStore('acme/app');
      const result = await copyImage(
        archive.source(picked),
        await archive.source(picked).getManifest('v1'),
        target,
        ['v1'],
      );
      expect(result.digest).toBe(a.digest);
      expect((await target.getManifest('v1')).bytes).toEqual(a.bytes);
    },
  );

  it('carries an index and its referrers both ways tools look for them', async () => {
    const store = new MemoryStore('acme/app');
    const amd = store.image('amd64 layer');
    const arm = store.image('arm64 layer');
    const index = store.manifest(
      {
        schemaVersion: 2,
        mediaType: OCI_INDEX,
        manifests: [
          { ...amd, platform: { os: 'linux', architecture: 'amd64' } },
          { ...arm, platform: { os: 'linux', architecture: 'arm64' } },
        ].map(({ bytes: _b, ...d }) => d),
      },
      OCI_INDEX,
      'v1',
    );
    const sbom = store.blob('{"spdxVersion":"SPDX-2.3"}', 'application/spdx+json');
    const referrer = store.manifest({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      artifactType: 'application/spdx+json',
      config: {
        mediaType: 'application/vnd.oci.empty.v1+json',
        digest: store.blob('{}').digest,
        size: 2,
      },
      layers: [sbom],
      subject: { mediaType: OCI_INDEX, digest: index.digest, size: index.size },
    });
    store.referrersApi = new Map([[index.digest, [{ ...referrer, bytes: undefined } as never]]]);
    store.referrersApi.set(index.digest, [
      {
        mediaType: referrer.mediaType,
        digest: referrer.digest,
        size: referrer.size,
        artifactType: 'application/spdx+json',
      },
    ]);
    const file = path.join(dir, 'app.tar.gz');
    await save([store], 'v1', file, 'oci');
    expect((await readFile(file)).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));

    const archive = await openArchive(file, dir + '/spool-1'.slice(0, 0));
    expect(archive.images).toHaveLength(1);
    const source = archive.source(archive.images[0]);
    expect(await source.listReferrers(index.digest)).toEqual([
      expect.objectContaining({ digest: referrer.digest, artifactType: 'application/spdx+json' }),
    ]);
    // The referrers tag schema's index is there as well, under the image's name.
    expect((await source.listTags(100)).tags).toEqual([`sha256-${index.digest.slice(7)}`, 'v1']);
    const target = new MemoryStore('acme/app');
    const result = await copyImage(source, await source.getManifest('v1'), target, ['v1']);
    expect(result.plan.referrers.map((r) => r.digest)).toEqual([referrer.digest]);
    expect(target.manifests.get(referrer.digest)?.bytes).toEqual(referrer.bytes);
    expect(target.manifests.get(arm.digest)?.bytes).toEqual(arm.bytes);
  });

  it('reads a gzipped archive from standard input, spooled once', async () => {
    const store = new MemoryStore('acme/app');
    const image = store.image('layer', 'v1');
    const file = path.join(dir, 'app.tar');
    await save([store], 'v1', file, 'oci');
    const { Readable } = await import('node:stream');
    const stdin = Readable.from([gzipSync(await readFile(file))]);
    const spool = path.join(dir, 'spool');
    await (await import('node:fs/promises')).mkdir(spool);
    const archive = await openArchive('-', spool, stdin);
    expect(archive.label).toBe('archive on standard input');
    expect(archive.pick(undefined).root.digest).toBe(image.digest);
  });

  it('writes a docker save tar of one platform, which reads back with its config unchanged', async () => {
    const store = new MemoryStore('acme/app');
    const layer = store.blob('a tar, uncompressed');
    const config = store.blob(
      JSON.stringify({
        architecture: 'amd64',
        os: 'linux',
        rootfs: { type: 'layers', diff_ids: [layer.digest] },
      }),
      'application/vnd.oci.image.config.v1+json',
    );
    store.manifest(
      {
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config,
        layers: [layer],
      },
      undefined,
      'v1',
    );
    const file = path.join(dir, 'docker.tar');
    await save([store], 'v1', file, 'docker');
    const archive = await openArchive(file, dir);
    const image = archive.pick('localhost:5000/acme/app:v1');
    // A tar without index.json: the manifest is made anew, around the same config.
    const made = JSON.parse((await archive.source(image).getManifest('v1')).bytes.toString());
    expect(made.config.digest).toBe(config.digest);
    expect(made.layers).toEqual([
      { ...layer, mediaType: 'application/vnd.oci.image.layer.v1.tar' },
    ]);
  });

  it("reads crane's tarball: a config named by its digest, gzipped layers kept as they are", async () => {
    const { createHash } = await import('node:crypto');
    const hex = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
    const layerTar = await makeTar([{ name: 'hello.txt', body: 'hello\n' }]);
    const layerGz = gzipSync(layerTar);
    const config = JSON.stringify({
      os: 'linux',
      architecture: 'amd64',
      rootfs: { type: 'layers', diff_ids: [`sha256:${hex(layerTar)}`] },
    });
    const file = path.join(dir, 'crane.tar');
    await (
      await import('node:fs/promises')
    ).writeFile(
      file,
      await makeTar([
        { name: `sha256:${hex(config)}`, body: config },
        { name: `${hex(layerGz)}.tar.gz`, body: layerGz },
        {
          name: 'manifest.json',
          body: JSON.stringify([
            {
              Config: `sha256:${hex(config)}`,
              RepoTags: ['ghcr.io/acme/app:1'],
              Layers: [`${hex(layerGz)}.tar.gz`],
            },
          ]),
        },
      ]),
    );
    const archive = await openArchive(file, dir);
    const image = archive.pick('ghcr.io/acme/app:1');
    const made = JSON.parse((await archive.source(image).getManifest('1')).bytes.toString());
    expect(made.config.digest).toBe(`sha256:${hex(config)}`);
    expect(made.layers).toEqual([
      {
        mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
        digest: `sha256:${hex(layerGz)}`,
        size: layerGz.length,
      },
    ]);
  });
});

describe('the tar a save writes blobs into', () => {
  it('holds a blob written twice at once (two tags of one manifest) once', async () => {
    const { TarFileBlobs } = await import('../../../src/archives/blob-store.js');
    const { Readable } = await import('node:stream');
    const file = path.join(dir, 'twice.tar');
    const store = await TarFileBlobs.create(file, 'archive twice.tar');
    const bytes = Buffer.from('{"schemaVersion":2}');
    const digest = `sha256:${(await import('node:crypto')).createHash('sha256').update(bytes).digest('hex')}`;
    await Promise.all([
      store.write(digest, bytes.length, Readable.from([bytes])),
      store.write(digest, bytes.length, Readable.from([bytes])),
    ]);
    await store.finish(new Map([['index.json', '{"schemaVersion":2,"manifests":[]}']]));
    expect(await store.list()).toEqual([
      { name: `blobs/${digest.replace(':', '/')}`, size: bytes.length },
    ]);
    // Read back as an archive: an entry twice would be refused.
    const { indexTar } = await import('../../../src/archives/tar-index.js');
    const entries = await indexTar(file, 'archive twice.tar');
    expect([...entries.keys()].sort()).toEqual([`blobs/${digest.replace(':', '/')}`, 'index.json']);
  });
});
