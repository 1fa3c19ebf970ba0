import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { openArchive } from '../../../src/archives/open.js';
import { entryName } from '../../../src/archives/entry-name.js';
import { makeTar, type TarItem } from '../../helpers/tar.js';

const sha = (b: string | Buffer) => createHash('sha256').update(b).digest('hex');
const MANIFEST = 'application/vnd.oci.image.manifest.v1+json';

/** A valid one-image OCI layout's entries, to spoil one by one. */
function layout(overrides: { ref?: string; manifestBody?: string } = {}): TarItem[] {
  const layer = 'layer bytes';
  const config = JSON.stringify({
    os: 'linux',
    architecture: 'amd64',
    rootfs: { type: 'layers', diff_ids: [`sha256:${sha(layer)}`] },
  });
  const manifest =
    overrides.manifestBody ??
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MANIFEST,
      config: {
        mediaType: 'application/vnd.oci.image.config.v1+json',
        digest: `sha256:${sha(config)}`,
        size: config.length,
      },
      layers: [
        {
          mediaType: 'application/vnd.oci.image.layer.v1.tar',
          digest: `sha256:${sha(layer)}`,
          size: layer.length,
        },
      ],
    });
  const index = JSON.stringify({
    schemaVersion: 2,
    manifests: [
      {
        mediaType: MANIFEST,
        digest: `sha256:${sha(manifest)}`,
        size: manifest.length,
        annotations: {
          'org.opencontainers.image.ref.name': overrides.ref ?? 'localhost:5000/acme/app:v1',
        },
      },
    ],
  });
  return [
    { name: 'oci-layout', body: '{"imageLayoutVersion":"1.0.0"}' },
    { name: 'index.json', body: index },
    { name: `blobs/sha256/${sha(manifest)}`, body: manifest },
    { name: `blobs/sha256/${sha(config)}`, body: config },
    { name: `blobs/sha256/${sha(layer)}`, body: layer },
  ];
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hostile-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function open(items: TarItem[] | Buffer, name = 'bad.tar') {
  const file = path.join(dir, name);
  await writeFile(file, Buffer.isBuffer(items) ? items : await makeTar(items));
  return openArchive(file, dir);
}

