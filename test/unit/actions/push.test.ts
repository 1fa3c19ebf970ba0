import { describe, expect, it } from '@jest/globals';
import {
  chooseCandidateSource,
  readPushSettings,
  readRemoteCopy,
  relate,
  type RemoteCopy,
} from '../../../src/actions/push/index.js';
import { RegistryError } from '../../../src/errors.js';
import { MediaType, sha256Digest, type RawManifest } from '../../../src/oci/manifest.js';
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
  const choose = (
    candidate: string,
    local: ReturnType<typeof image> | undefined,
    remote: RemoteCopy | undefined,
  ) => chooseCandidateSource(candidate, local, () => Promise.resolve(remote));
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
    [
      'a buildah list with both platforms and a third: more than the registry holds',
      REMOTE,
      image([d(2), d(3), d(9)], true),
      INDEX,
      'local',
    ],
    [
      'a buildah list with one platform of the index and another one',
      REMOTE,
      image([d(2), d(9)], true),
      INDEX,
      'local',
    ],
    ['the same single image, by its config', REMOTE, image([d(7)]), SINGLE, 'local'],
    ['the same single image, by its manifest', REMOTE, image([d(6)]), SINGLE, 'local'],
    ['another image than the registry holds: built here', REMOTE, image([d(8)]), INDEX, 'local'],
    ['another list than the registry holds', REMOTE, image([d(8), d(9)], true), INDEX, 'local'],
  ];
  it.each(rows)('%s (%s)', async (_name, candidate, local, remote, expected) => {
    expect((await choose(candidate, local, remote)).source).toBe(expected);
  });

  it('says why, for the log', async () => {
    expect((await choose(REMOTE, image([d(4), d(1)]), INDEX)).why).toBe(
      "the local docker storage holds only part of r.example/acme/app:1 (2 platforms in its registry): the registry's copy is pushed whole",
    );
    expect((await choose(REMOTE, image([d(2), d(3), d(9)], true), INDEX)).why).toBe(
      'r.example/acme/app:1 in the local docker storage matches neither what its registry holds nor a part of it (a build of this machine, say): the local image is pushed',
    );
  });

  it('reads the registry only for a local candidate written with a registry', async () => {
    let reads = 0;
    const read = () => {
      reads++;
      return Promise.resolve(INDEX);
    };
    await chooseCandidateSource('app:dev', image([d(9)]), read);
    await chooseCandidateSource('localhost/app:dev', undefined, read);
    expect(reads).toBe(0);
    await chooseCandidateSource('localhost/app:dev', image([d(9)]), read);
    expect(reads).toBe(1);
  });

  it('hands back the copy it compared, so a remote source is promoted by its digest', async () => {
    expect((await choose(REMOTE, image([d(2)], true), INDEX)).remote?.digest).toBe(d(1));
  });

  it('tells a part from the same image and from another one', () => {
    expect(relate({ list: false, ids: [d(2)] }, INDEX)).toBe('part');
    expect(relate({ list: true, ids: [d(2), d(3)] }, INDEX)).toBe('same');
    expect(relate({ list: true, ids: [d(3)] }, INDEX)).toBe('part');
    // More platforms than the registry's index: promoting that would drop d(9).
    expect(relate({ list: true, ids: [d(2), d(3), d(9)] }, INDEX)).toBe('different');
    expect(relate({ list: true, ids: [] }, INDEX)).toBe('different');
    expect(relate({ list: false, ids: [d(9)] }, SINGLE)).toBe('different');
    // Platforms whose configs were not read: told by the manifests alone.
    const unread = { ...INDEX, platforms: INDEX.platforms.map((p) => ({ manifest: p.manifest })) };
    expect(relate({ list: false, ids: [d(3)] }, unread)).toBe('part');
    expect(relate({ list: false, ids: [d(5)] }, unread)).toBe('different');
  });
});

