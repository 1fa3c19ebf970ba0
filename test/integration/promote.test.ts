import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { promote } from '../../src/actions/promote/index.js';
import { runWith } from '../helpers/io.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { getBlob, getManifest, pushImage, pushIndex } from '../helpers/images.js';

// Two real registries: A with htpasswd auth, B with token auth (a test issuer signs the JWTs).
let a: TestRegistry;
let b: TestRegistry;

const env = {
  A_USER: 'alice',
  A_PASS: 'alice-secret-pw',
  B_USER: 'bob',
  B_PASS: 'bob-secret-pw',
  C_USER: 'carol',
  C_PASS: 'carol-secret-pw',
};

function registries(): string {
  return `
registries:
  - name: reg-a
    domain: ${a.host}
    credentials: { username: { env: A_USER }, password: { env: A_PASS } }
  - name: reg-b
    domain: ${b.host}
    primary: true
    credentials: { username: { env: B_USER }, password: { env: B_PASS } }
  - name: reg-b-carol
    domain: ${b.host}
    repository_prefix: private
    credentials: { username: { env: C_USER }, password: { env: C_PASS } }
`;
}

beforeAll(async () => {
  a = await startRegistry({ auth: 'htpasswd', users: { alice: { password: env.A_PASS } } });
  b = await startRegistry({
    auth: 'token',
    users: {
      bob: { password: env.B_PASS, repos: ['team/', 'mirror/', 'multi/'] },
      carol: { password: env.C_PASS, repos: ['private/'] },
    },
  });
}, 60_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
});

const stats = (outputs: Record<string, string>) => JSON.parse(outputs.stats);

