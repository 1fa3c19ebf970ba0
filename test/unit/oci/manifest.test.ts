import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { RegistryError } from '../../../src/errors.js';
import {
  MediaType,
  digestLike,
  digestMatches,
  parseImageConfig,
  parseImageIndex,
  parseImageManifest,
  parseManifestContents,
  referencedBlobs,
  sha256Digest,
  type RawManifest,
} from '../../../src/oci/manifest.js';

const digest = (c: string) => `sha256:${c.repeat(64)}`;
const layer = { mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: digest('a'), size: 5 };
const config = {
  mediaType: 'application/vnd.oci.image.config.v1+json',
  digest: digest('b'),
  size: 2,
};

function raw(document: unknown, mediaType: string = MediaType.ociManifest): RawManifest {
  const bytes = Buffer.from(typeof document === 'string' ? document : JSON.stringify(document));
  return { bytes, mediaType, digest: sha256Digest(bytes) };
}

const image = { schemaVersion: 2, mediaType: MediaType.ociManifest, config, layers: [layer] };

describe('image manifests, checked before use', () => {
  it('takes a sound one, OCI or Docker, with fields it does not read', () => {
    const withMore = { ...image, annotations: { a: 'b' }, somethingNew: [1, 2] };
    expect(parseImageManifest(raw(withMore), 'reg: app')).toEqual(withMore);
    const docker = { ...image, mediaType: MediaType.dockerManifest };
    expect(parseImageManifest(raw(docker, MediaType.dockerManifest), 'reg: app').layers).toEqual([
      layer,
    ]);
  });

  // The shapes a hostile review sent, each of which once ended in a TypeError.
  it.each<[string, unknown, string]>([
    ['null', null, 'the document must be object'],
    ['a list', [], 'the document must be object'],
    ['a string', '"manifest"', 'the document must be object'],
    ['no layers', { schemaVersion: 2, config }, 'the document has no layers'],
    ['layers an object', { ...image, layers: {} }, '/layers must be array'],
    ['layers a string', { ...image, layers: 'x' }, '/layers must be array'],
    ['a null layer', { ...image, layers: [null] }, '/layers/0 must be object'],
    [
      'a layer with no digest',
      { ...image, layers: [{ mediaType: 'x', size: 1 }] },
      '/layers/0 has no digest',
    ],
    [
      'a layer with no size',
      { ...image, layers: [{ mediaType: 'x', digest: digest('c') }] },
      '/layers/0 has no size',
    ],
    [
      'a negative size',
      { ...image, layers: [{ ...layer, size: -1 }] },
      '/layers/0/size must be >= 0',
    ],
    [
      'a fractional size',
      { ...image, layers: [{ ...layer, size: 1.5 }] },
      '/layers/0/size must be integer',
    ],
    [
      'a digest number',
      { ...image, config: { ...config, digest: 7 } },
      '/config/digest must be string',
    ],
    [
      'a path for a digest',
      { ...image, layers: [{ ...layer, digest: 'sha256:../../x' }] },
      '/layers/0/digest is not a digest (sha256:<64 hex digits> or sha512:<128 hex digits>)',
    ],
    [
      'an unknown algorithm',
      { ...image, layers: [{ ...layer, digest: `md5:${'a'.repeat(32)}` }] },
      '/layers/0/digest is not a digest',
    ],
    [
      'upper-case hex',
      { ...image, layers: [{ ...layer, digest: `sha256:${'A'.repeat(64)}` }] },
      '/layers/0/digest is not a digest',
    ],
    [
      'a short sha512',
      { ...image, layers: [{ ...layer, digest: `sha512:${'a'.repeat(64)}` }] },
      '/layers/0/digest is not a digest',
    ],
    ['a null config', { ...image, config: null }, '/config must be object'],
    ['schemaVersion 1', { ...image, schemaVersion: 1 }, '/schemaVersion must be equal to constant'],
    [
      'a platform of numbers',
      { ...image, config: { ...config, platform: { os: 1, architecture: 'x' } } },
      '/config/platform/os must be string',
    ],
    [
      'annotations not strings',
      { ...image, annotations: { a: 1 } },
      '/annotations/a must be string',
    ],
    [
      'urls not a list',
      { ...image, layers: [{ ...layer, urls: 'http://x' }] },
      '/layers/0/urls must be array',
    ],
  ])('refuses %s in one line', (_name, document, reason) => {
    const manifest = raw(document);
    const parse = () => parseImageManifest(manifest, 'reg: app');
    expect(parse).toThrow(RegistryError);
    expect(parse).toThrow(
      `reg: app: the manifest ${manifest.digest} is not a valid image manifest (${MediaType.ociManifest}): ${reason}`,
    );
  });

  it('refuses bytes that are not JSON', () => {
    const manifest = raw('{"schemaVersion": 2');
    expect(() => parseImageManifest(manifest, 'reg: app')).toThrow(
      `reg: app: the manifest ${manifest.digest} is not valid JSON`,
    );
  });
});