describe('a hostile or broken archive', () => {
  it('is read when nothing is wrong with it (the baseline)', async () => {
    const archive = await open(layout());
    expect(archive.images.map((i) => i.ref)).toEqual(['localhost:5000/acme/app:v1']);
  });

  const layer = `blobs/sha256/${sha('layer bytes')}`;
  it.each<[string, () => Promise<TarItem[] | Buffer>, RegExp]>([
    [
      'an entry with ..',
      async () => [...layout(), { name: '../../etc/passwd', body: 'x' }],
      /entry "..\/..\/etc\/passwd" has ".." in its path/,
    ],
    [
      'an absolute entry',
      async () => [{ name: '/etc/cron.d/x', body: 'x' }, ...layout()],
      /entry "\/etc\/cron.d\/x" has an absolute path/,
    ],
    [
      'a symbolic link',
      async () => [
        ...layout(),
        { name: 'blobs/sha256/evil', type: 'symlink', linkname: '/etc/shadow' },
      ],
      /entry blobs\/sha256\/evil is a symbolic link to \/etc\/shadow, outside the archive/,
    ],
    [
      'a symbolic link up and out',
      async () => [...layout(), { name: 'a/layer.tar', type: 'symlink', linkname: '../../x' }],
      /entry a\/layer.tar is a symbolic link to ..\/..\/x, outside the archive/,
    ],
    [
      'a hard link to nothing in the archive',
      async () => [...layout(), { name: 'x', type: 'link', linkname: 'y' }],
      /entry x is a link to y, which is no file of the archive/,
    ],
    [
      'a device',
      async () => [...layout(), { name: 'dev', type: 'character-device' }],
      /entry dev is a character-device, not a file/,
    ],
    [
      'a truncated tar',
      async () => (await makeTar(layout())).subarray(0, 1800),
      /the tar ends early/,
    ],
    [
      'a blob that does not match its name',
      async () => layout().map((i) => (i.name === layer ? { ...i, body: 'other bytes' } : i)),
      new RegExp(`entry ${layer} holds bytes of sha256:${sha('other bytes')}, not of`),
    ],
    [
      'a blob missing that a manifest names',
      async () => layout().filter((i) => i.name !== layer),
      new RegExp(`names sha256:${sha('layer bytes')}, which the archive does not hold`),
    ],
    [
      'index.json naming a manifest it lacks',
      async () => layout().filter((i) => !i.name.startsWith('blobs/')),
      /index.json entry 1 names sha256:[0-9a-f]{64}, which the archive does not hold/,
    ],
    [
      'a manifest over 4 MiB',
      async () =>
        layout({
          manifestBody: JSON.stringify({ schemaVersion: 2, pad: 'x'.repeat(4 * 1024 * 1024) }),
        }),
      /is 41943\d\d bytes, over the 4 MiB such a file may have/,
    ],
    [
      'an entry twice',
      async () => [...layout(), { name: 'index.json', body: '{}' }],
      /entry index.json appears twice/,
    ],
    [
      'no index.json and no manifest.json',
      async () => [{ name: 'hello', body: 'x' }],
      /holds neither index.json nor manifest.json/,
    ],
    ['not a tar at all', async () => Buffer.from('x'.repeat(2048)), /not a readable tar/],
  ])('%s: one line naming the entry', async (_what, make, message) => {
    const error = await open(await make()).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('UserError');
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toMatch(/^archive .*bad\.tar: /);
    expect((error as Error).message).not.toContain('\n');
  });

  it('two images under one ref name', async () => {
    const items = layout();
    const index = JSON.parse(String(items[1].body));
    const other = layout({
      manifestBody:
        '{"schemaVersion":2,"mediaType":"' +
        MANIFEST +
        '","config":' +
        JSON.stringify(JSON.parse(String(items[2].body)).config) +
        ',"layers":[]}',
    });
    index.manifests.push(JSON.parse(String(other[1].body)).manifests[0]);
    items[1] = { name: 'index.json', body: JSON.stringify(index) };
    items.push(other[2]);
    await expect(open(items)).rejects.toThrow(
      /names localhost:5000\/acme\/app:v1 again, for another image/,
    );
  });

  it('a manifest.json that lies about the layers', async () => {
    const layerA = 'layer A';
    const config = JSON.stringify({
      rootfs: { type: 'layers', diff_ids: [`sha256:${sha(layerA)}`] },
    });
    const items: TarItem[] = [
      {
        name: 'manifest.json',
        body: JSON.stringify([{ Config: 'c.json', RepoTags: ['app:v1'], Layers: ['x/layer.tar'] }]),
      },
      { name: 'c.json', body: config },
      { name: 'x/layer.tar', body: 'layer B' },
    ];
    await expect(open(items)).rejects.toThrow(
      new RegExp(
        `manifest.json item 1 \\(app:v1\\): layer 1 \\(x/layer.tar\\) is sha256:${sha('layer B')}, but its config says sha256:${sha(layerA)}`,
      ),
    );
    items[0] = {
      name: 'manifest.json',
      body: JSON.stringify([
        { Config: 'c.json', RepoTags: ['app:v1'], Layers: ['gone/layer.tar'] },
      ]),
    };
    await expect(open(items)).rejects.toThrow(
      /manifest.json names the layer gone\/layer.tar, which the archive does not hold/,
    );
  });
});

it('takes a link to another file of the archive as that file (docker save shares layers so)', async () => {
  const items = layout();
  const layer = items.find((i) => i.body === 'layer bytes')!;
  const file = path.join(dir, 'linked.tar');
  await writeFile(
    file,
    await makeTar([
      ...items.filter((i) => i !== layer),
      { name: 'real/layer.tar', body: 'layer bytes' },
      { name: layer.name, type: 'symlink', linkname: '../../real/layer.tar' },
    ]),
  );
  const archive = await openArchive(file, dir);
  expect(archive.images).toHaveLength(1);
});

it('a manifest.json beside index.json that names another image', async () => {
  const items = layout();
  const other = 'another config';
  items.push(
    { name: `blobs/sha256/${sha(other)}`, body: other },
    {
      name: 'manifest.json',
      body: JSON.stringify([
        {
          Config: `blobs/sha256/${sha(other)}`,
          RepoTags: ['localhost:5000/acme/app:v1'],
          Layers: [],
        },
      ]),
    },
  );
  await expect(open(items)).rejects.toThrow(
    `manifest.json item 1 (localhost:5000/acme/app:v1) does not match any image of index.json (config sha256:${sha(other)}); nothing was written`,
  );
});

describe('entry names', () => {
  it.each([
    ['./index.json', 'index.json'],
    ['blobs//sha256/./ab', 'blobs/sha256/ab'],
  ])('%s is %s', (raw, name) => {
    expect(entryName(raw, 'a')).toBe(name);
  });
});
