import { describe, expect, it } from '@jest/globals';
import { sha256Digest, type RawManifest } from '../../../src/oci/manifest.js';
import { agreedAnnotations } from '../../../src/images/merge.js';
import { selectPlatforms } from '../../../src/images/platforms.js';
import { parsePlatform } from '../../../src/oci/platform.js';

const D = (c: string) => `sha256:${c.repeat(64)}`;
const M = 'application/vnd.oci.image.manifest.v1+json';

function index(manifests: unknown[], extra: Record<string, unknown> = {}): RawManifest {
  const bytes = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests,
      ...extra,
    }),
  );
  return {
    bytes,
    mediaType: 'application/vnd.oci.image.index.v1+json',
    digest: sha256Digest(bytes),
  };
}

const image = (c: string, architecture: string, variant?: string) => ({
  mediaType: M,
  digest: D(c),
  size: 100,
  platform: { os: 'linux', architecture, ...(variant ? { variant } : {}) },
});
const attestation = (c: string, of: string) => ({
  mediaType: M,
  digest: D(c),
  size: 50,
  platform: { os: 'unknown', architecture: 'unknown' },
  annotations: {
    'vnd.docker.reference.digest': D(of),
    'vnd.docker.reference.type': 'attestation-manifest',
  },
});

describe('selectPlatforms', () => {
  const root = index(
    [
      image('1', 'amd64'),
      attestation('a', '1'),
      image('2', 'arm64', 'v8'),
      attestation('b', '2'),
      image('3', 's390x'),
    ],
    { annotations: { 'org.opencontainers.image.created': '2024-01-01T00:00:00Z' } },
  );

  it('one platform: that image alone, its digest unchanged', () => {
    expect(
      selectPlatforms(root, [parsePlatform('linux/arm64', 'platforms')], 'src', 'platforms'),
    ).toEqual({
      kind: 'child',
      descriptor: image('2', 'arm64', 'v8'),
    });
  });

  it('two: a new index of them and their attestations, in order, its other fields kept', () => {
    const selection = selectPlatforms(
      root,
      ['linux/amd64', 'linux/s390x'].map((p) => parsePlatform(p, 'platforms')),
      'src',
      'platforms',
    );
    if (selection.kind !== 'index') throw new Error(`expected a new index, got ${selection.kind}`);
    const made = JSON.parse(selection.root.bytes.toString());
    expect(made.manifests).toEqual([
      image('1', 'amd64'),
      attestation('a', '1'),
      image('3', 's390x'),
    ]);
    expect(made.annotations).toEqual({
      'org.opencontainers.image.created': '2024-01-01T00:00:00Z',
    });
    expect(selection.root.digest).toBe(sha256Digest(selection.root.bytes));
    expect(selection.dropped.map((d) => d.digest)).toEqual([D('2'), D('b')]);
  });

  it('all of them: the index as it is', () => {
    const all = ['linux/amd64', 'linux/arm64', 'linux/s390x'].map((p) =>
      parsePlatform(p, 'platforms'),
    );
    expect(selectPlatforms(root, all, 'src', 'platforms')).toEqual({ kind: 'whole' });
  });

  it('a platform the image lacks: an error naming what it has', () => {
    expect(() =>
      selectPlatforms(
        root,
        [parsePlatform('linux/ppc64le', 'platforms')],
        'reg: app@x',
        'platforms',
      ),
    ).toThrow(
      'Input platforms: reg: app@x has no linux/ppc64le image (it has linux/amd64, linux/arm64/v8, linux/s390x); nothing was written',
    );
  });
});

describe('agreedAnnotations', () => {
  const config = (created: string, labels: Record<string, string>) => ({
    created,
    config: { Labels: labels },
  });
  const src = 'org.opencontainers.image.source';
  const rev = 'org.opencontainers.image.revision';

  it('the latest created, and the origin labels every platform shares', () => {
    expect(
      agreedAnnotations([
        config('2024-01-01T00:00:00Z', { [src]: 'https://github.com/acme/app', [rev]: 'abc' }),
        config('2024-02-01T10:00:00Z', { [src]: 'https://github.com/acme/app', [rev]: 'def' }),
      ]),
    ).toEqual({
      'org.opencontainers.image.created': '2024-02-01T10:00:00.000Z',
      [src]: 'https://github.com/acme/app',
    });
  });

  it('nothing where they do not agree or do not say', () => {
    expect(agreedAnnotations([config('', { [src]: 'a' }), { created: 'not a time' }])).toEqual({});
  });
});
