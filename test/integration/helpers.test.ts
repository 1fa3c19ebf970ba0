import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startRedirectingProxy } from '../helpers/blob-redirect.js';
import { startFaultProxy } from '../helpers/fault-proxy.js';
import {
  getBlob,
  getManifest,
  listTags,
  pushBlob,
  pushImage,
  pushIndex,
  sha256Digest,
} from '../helpers/images.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';

/** The test infrastructure itself, against real registries on loopback. */

const startUpload = (reg: TestRegistry, repo: string, authorization?: string) =>
  fetch(`${reg.url}/v2/${repo}/blobs/uploads/`, {
    method: 'POST',
    headers: authorization ? { authorization } : {},
  });

const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

describe('auth mode none', () => {
  let reg: TestRegistry;
  beforeAll(async () => {
    reg = await startRegistry();
  });
  afterAll(() => reg?.stop());

  test('accepts anonymous pushes and reads images back byte for byte', async () => {
    expect(reg.host).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(reg.url).toBe(`http://${reg.host}`);
    expect(await reg.authHeader('any/repo')).toBeUndefined();

    const image = await pushImage(reg, 'plain/app', 'v1', {
      layers: 2,
      layerSize: 10_000,
      labels: { a: 'b' },
    });
    expect(image.digest).toBe(sha256Digest(image.bytes));
    const manifest = await getManifest(reg, 'plain/app', 'v1');
    expect(manifest).toEqual({
      status: 200,
      digest: image.digest,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      bytes: image.bytes,
    });
    const config = JSON.parse(image.config.data.toString('utf8'));
    expect(config).toMatchObject({
      os: 'linux',
      architecture: 'amd64',
      config: { Labels: { a: 'b' } },
      rootfs: { type: 'layers', diff_ids: image.layers.map((layer) => layer.digest) },
    });
    for (const blob of [image.config, ...image.layers]) {
      const got = await getBlob(reg, 'plain/app', blob.digest);
      expect(got.status).toBe(200);
      expect(got.bytes.equals(blob.data)).toBe(true);
    }
    expect(await listTags(reg, 'plain/app')).toEqual(['v1']);
    expect(await listTags(reg, 'plain/none')).toEqual([]);
  });

  test('seeded images are deterministic, docker format included', async () => {
    const a = await pushImage(reg, 'plain/seeded', 'a', { seed: 's', format: 'docker' });
    const b = await pushImage(reg, 'plain/seeded', 'b', { seed: 's', format: 'docker' });
    expect(a.digest).toBe(b.digest);
    const manifest = await getManifest(reg, 'plain/seeded', 'a');
    expect(manifest.mediaType).toBe('application/vnd.docker.distribution.manifest.v2+json');
    expect(manifest.digest).toBe(a.digest);
  });
});

describe('auth mode htpasswd', () => {
  let reg: TestRegistry;
  beforeAll(async () => {
    reg = await startRegistry({ auth: 'htpasswd', users: { alice: { password: 's3cret' } } });
  });
  afterAll(() => reg?.stop());

  test('rejects unauthenticated and wrong pushes, accepts authenticated ones', async () => {
    const anonymous = await startUpload(reg, 'team/app');
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
    expect((await startUpload(reg, 'team/app', basic('alice', 'wrong'))).status).toBe(401);
    expect((await startUpload(reg, 'team/app', basic('alice', 's3cret'))).status).toBe(202);

    const image = await pushImage(reg, 'team/app', 'v1');
    const manifest = await getManifest(reg, 'team/app', 'v1');
    expect(manifest.digest).toBe(image.digest);
    expect(manifest.bytes.equals(image.bytes)).toBe(true);
  });
});