describe('indexes, checked before use', () => {
  const entry = {
    ...layer,
    mediaType: MediaType.ociManifest,
    platform: { os: 'linux', architecture: 'arm64', variant: 'v8' },
  };
  it('takes a sound one', () => {
    const index = { schemaVersion: 2, manifests: [entry] };
    expect(parseImageIndex(raw(index, MediaType.ociIndex), 'reg: app').manifests).toEqual([entry]);
  });

  it.each<[string, unknown, string]>([
    ['no manifests', { schemaVersion: 2 }, 'the document has no manifests'],
    ['manifests null', { schemaVersion: 2, manifests: null }, '/manifests must be array'],
    ['an entry of a number', { schemaVersion: 2, manifests: [3] }, '/manifests/0 must be object'],
    [
      'an entry with no digest',
      { schemaVersion: 2, manifests: [{ mediaType: 'x', size: 1 }] },
      '/manifests/0 has no digest',
    ],
    [
      'a platform with no os',
      { schemaVersion: 2, manifests: [{ ...entry, platform: { architecture: 'x' } }] },
      '/manifests/0/platform has no os',
    ],
  ])('refuses %s', (_name, document, reason) => {
    const index = raw(document, MediaType.ociIndex);
    expect(() => parseImageIndex(index, 'reg: app')).toThrow(
      `reg: app: the manifest ${index.digest} is not a valid image index (${MediaType.ociIndex}): ${reason}`,
    );
  });
});

describe('manifests of other media types (artifacts)', () => {
  const type = 'application/vnd.example.artifact.v1+json';
  it('reads only what a copy needs, whatever else they hold', () => {
    const artifact = { whatever: { nested: [null] }, blobs: [layer], config };
    expect(parseManifestContents(raw(artifact, type), 'reg: app')).toEqual({
      config,
      layers: [layer],
    });
    expect(referencedBlobs(raw({ anything: true }, type), 'reg: app')).toEqual([]);
    expect(referencedBlobs(raw(image), 'reg: app')).toEqual([config, layer]);
  });

  it('still refuses what it reads when that is malformed', () => {
    const bad = raw({ layers: [{ digest: 'sha256:../x', mediaType: 'x', size: 1 }] }, type);
    expect(() => referencedBlobs(bad, 'reg: app')).toThrow(
      `is not a valid manifest (${type}): /layers/0/digest is not a digest`,
    );
  });
});

describe('digests in the algorithm asked for', () => {
  const bytes = Buffer.from('{"schemaVersion":2}');
  const sha512 = `sha512:${createHash('sha512').update(bytes).digest('hex')}`;
  it('computes and matches sha256 and sha512', () => {
    expect(digestLike(bytes, digest('0'))).toBe(sha256Digest(bytes));
    expect(digestLike(bytes, sha512)).toBe(sha512);
    expect(digestMatches(bytes, sha512)).toBe(true);
    expect(digestMatches(bytes, sha256Digest(bytes))).toBe(true);
    expect(digestMatches(Buffer.from('other'), sha512)).toBe(false);
    expect(digestMatches(bytes, `md5:${'0'.repeat(32)}`)).toBe(false);
  });
});

describe('image configs, checked in what is read of them', () => {
  const where = 'reg: app';
  it('takes a config with fields it does not read', () => {
    const config = { os: 'linux', architecture: 'arm64', config: { Labels: null }, rootfs: {} };
    expect(parseImageConfig(Buffer.from(JSON.stringify(config)), digest('c'), where)).toEqual(
      config,
    );
  });

  it.each([
    ['null', 'the document must be object'],
    ['{"os":1}', '/os must be string'],
    ['{"config":{"Labels":{"a":1}}}', '/config/Labels/a must be string'],
    ['{"config":[]}', '/config must be object,null'],
  ])('refuses %s', (text, reason) => {
    expect(() => parseImageConfig(Buffer.from(text), digest('c'), where)).toThrow(
      `reg: app: its config ${digest('c')} is not a valid image config: ${reason}`,
    );
  });

  it('refuses bytes that are not JSON', () => {
    expect(() => parseImageConfig(Buffer.from('{'), digest('c'), where)).toThrow(
      `reg: app: its config ${digest('c')} is not JSON`,
    );
  });
});
