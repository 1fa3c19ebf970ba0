import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import type { Repository } from '../../../src/distribution/repository.js';
import type { RawManifest } from '../../../src/oci/manifest.js';
import type { Endpoint } from '../../../src/credentials/resolve.js';
import { readImageFacts } from '../../../src/report/image-facts.js';
import { isoTime } from '../../../src/report/time.js';

const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json';

const digestOf = (bytes: Buffer) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

/** A repository in memory: manifests and blobs by digest, the index also by its tag. */
function memoryRepository() {
  const manifests = new Map<string, RawManifest>();
  const blobs = new Map<string, Buffer>();
  const repository = {
    label: 'memory',
    name: 'acme/shop',
    getManifest: async (reference: string) => {
      const found = manifests.get(reference);
      if (!found) throw new Error(`no manifest ${reference}`);
      return found;
    },
    getBlob: async (digest: string) => {
      const found = blobs.get(digest);
      if (!found) throw new Error(`no blob ${digest}`);
      return found;
    },
  } as unknown as Repository;
  function put(kind: 'manifest' | 'blob', value: unknown, mediaType = OCI_MANIFEST) {
    const bytes = Buffer.from(JSON.stringify(value));
    const digest = digestOf(bytes);
    if (kind === 'blob') blobs.set(digest, bytes);
    else manifests.set(digest, { bytes, mediaType, digest });
    return { digest, size: bytes.length, mediaType };
  }
  /**
   * One platform image whose config says it was created at `created`, with more config fields,
   * manifest annotations and index platform fields where given.
   */
  function image(
    architecture: string,
    created: string | undefined,
    more: {
      config?: Record<string, unknown>;
      annotations?: Record<string, string>;
      platform?: Record<string, string>;
    } = {},
  ) {
    const config = put('blob', { os: 'linux', architecture, created, config: {}, ...more.config });
    const layer = put('blob', { layer: architecture });
    const manifest = put('manifest', {
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { ...config, mediaType: OCI_CONFIG },
      layers: [{ ...layer, mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip' }],
      ...(more.annotations ? { annotations: more.annotations } : {}),
    });
    return { ...manifest, platform: { os: 'linux', architecture, ...more.platform } };
  }
  function index(
    tag: string,
    children: ReturnType<typeof image>[],
    annotations?: Record<string, string>,
  ) {
    const raw = put(
      'manifest',
      {
        schemaVersion: 2,
        mediaType: OCI_INDEX,
        manifests: children,
        ...(annotations ? { annotations } : {}),
      },
      OCI_INDEX,
    );
    manifests.set(tag, manifests.get(raw.digest)!);
  }
  return { repository, image, index };
}

const endpoint = { domain: 'ghcr.io', label: 'ghcr.io (anonymous)' } as Endpoint;
const ref = (tag: string) => ({ domain: 'ghcr.io', repository: 'acme/shop', tag });

describe('times', () => {
  it.each([
    ['2024-03-04T05:06:07.123456789Z', '2024-03-04T05:06:07.123Z'],
    ['2024-03-04T07:06:07+02:00', '2024-03-04T05:06:07.000Z'],
    // SOURCE_DATE_EPOCH=0 builds: a real, if old, time.
    ['1970-01-01T00:00:00Z', '1970-01-01T00:00:00.000Z'],
    // Go's zero time.Time: what Go tools write when they know no time.
    ['0001-01-01T00:00:00Z', null],
    ['0001-01-01T00:00:00.000Z', null],
    ['yesterday', null],
    ['', null],
    [undefined, null],
  ])('%j', (value, expected) => {
    expect(isoTime(value)).toBe(expected);
  });
});

describe('the image created time', () => {
  it('is the latest of the platforms, not the first', async () => {
    const { repository, image, index } = memoryRepository();
    index('1.0', [
      image('amd64', '2024-05-01T10:00:00Z'),
      image('arm64', '2024-05-03T10:00:00Z'),
      image('s390x', '2024-05-02T10:00:00Z'),
    ]);
    const facts = await readImageFacts(repository, ref('1.0'), endpoint);
    expect(facts.platforms.map((p) => p.created)).toEqual([
      '2024-05-01T10:00:00.000Z',
      '2024-05-03T10:00:00.000Z',
      '2024-05-02T10:00:00.000Z',
    ]);
    expect(facts.created).toBe('2024-05-03T10:00:00.000Z');
  });

  it("skips platforms with no time or Go's zero time; null when none has one", async () => {
    const { repository, image, index } = memoryRepository();
    index('some', [
      image('amd64', '0001-01-01T00:00:00Z'),
      image('arm64', '2024-05-01T10:00:00Z'),
      image('s390x', undefined),
    ]);
    const some = await readImageFacts(repository, ref('some'), endpoint);
    expect(some.platforms.map((p) => p.created)).toEqual([null, '2024-05-01T10:00:00.000Z', null]);
    expect(some.created).toBe('2024-05-01T10:00:00.000Z');

    index('none', [image('ppc64le', '0001-01-01T00:00:00Z'), image('riscv64', undefined)]);
    expect((await readImageFacts(repository, ref('none'), endpoint)).created).toBeNull();
  });
});

const BASE_NAME = 'org.opencontainers.image.base.name';
const BASE_DIGEST = 'org.opencontainers.image.base.digest';
const ALPINE = `sha256:${'e'.repeat(64)}`;

describe('the base image', () => {
  it("is read from the index's annotations first", async () => {
    const { repository, image, index } = memoryRepository();
    index(
      '1.0',
      [image('amd64', undefined, { annotations: { [BASE_NAME]: 'docker.io/library/debian:12' } })],
      { [BASE_NAME]: 'docker.io/library/alpine:3.20', [BASE_DIGEST]: ALPINE },
    );
    const facts = await readImageFacts(repository, ref('1.0'), endpoint);
    expect(facts.base).toEqual({ name: 'docker.io/library/alpine:3.20', digest: ALPINE });
  });

  it("else from the first platform's manifest, as buildx writes it there", async () => {
    const { repository, image, index } = memoryRepository();
    index('1.0', [
      image('amd64', undefined, { annotations: { [BASE_NAME]: 'alpine:3.20' } }),
      image('arm64', undefined, { annotations: { [BASE_NAME]: 'other' } }),
    ]);
    const facts = await readImageFacts(repository, ref('1.0'), endpoint);
    expect(facts.base).toEqual({ name: 'alpine:3.20', digest: null });
  });

  it('is null without the annotations, and leaves out a digest that is none', async () => {
    const { repository, image, index } = memoryRepository();
    index('plain', [image('amd64', undefined)]);
    expect((await readImageFacts(repository, ref('plain'), endpoint)).base).toBeNull();
    index('odd', [image('amd64', undefined)], { [BASE_DIGEST]: 'sha256:not hex' });
    expect((await readImageFacts(repository, ref('odd'), endpoint)).base).toBeNull();
  });
});

describe('platform details', () => {
  it("takes os.version and variant from the index's platform, else from the config", async () => {
    const { repository, image, index } = memoryRepository();
    index('win', [
      image('amd64', undefined, {
        config: { os: 'windows', 'os.version': '10.0.17763.5458' },
        platform: { os: 'windows' },
      }),
      image('arm64', undefined, { config: { variant: 'v8' } }),
      image('arm', undefined, {
        config: { variant: 'v6', 'os.version': 'ignored' },
        platform: { variant: 'v7', 'os.version': '1.2' },
      }),
    ]);
    const facts = await readImageFacts(repository, ref('win'), endpoint);
    expect(facts.platforms.map((p) => [p.os, p.architecture, p.variant, p.os_version])).toEqual([
      ['windows', 'amd64', null, '10.0.17763.5458'],
      ['linux', 'arm64', 'v8', null],
      ['linux', 'arm', 'v7', '1.2'],
    ]);
  });

  it('lists the layers of each platform with their history', async () => {
    const { repository, image, index } = memoryRepository();
    const history = [
      { created_by: 'ADD rootfs.tar /', created: '2024-01-01T00:00:00Z' },
      { created_by: 'CMD ["sh"]', empty_layer: true },
    ];
    const child = image('amd64', undefined, { config: { history } });
    index('1.0', [child]);
    const [platform] = (await readImageFacts(repository, ref('1.0'), endpoint)).platforms;
    expect(platform.layers).toEqual([
      expect.objectContaining({
        created_by: 'ADD rootfs.tar /',
        empty_layer: false,
        size: expect.any(Number),
      }),
      expect.objectContaining({
        created_by: 'CMD ["sh"]',
        empty_layer: true,
        digest: null,
        size: 0,
      }),
    ]);
    expect(platform.layers[0].digest).toMatch(/^sha256:/);
  });
});