describe('auth mode token', () => {
  let reg: TestRegistry;
  beforeAll(async () => {
    reg = await startRegistry({
      auth: 'token',
      users: { alice: { password: 'pw', repos: ['team/'] } },
      anonymousPull: ['public/'],
    });
  });
  afterAll(() => reg?.stop());

  const tokenFor = async (scopes: string[], authorization?: string) => {
    const url = new URL(reg.realm!);
    url.searchParams.set('service', 'test-registry');
    for (const scope of scopes) url.searchParams.append('scope', scope);
    const response = await fetch(url, { headers: authorization ? { authorization } : {} });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  test('challenges anonymous pushes and accepts its own tokens', async () => {
    const anonymous = await startUpload(reg, 'team/app');
    expect(anonymous.status).toBe(401);
    const challenge = anonymous.headers.get('www-authenticate') ?? '';
    expect(challenge).toContain(`Bearer realm="${reg.realm}"`);
    expect(challenge).toContain('service="test-registry"');
    expect((await startUpload(reg, 'team/app', await reg.authHeader('team/app'))).status).toBe(202);
  });

  test("grants only what a user's repos allow", async () => {
    const { status, body } = await tokenFor(
      ['repository:team/app:pull,push', 'repository:other/app:pull,push'],
      basic('alice', 'pw'),
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ expires_in: 300 });
    expect(body.token).toBe(body.access_token);
    const request = reg.tokenRequests.at(-1)!;
    expect(request).toMatchObject({ account: 'alice', basic: true, status: 200 });
    expect(request.scope).toEqual([
      'repository:team/app:pull,push',
      'repository:other/app:pull,push',
    ]);
    expect(request.granted).toEqual([
      { type: 'repository', name: 'team/app', actions: ['pull', 'push'] },
    ]);

    const bearer = `Bearer ${body.token as string}`;
    expect((await startUpload(reg, 'team/app', bearer)).status).toBe(202);
    const denied = await startUpload(reg, 'other/app', bearer);
    expect(denied.status).toBe(401);
    expect(denied.headers.get('www-authenticate')).toContain('error="insufficient_scope"');

    expect((await tokenFor(['repository:team/app:pull'], basic('alice', 'nope'))).status).toBe(401);
    expect(reg.tokenRequests.at(-1)).toMatchObject({ status: 401, basic: true });
  });

  test('anonymous users may pull only what anonymousPull allows', async () => {
    const image = await pushImage(reg, 'public/base', 'latest');
    const { body } = await tokenFor([
      'repository:public/base:pull,push',
      'repository:team/app:pull',
    ]);
    expect(reg.tokenRequests.at(-1)).toMatchObject({
      basic: false,
      granted: [{ type: 'repository', name: 'public/base', actions: ['pull'] }],
    });
    const bearer = `Bearer ${body.token as string}`;
    const pulled = await fetch(`${reg.url}/v2/public/base/manifests/latest`, {
      headers: { authorization: bearer, accept: image.mediaType },
    });
    expect(pulled.status).toBe(200);
    expect(Buffer.from(await pulled.arrayBuffer()).equals(image.bytes)).toBe(true);
    expect((await startUpload(reg, 'public/base', bearer)).status).toBe(401);
  });

  test('an index with attestations reads back byte for byte', async () => {
    const platforms = [
      { os: 'linux', architecture: 'amd64' },
      { os: 'linux', architecture: 'arm64', variant: 'v8' },
    ];
    const index = await pushIndex(reg, 'team/multi', 'v1', platforms, { attestation: true });
    expect(index.children.map((child) => child.platform)).toEqual(platforms);
    expect(index.attestations).toHaveLength(2);
    const manifest = await getManifest(reg, 'team/multi', 'v1');
    expect(manifest).toEqual({
      status: 200,
      digest: index.digest,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      bytes: index.bytes,
    });
    const parsed = JSON.parse(index.bytes.toString('utf8'));
    expect(parsed.manifests.map((m: { platform: { os: string } }) => m.platform.os)).toEqual([
      'linux',
      'linux',
      'unknown',
      'unknown',
    ]);
    for (const child of [...index.children, ...index.attestations]) {
      const got = await getManifest(reg, 'team/multi', child.digest);
      expect(got.digest).toBe(child.digest);
      expect(got.bytes.equals(child.bytes)).toBe(true);
    }
    const docker = await pushIndex(reg, 'team/multi', 'docker', platforms, { format: 'docker' });
    expect((await getManifest(reg, 'team/multi', 'docker')).mediaType).toBe(docker.mediaType);
  });
});