describe("reading the registry's copy of a local candidate", () => {
  const d = (n: number) => `sha256:${String(n).repeat(64).slice(0, 64)}`;
  const json = (value: unknown) => Buffer.from(JSON.stringify(value));
  const manifest = (config: string): RawManifest => {
    const bytes = json({
      schemaVersion: 2,
      mediaType: MediaType.ociManifest,
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: config, size: 2 },
      layers: [],
    });
    return { bytes, mediaType: MediaType.ociManifest, digest: sha256Digest(bytes) };
  };
  const index = (children: RawManifest[], extra: unknown[] = []): RawManifest => {
    const bytes = json({
      schemaVersion: 2,
      mediaType: MediaType.ociIndex,
      manifests: [
        ...children.map((c) => ({
          mediaType: c.mediaType,
          digest: c.digest,
          size: c.bytes.length,
          platform: { os: 'linux', architecture: 'amd64' },
        })),
        ...extra,
      ],
    });
    return { bytes, mediaType: MediaType.ociIndex, digest: sha256Digest(bytes) };
  };

  /** A repository in memory that counts its reads and how many run at once. */
  function repository(root: RawManifest, children: RawManifest[] = []) {
    const byRef = new Map([['1', root], ...children.map((c) => [c.digest, c] as const)]);
    const reads: string[] = [];
    let running = 0;
    let most = 0;
    const repo = {
      name: 'acme/app',
      label: 'reg',
      async getManifest(reference: string): Promise<RawManifest> {
        reads.push(reference);
        running++;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 1));
        running--;
        const found = byRef.get(reference);
        if (!found) throw new RegistryError(`reg: reading manifest ${reference} failed`, 404);
        return found;
      },
    };
    return { repo, reads, most: () => most };
  }

  const one = manifest(d(4));
  const two = manifest(d(5));
  const list = index([one, two]);

  it('reads nothing more than a single manifest, which carries its config', async () => {
    const { repo, reads } = repository(one);
    const copy = await readRemoteCopy(repo, '1', { list: false, ids: [d(9)] });
    expect(copy).toEqual({
      digest: one.digest,
      index: false,
      platforms: [{ manifest: one.digest, config: d(4) }],
    });
    expect(reads).toEqual(['1']);
  });

  it('reads only the index when its digests already tell', async () => {
    for (const local of [
      { list: true, ids: [one.digest, two.digest] },
      { list: true, ids: [d(8)] },
      { list: false, ids: [d(4), list.digest] },
      { list: false, ids: [two.digest] },
    ]) {
      const { repo, reads } = repository(list, [one, two]);
      const copy = await readRemoteCopy(repo, '1', local);
      expect(copy.platforms).toEqual([{ manifest: one.digest }, { manifest: two.digest }]);
      expect(reads).toEqual(['1']);
    }
  });

  it('reads the platform manifests, a few at once, for a single image none of the digests name', async () => {
    const config = (i: number) => `sha256:${i.toString(16).padStart(64, '0')}`;
    const children = Array.from({ length: 20 }, (_, i) => manifest(config(i)));
    const { repo, reads, most } = repository(index(children), children);
    const local = { list: false, ids: [config(17)] };
    const copy = await readRemoteCopy(repo, '1', local);
    expect(reads).toHaveLength(21);
    expect(most()).toBeLessThanOrEqual(8);
    expect(relate(local, copy)).toBe('part');
  });

  it('refuses a malformed index in one line, and skips attestations of a sound one', async () => {
    const bytes = json({ schemaVersion: 2, mediaType: MediaType.ociIndex });
    const bare = { bytes, mediaType: MediaType.ociIndex, digest: sha256Digest(bytes) };
    await expect(
      readRemoteCopy(repository(bare).repo, '1', { list: true, ids: [d(2)] }),
    ).rejects.toThrow(
      `reg: acme/app: the manifest ${bare.digest} is not a valid image index (${MediaType.ociIndex}): the document has no manifests`,
    );
    const withNull = index([one], [null]);
    await expect(
      readRemoteCopy(repository(withNull, [one]).repo, '1', { list: true, ids: [d(2)] }),
    ).rejects.toThrow(/is not a valid image index .*: \/manifests\/1 must be object$/);

    const attested = index(
      [one],
      [
        {
          mediaType: MediaType.ociManifest,
          digest: d(3),
          size: 1,
          platform: { os: 'unknown', architecture: 'unknown' },
        },
      ],
    );
    const withAttestation = repository(attested, [one]);
    expect(
      (await readRemoteCopy(withAttestation.repo, '1', { list: true, ids: [one.digest] }))
        .platforms,
    ).toEqual([{ manifest: one.digest }]);
  });
});
