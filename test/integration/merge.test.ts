import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { promote } from '../../src/actions/promote/index.js';
import { runWith } from '../helpers/io.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { getManifest, pushImage, pushIndex } from '../helpers/images.js';

// Per-platform images built on separate runners, joined into one multi-platform tag.
let a: TestRegistry;
let b: TestRegistry;
const env = { A_PASS: 'a-secret-pw', B_PASS: 'b-secret-pw' };
const registries = () => `
registries:
  - name: a
    domain: ${a.host}
    credentials: { username: ua, password: { env: A_PASS } }
  - name: b
    domain: ${b.host}
    credentials: { username: ub, password: { env: B_PASS } }
`;

beforeAll(async () => {
  a = await startRegistry({ auth: 'htpasswd', users: { ua: { password: env.A_PASS } } });
  b = await startRegistry({ auth: 'token', users: { ub: { password: env.B_PASS } } });
}, 60_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
});

describe('merging per-platform builds', () => {
  it('writes one index holding both platforms, the children unchanged', async () => {
    const amd64 = await pushImage(a, 'ci/app', 'amd64', {
      platform: { os: 'linux', architecture: 'amd64' },
      layers: 2,
      layerSize: 3000,
    });
    const arm64 = await pushImage(b, 'ci/app', 'arm64', {
      platform: { os: 'linux', architecture: 'arm64', variant: 'v8' },
      format: 'docker',
      layers: 2,
      layerSize: 3000,
    });
    const io = await runWith(
      promote,
      {
        candidate: `- ${a.host}/ci/app:amd64\n- ${b.host}/ci/app:arm64`,
        registry: 'b',
        image_name: 'release/app',
        tags: '1.0,latest',
        registries: registries(),
      },
      env,
    );
    expect(io.failed).toBeUndefined();
    const landed = await getManifest(b, 'release/app', '1.0');
    expect(landed.digest).toBe(io.outputs.digest);
    expect(landed.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    const index = JSON.parse(landed.bytes.toString());
    expect(index.manifests).toEqual([
      {
        mediaType: amd64.mediaType,
        digest: amd64.digest,
        size: amd64.bytes.length,
        platform: { os: 'linux', architecture: 'amd64' },
      },
      {
        mediaType: arm64.mediaType,
        digest: arm64.digest,
        size: arm64.bytes.length,
        platform: { os: 'linux', architecture: 'arm64', variant: 'v8' },
      },
    ]);
    for (const child of [amd64, arm64]) {
      const got = await getManifest(b, 'release/app', child.digest);
      expect(got.bytes.equals(child.bytes)).toBe(true);
    }
    expect((await getManifest(b, 'release/app', 'latest')).digest).toBe(landed.digest);
    // The amd64 image crossed registries, the arm64 one was mounted within b.
    const stats = JSON.parse(io.outputs.stats);
    expect(stats.blobs.copied).toBe(3);
    expect(stats.blobs.mounted).toBe(3);

    // The same inputs give the same index: a re-run writes nothing.
    const again = await runWith(
      promote,
      {
        candidate: `${a.host}/ci/app:amd64\n${b.host}/ci/app:arm64`,
        registry: 'b',
        image_name: 'release/app',
        tags: '1.0,latest',
        registries: registries(),
      },
      env,
    );
    expect(again.outputs.digest).toBe(io.outputs.digest);
    expect(JSON.parse(again.outputs.stats).manifests).toBe(0);
  });

  it('merges an index with a single-platform image', async () => {
    const idx = await pushIndex(
      a,
      'ci/multi',
      'x',
      [
        { os: 'linux', architecture: 'amd64' },
        { os: 'linux', architecture: 'arm64' },
      ],
      { layers: 1, layerSize: 100 },
    );
    const s390 = await pushImage(a, 'ci/multi', 's390x', {
      platform: { os: 'linux', architecture: 's390x' },
      layers: 1,
      layerSize: 100,
    });
    const io = await runWith(
      promote,
      {
        candidate: `${a.host}/ci/multi:x, ${a.host}/ci/multi:s390x`,
        tag: 'all',
        registries: registries(),
      },
      env,
    );
    expect(io.failed).toBeUndefined();
    const index = JSON.parse((await getManifest(a, 'ci/multi', 'all')).bytes.toString());
    expect(index.manifests.map((m: { digest: string }) => m.digest)).toEqual([
      ...idx.children.map((c) => c.digest),
      s390.digest,
    ]);
  });

  it('annotates the index: index_annotations over what every platform agrees on', async () => {
    const labels = (revision: string) => ({
      'org.opencontainers.image.source': 'https://github.com/acme/app',
      'org.opencontainers.image.revision': revision,
    });
    await pushImage(a, 'ci/notes', 'amd64', {
      platform: { os: 'linux', architecture: 'amd64' },
      labels: labels('abc123'),
      created: '2024-03-01T12:00:00Z',
    });
    await pushIndex(a, 'ci/notes', 'arm', [{ os: 'linux', architecture: 'arm64' }], { seed: 'n' });
    const io = await runWith(
      promote,
      {
        candidate: `${a.host}/ci/notes:amd64\n${a.host}/ci/notes:arm`,
        tag: 'both',
        index_annotations: 'org.opencontainers.image.description=The app\nteam=payments',
        registries: registries(),
      },
      env,
    );
    expect(io.failed).toBeUndefined();
    const index = JSON.parse((await getManifest(a, 'ci/notes', 'both')).bytes.toString());
    // The arm64 image has no labels: source and revision are not agreed on; created is the latest.
    expect(index.annotations).toEqual({
      'org.opencontainers.image.created': '2024-03-01T12:00:00.000Z',
      'org.opencontainers.image.description': 'The app',
      team: 'payments',
    });

    const agreed = await runWith(
      promote,
      {
        candidate: `${a.host}/ci/notes:amd64`,
        tag: 'one',
        index_annotations: 'team=payments',
        registries: registries(),
      },
      env,
    );
    expect(agreed.failed).toBe(
      'Input index_annotations: applies to the index a merge makes; give several candidates, or leave it out',
    );
  });

  it('refuses overlapping platforms before anything is written', async () => {
    await pushImage(a, 'ci/dup', 'one', {
      platform: { os: 'linux', architecture: 'amd64' },
      layers: 1,
      layerSize: 100,
    });
    await pushImage(a, 'ci/dup', 'two', {
      platform: { os: 'linux', architecture: 'amd64' },
      layers: 1,
      layerSize: 100,
      seed: 'other',
    });
    const io = await runWith(
      promote,
      {
        candidate: `${a.host}/ci/dup:one\n${a.host}/ci/dup:two`,
        registry: 'b',
        image_name: 'dup/app',
        tag: '1',
        registries: registries(),
      },
      env,
    );
    expect(io.failed).toBe(
      `Input candidate: ${a.host}/ci/dup:one and ${a.host}/ci/dup:two both provide platform linux/amd64; each platform may come from one image only. Nothing was written.`,
    );
    expect((await getManifest(b, 'dup/app', '1')).status).toBe(404);
  });
});