describe('proxies', () => {
  let reg: TestRegistry;
  beforeAll(async () => {
    reg = await startRegistry({ auth: 'token', users: { alice: { password: 'pw' } } });
  });
  afterAll(() => reg?.stop());

  test('the fault proxy injects faults and forwards everything else', async () => {
    const image = await pushImage(reg, 'team/app', 'v1', { layerSize: 100_000 });
    const proxy = await startFaultProxy(reg.url, ({ index }) =>
      index === 0
        ? { status: 503, retryAfter: '2' }
        : index === 3
          ? { drop: 'mid-body' }
          : index === 4
            ? { drop: 'before-response' }
            : undefined,
    );
    try {
      const authorization = (await reg.authHeader('team/app'))!;
      const faulted = await fetch(`${proxy.url}/v2/`, { headers: { authorization } });
      expect(faulted.status).toBe(503);
      expect(faulted.headers.get('retry-after')).toBe('2');
      await faulted.arrayBuffer();

      const upload = await fetch(`${proxy.url}/v2/team/app/blobs/uploads/`, {
        method: 'POST',
        headers: { authorization },
      });
      expect(upload.status).toBe(202);
      // distribution builds Location from the Host the client sent: it points at the proxy.
      expect(upload.headers.get('location')).toMatch(new RegExp(`^${proxy.url}/v2/team/app/`));

      const layer = image.layers[0];
      const blob = await fetch(`${proxy.url}/v2/team/app/blobs/${layer.digest}`, {
        headers: { authorization },
      });
      expect(Buffer.from(await blob.arrayBuffer()).equals(layer.data)).toBe(true);

      const cut = await fetch(`${proxy.url}/v2/team/app/blobs/${layer.digest}`, {
        headers: { authorization },
      });
      expect(cut.status).toBe(200);
      await expect(cut.arrayBuffer()).rejects.toThrow();
      await expect(fetch(`${proxy.url}/v2/`, { headers: { authorization } })).rejects.toThrow();

      expect(proxy.requests.map((r) => [r.method, r.fault])).toEqual([
        ['GET', { status: 503, retryAfter: '2' }],
        ['POST', undefined],
        ['GET', undefined],
        ['GET', { drop: 'mid-body' }],
        ['GET', { drop: 'before-response' }],
      ]);
      expect(proxy.requests[1].headers.authorization).toBe(authorization);
    } finally {
      await proxy.stop();
    }
  });

  test('the redirecting proxy sends blob GETs to another host and records them', async () => {
    const blob = await pushBlob(reg, 'team/app', Buffer.from('redirected content'));
    const proxy = await startRedirectingProxy(reg, { storageBindHost: '127.0.0.2' });
    try {
      const authorization = (await reg.authHeader('team/app'))!;
      const response = await fetch(`${proxy.url}/v2/team/app/blobs/${blob.digest}`, {
        headers: { authorization },
      });
      expect(response.status).toBe(200);
      expect(response.url.startsWith('http://127.0.0.2:')).toBe(true);
      expect(Buffer.from(await response.arrayBuffer()).equals(blob.data)).toBe(true);
      expect(proxy.storageHits).toHaveLength(1);
      expect(proxy.storageHits[0].url).toBe(`/storage/team/app/${blob.digest}`);
      // Node's fetch drops Authorization on a cross-origin redirect, as every client should.
      expect(proxy.storageHits[0].headers.authorization).toBeUndefined();

      // Everything else is forwarded.
      const manifest = await fetch(`${proxy.url}/v2/`, { headers: { authorization } });
      expect(manifest.status).toBe(200);
    } finally {
      await proxy.stop();
    }
  });
});