describe('promote against real registries', () => {
  it('retags in place with one manifest read and one write per tag', async () => {
    const image = await pushImage(a, 'team/app', '1.0', { layers: 2, layerSize: 4096 });
    const io = await runWith(
      promote,
      { candidate: `${a.host}/team/app:1.0`, tags: 'stable\nprod', registries: registries() },
      env,
    );
    expect(io.failed).toBeUndefined();
    expect(io.outputs.digest).toBe(image.digest);
    expect(io.outputs.images).toBe(`${a.host}/team/app:stable\n${a.host}/team/app:prod`);
    const s = stats(io.outputs);
    expect(s.manifests).toBe(2);
    expect(s.blobs).toEqual({ skipped: 0, mounted: 0, copied: 0 });
    // /v2/ ping, the manifest GET, one PUT per tag: nothing else.
    expect(s.requests).toBe(4);
    for (const tag of ['stable', 'prod']) {
      const landed = await getManifest(a, 'team/app', tag);
      expect(landed.bytes.equals(image.bytes)).toBe(true);
    }
  });

  it('mounts every blob into another repository of the same registry', async () => {
    const image = await pushImage(a, 'team/app', '2.0', { layers: 3, layerSize: 2048 });
    const io = await runWith(
      promote,
      {
        candidate: `${a.host}/team/app:2.0`,
        image_name: 'team/released',
        tag: '2.0',
        registries: registries(),
      },
      env,
    );
    expect(io.failed).toBeUndefined();
    const s = stats(io.outputs);
    expect(s.blobs).toEqual({ skipped: 0, mounted: 4, copied: 0 });
    expect(s.bytes_copied).toBe(0);
    const landed = await getManifest(a, 'team/released', '2.0');
    expect(landed.digest).toBe(image.digest);
    for (const layer of image.layers) {
      expect((await getBlob(a, 'team/released', layer.digest)).bytes.equals(layer.data)).toBe(true);
    }
  });

  it('copies a multi-arch index across registries, then a re-run moves nothing', async () => {
    const index = await pushIndex(
      a,
      'team/multi',
      '3.0',
      [
        { os: 'linux', architecture: 'amd64' },
        { os: 'linux', architecture: 'arm64', variant: 'v8' },
      ],
      { layers: 2, layerSize: 100_000 },
    );
    const inputs = {
      candidate: `${a.host}/team/multi:3.0`,
      registry: 'reg-b',
      image_name: 'multi/app',
      tags: 'v3,latest',
      registries: registries(),
    };
    const first = await runWith(promote, inputs, env);
    expect(first.failed).toBeUndefined();
    expect(first.outputs.digest).toBe(index.digest);
    const s1 = stats(first.outputs);
    const blobCount = new Set(
      index.children.flatMap((c) => [c.config.digest, ...c.layers.map((l) => l.digest)]),
    ).size;
    expect(s1.blobs.copied).toBe(blobCount);
    expect(s1.bytes_copied).toBe(
      [
        ...new Map(
          index.children.flatMap((c) => [c.config, ...c.layers]).map((x) => [x.digest, x.size]),
        ).values(),
      ].reduce((n, x) => n + x, 0),
    );
    expect(s1.manifests).toBe(2 + 2); // two children by digest, two tags
    const landed = await getManifest(b, 'multi/app', 'v3');
    expect(landed.bytes.equals(index.bytes)).toBe(true);
    expect(landed.mediaType).toBe(index.mediaType);
    for (const child of index.children) {
      const got = await getManifest(b, 'multi/app', child.digest);
      expect(got.bytes.equals(child.bytes)).toBe(true);
      expect(got.mediaType).toBe(child.mediaType);
    }

    const second = await runWith(promote, inputs, env);
    expect(second.failed).toBeUndefined();
    const s2 = stats(second.outputs);
    expect(s2.bytes_copied).toBe(0);
    expect(s2.blobs.copied).toBe(0);
    expect(s2.manifests).toBe(0);
    // Pings, two tokens, the source GET, a HEAD per target tag: the target's tags ended the work.
    expect(s2.requests).toBeLessThanOrEqual(8);
  });

  it('retags in place with token auth: one token, one read, one write per tag', async () => {
    const image = await pushImage(b, 'team/tok', '1', { layers: 2, layerSize: 2048 });
    const tokensBefore = b.tokenRequests.length;
    const io = await runWith(
      promote,
      { candidate: `${b.host}/team/tok:1`, tags: 'stable,prod', registries: registries() },
      env,
    );
    expect(io.failed).toBeUndefined();
    const s = stats(io.outputs);
    expect(s.blobs).toEqual({ skipped: 0, mounted: 0, copied: 0 });
    // /v2/ ping, one token, the manifest GET, one PUT per tag.
    expect(s.requests).toBe(5);
    const tokens = b.tokenRequests.slice(tokensBefore);
    expect(tokens.map((t) => [t.account, t.scope])).toEqual([
      ['bob', ['repository:team/tok:pull,push']],
    ]);
    for (const tag of ['stable', 'prod'])
      expect((await getManifest(b, 'team/tok', tag)).bytes.equals(image.bytes)).toBe(true);
  });

  it('mounts with token auth: the target token also grants pull on the source', async () => {
    const image = await pushImage(b, 'team/mnt', '1', { layers: 2, layerSize: 2048 });
    const tokensBefore = b.tokenRequests.length;
    const io = await runWith(
      promote,
      {
        candidate: `${b.host}/team/mnt:1`,
        image_name: 'mirror/mnt',
        tag: '1',
        registries: registries(),
      },
      env,
    );
    expect(io.failed).toBeUndefined();
    expect(stats(io.outputs).blobs).toEqual({ skipped: 0, mounted: 3, copied: 0 });
    const tokens = b.tokenRequests.slice(tokensBefore);
    expect(tokens).toHaveLength(1);
    expect([...tokens[0].scope].sort()).toEqual([
      'repository:mirror/mnt:pull,push',
      'repository:team/mnt:pull',
    ]);
    expect((await getManifest(b, 'mirror/mnt', '1')).bytes.equals(image.bytes)).toBe(true);
  });

  it('retags in place even when the integration declares a repository_prefix', async () => {
    const image = await pushImage(b, 'team/pre', '1', { layers: 1, layerSize: 100 });
    const prefixed = `
registries:
  - name: reg-b
    domain: ${b.host}
    repository_prefix: mirror
    credentials: { username: { env: B_USER }, password: { env: B_PASS } }
`;
    const io = await runWith(
      promote,
      { candidate: `${b.host}/team/pre:1`, tag: 'stable', registries: prefixed },
      env,
    );
    expect(io.failed).toBeUndefined();
    expect(io.outputs.image).toBe(`${b.host}/team/pre:stable`);
    expect(stats(io.outputs).blobs).toEqual({ skipped: 0, mounted: 0, copied: 0 });
    expect((await getManifest(b, 'team/pre', 'stable')).digest).toBe(image.digest);
    expect((await getManifest(b, 'mirror/team/pre', 'stable')).status).toBe(404);
  });

  it('pulls through registry_context rather than the primary of a shared domain', async () => {
    const image = await pushImage(b, 'private/base', '1', { layers: 1, layerSize: 1000 });
    const candidate = `${b.host}/private/base:1`;
    // The primary (bob) may not read private/: the promotion is refused with the registry's words.
    const denied = await runWith(
      promote,
      { candidate, registry: 'reg-a', tag: '1', image_name: 'team/base', registries: registries() },
      env,
    );
    expect(denied.failed).toMatch(/reg-b/);
    expect(denied.failed).toMatch(/HTTP 40[13]|denied|refused/i);
    const io = await runWith(
      promote,
      {
        candidate,
        registry_context: 'reg-b-carol',
        registry: 'reg-a',
        image_name: 'team/base',
        tag: '1',
        registries: registries(),
      },
      env,
    );
    expect(io.failed).toBeUndefined();
    expect((await getManifest(a, 'team/base', '1')).digest).toBe(image.digest);
  });

  it('keeps the credentials of two integrations on one host apart, even under one username', async () => {
    await pushImage(a, 'team/kept', '1', { layers: 1, layerSize: 100 });
    const twoOnA = `
registries:
  - name: reg-a
    domain: ${a.host}
    credentials: { username: { env: A_USER }, password: { env: A_PASS } }
  - name: reg-a-stale
    domain: ${a.host}
    repository_prefix: stale
    credentials: { username: { env: A_USER }, password: { env: A_STALE_PASS } }
`;
    const io = await runWith(
      promote,
      {
        candidate: `${a.host}/team/kept:1`,
        registry_context: 'reg-a',
        registry: 'reg-a-stale',
        image_name: 'team/kept',
        tag: 'copied',
        registries: twoOnA,
      },
      { ...env, A_STALE_PASS: 'not-alices-password' },
    );
    // The target's own (stale) password is used, and refused: reg-a's is never lent to it.
    expect(io.failed).toMatch(/reg-a-stale/);
    expect(io.failed).toMatch(/HTTP 401/);
    // The source was read with reg-a's password; only the target's requests were refused.
    expect(io.failed).toMatch(/stale\/team\/kept/);
    expect(io.failed).not.toMatch(/reading manifest team\/kept/);
    expect(io.failed).toMatch(/credentials were not accepted/);
    expect((await getManifest(a, 'stale/team/kept', 'copied')).status).toBe(404);
  });

  it('copies instead of mounting when the target credentials may not read the source', async () => {
    const image = await pushImage(b, 'private/tool', '1', { layers: 1, layerSize: 1000 });
    const io = await runWith(
      promote,
      {
        candidate: `${b.host}/private/tool:1`,
        registry_context: 'reg-b-carol',
        registry: 'reg-b',
        image_name: 'team/tool',
        tag: '1',
        registries: registries(),
      },
      env,
    );
    expect(io.failed).toBeUndefined();
    expect(stats(io.outputs).blobs).toEqual({ skipped: 0, mounted: 0, copied: 2 });
    expect((await getManifest(b, 'team/tool', '1')).bytes.equals(image.bytes)).toBe(true);
  });

  it('refuses a candidate that is not the expected digest, writing nothing', async () => {
    const image = await pushImage(a, 'team/guarded', '1', { layers: 1, layerSize: 100 });
    const wrong = `sha256:${'0'.repeat(64)}`;
    const io = await runWith(
      promote,
      {
        candidate: `${a.host}/team/guarded:1`,
        tag: 'prod',
        expected_digest: wrong,
        registries: registries(),
      },
      env,
    );
    expect(io.failed).toContain(`not the expected_digest ${wrong}`);
    expect((await getManifest(a, 'team/guarded', 'prod')).status).toBe(404);
    const ok = await runWith(
      promote,
      {
        candidate: `${a.host}/team/guarded:1`,
        tag: 'prod',
        expected_digest: image.digest,
        registries: registries(),
      },
      env,
    );
    expect(ok.failed).toBeUndefined();
  });

  it('plans a dry run without writing', async () => {
    await pushImage(a, 'team/dry', '1', { layers: 2, layerSize: 100 });
    const io = await runWith(
      promote,
      {
        candidate: `${a.host}/team/dry:1`,
        registry: 'reg-b',
        image_name: 'team/dry',
        tag: '1',
        dry_run: 'true',
        registries: registries(),
      },
      env,
    );
    expect(io.failed).toBeUndefined();
    expect(io.summaries[0].title).toMatch(/dry run/);
    expect(io.logs.join('\n')).toMatch(/Would promote .* 3 blobs to copy/);
    expect((await getManifest(b, 'team/dry', '1')).status).toBe(404);
  });

  it('names the input and what is allowed for bad input', async () => {
    const noTag = await runWith(
      promote,
      { candidate: `${a.host}/team/app:1.0`, registries: registries() },
      env,
    );
    expect(noTag.failed).toBe('Input tag or tags is required: the tags to write in the target');
    const upper = await runWith(
      promote,
      { candidate: `${a.host}/Team/App:1.0`, tag: 'x', registries: registries() },
      env,
    );
    expect(upper.failed).toMatch(/^Invalid candidate ".*": repository names must be lowercase$/);
    const unknown = await runWith(
      promote,
      { candidate: `${a.host}/team/app:1.0`, tag: 'x', registry: 'nope', registries: registries() },
      env,
    );
    expect(unknown.failed).toMatch(/registry.*nope/);
    expect(unknown.failed).not.toMatch(/\n\s+at /);
  });
});
