import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import type { Repository } from '../../../src/registry/client.js';
import type { RawManifest } from '../../../src/registry/manifest.js';
import type { Endpoint } from '../../../src/registry/resolve.js';
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
  /** One platform image whose config says it was created at `created`. */
  function image(architecture: string, created: string | undefined) {
    const config = put('blob', { os: 'linux', architecture, created, config: {} });
    const layer = put('blob', { layer: architecture });
    const manifest = put('manifest', {
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { ...config, mediaType: OCI_CONFIG },
      layers: [{ ...layer, mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip' }],
    });
    return { ...manifest, platform: { os: 'linux', architecture } };
  }
  function index(tag: string, children: ReturnType<typeof image>[]) {
    const raw = put(
      'manifest',
      { schemaVersion: 2, mediaType: OCI_INDEX, manifests: children },
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
