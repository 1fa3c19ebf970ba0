import { describe, expect, it } from '@jest/globals';
import {
  chooseCandidateSource,
  readPushSettings,
  relate,
  type RemoteCopy,
} from '../../../src/actions/push.js';
import { memoryIO } from '../../helpers/io.js';

describe('push inputs', () => {
  const read = (inputs: Record<string, string>) =>
    readPushSettings(memoryIO({ registries: 'registries: []', ...inputs }));

  it('default the tag to latest', () => {
    expect(read({ candidate: 'app:dev' })).toMatchObject({
      candidate: 'app:dev',
      tags: ['latest'],
    });
    expect(read({ candidate: 'app:dev', tag: '1', tags: 'r.example/x:2' }).tags).toEqual([
      '1',
      '2',
    ]);
  });

  it.each([
    [{}, /^Input candidate is required/],
    [{ candidate: 'App' }, /^Invalid candidate "App"/],
    [{ candidate: 'app', image_name: 'x:1' }, /^Input image_name: "x:1" carries a tag or digest/],
  ])('refuse %j, naming the input', (inputs, message) => {
    expect(() => read(inputs)).toThrow(message);
  });
});

describe('where a candidate is pushed from: local storage, or its registry', () => {
  const d = (n: number) => `sha256:${String(n).repeat(64).slice(0, 64)}`;
  // The registry holds an index of two platforms (d(1)), their manifests d(2), d(3), configs d(4), d(5).
  const INDEX: RemoteCopy = {
    digest: d(1),
    index: true,
    platforms: [
      { manifest: d(2), config: d(4) },
      { manifest: d(3), config: d(5) },
    ],
  };
  // The registry holds one image: manifest d(6), config d(7).
  const SINGLE: RemoteCopy = {
    digest: d(6),
    index: false,
    platforms: [{ manifest: d(6), config: d(7) }],
  };
  const image = (ids: string[], list = false) => ({ kind: 'docker', image: { list, ids } });
  const REMOTE = 'r.example/acme/app:1';
  const rows: [
    string,
    string,
    ReturnType<typeof image> | undefined,
    RemoteCopy | undefined,
    'local' | 'remote',
  ][] = [
    ['in no local storage', REMOTE, undefined, INDEX, 'remote'],
    ['local, and its name names no registry', 'app:dev', image([d(9)]), INDEX, 'local'],
    [
      'local, and its registry does not hold it (or will not say)',
      REMOTE,
      image([d(9)]),
      undefined,
      'local',
    ],
    [
      'one platform of the index, as docker run leaves it (classic store: config ID and the index as RepoDigest)',
      REMOTE,
      image([d(4), d(1)]),
      INDEX,
      'remote',
    ],
    [
      'one platform of the index, known by its config alone',
      REMOTE,
      image([d(5)]),
      INDEX,
      'remote',
    ],
    ['the index itself, by its digest (containerd store)', REMOTE, image([d(1)]), INDEX, 'remote'],
    ['a buildah list with one of the two platforms', REMOTE, image([d(2)], true), INDEX, 'remote'],
    [
      'a buildah list with both platforms: the same image',
      REMOTE,
      image([d(2), d(3)], true),
      INDEX,
      'local',
    ],
    ['the same single image, by its config', REMOTE, image([d(7)]), SINGLE, 'local'],
    ['the same single image, by its manifest', REMOTE, image([d(6)]), SINGLE, 'local'],
    ['another image than the registry holds: built here', REMOTE, image([d(8)]), INDEX, 'local'],
    ['another list than the registry holds', REMOTE, image([d(8), d(9)], true), INDEX, 'local'],
  ];
  it.each(rows)('%s (%s)', (_name, candidate, local, remote, expected) => {
    expect(chooseCandidateSource(candidate, local, remote).source).toBe(expected);
  });

  it('says why, for the log', () => {
    expect(chooseCandidateSource(REMOTE, image([d(4), d(1)]), INDEX).why).toBe(
      "the local docker storage holds only part of r.example/acme/app:1 (2 platforms in its registry): the registry's copy is pushed whole",
    );
  });

  it('tells a part from the same image and from another one', () => {
    expect(relate({ list: false, ids: [d(2)] }, INDEX)).toBe('part');
    expect(relate({ list: true, ids: [d(2), d(3)] }, INDEX)).toBe('same');
    expect(relate({ list: true, ids: [d(2), d(3), d(9)] }, INDEX)).toBe('part');
    expect(relate({ list: false, ids: [d(9)] }, SINGLE)).toBe('different');
  });
});
