import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promote } from '../../src/actions/promote/index.js';
import { runWith } from '../helpers/io.js';
import { startRegistry, TOKEN_SERVICE, type TestRegistry } from '../helpers/registry.js';
import { startFaultProxy, type Fault, type ProxiedRequest } from '../helpers/fault-proxy.js';
import { startRedirectingProxy } from '../helpers/blob-redirect.js';
import { getManifest, getBlob, pushIndex, pushImage } from '../helpers/images.js';

let source: TestRegistry;
let target: TestRegistry;
const env = { S_USER: 'sam', S_PASS: 'sam-secret-pw', T_USER: 'tess', T_PASS: 'tess-secret-pw' };

beforeAll(async () => {
  source = await startRegistry({ auth: 'htpasswd', users: { sam: { password: env.S_PASS } } });
  target = await startRegistry({ auth: 'token', users: { tess: { password: env.T_PASS } } });
}, 60_000);

afterAll(async () => {
  await Promise.all([source?.stop(), target?.stop()]);
});

/**
 * `src` and `dst` on the given hosts. Each logs in as the user of the registry behind its host:
 * sam for `source`, tess for `target` (a proxy's host stands for the registry behind it).
 */
function registries(
  sourceHost: string,
  targetHost: string,
  users: { src: 'S' | 'T'; dst: 'S' | 'T' } = { src: 'S', dst: 'T' },
): string {
  const creds = (u: 'S' | 'T') =>
    `credentials: { username: { env: ${u}_USER }, password: { env: ${u}_PASS } }`;
  return `
registries:
  - name: src
    domain: ${sourceHost}
    ${creds(users.src)}
  - name: dst
    domain: ${targetHost}
    ${creds(users.dst)}
`;
}

/** Promotes `candidate` to `dst` under `tag`. */
function promoteTo(candidate: string, registriesYaml: string, tag = '1') {
  return runWith(promote, { candidate, registry: 'dst', tag, registries: registriesYaml }, env);
}

describe('promote under faults', () => {
  it('lands byte-identical through 503s, 429 with Retry-After and dropped connections', async () => {
    const index = await pushIndex(
      source,
      'faulty/app',
      '1',
      [
        { os: 'linux', architecture: 'amd64' },
        { os: 'linux', architecture: 'arm64' },
      ],
      { layers: 2, layerSize: 300_000 },
    );
    // Faults on both sides: the source drops a blob download half way, the target answers 503 and
    // 429 and drops connections before answering.
    const seen = new Map<string, number>();
    const once = (key: string) => {
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      return n === 1;
    };
    const sourceProxy = await startFaultProxy(source.url, ({ method, url }): Fault | undefined => {
      if (method === 'GET' && url.includes('/blobs/') && once(`mid ${url}`))
        return { drop: 'mid-body' };
      if (method === 'GET' && url.includes('/manifests/') && once(`503 ${url}`))
        return { status: 503 };
      return undefined;
    });
    const targetProxy = await startFaultProxy(target.url, ({ method, url }): Fault | undefined => {
      if (method === 'HEAD' && url.includes('/blobs/') && once(`429 ${url}`))
        return { status: 429, retryAfter: '1' };
      if (method === 'POST' && url.includes('/blobs/uploads/') && once('drop-post'))
        return { drop: 'before-response' };
      if (method === 'PUT' && url.includes('/manifests/') && once(`503 ${url}`))
        return { status: 503 };
      return undefined;
    });
    try {
      const io = await promoteTo(
        `${sourceProxy.host}/faulty/app:1`,
        registries(sourceProxy.host, targetProxy.host),
      );
      expect(io.failed).toBeUndefined();
      const faults = [...sourceProxy.requests, ...targetProxy.requests].filter((r) => r.fault);
      expect(faults.some((r) => r.fault && 'drop' in r.fault && r.fault.drop === 'mid-body')).toBe(
        true,
      );
      expect(faults.some((r) => r.fault && 'status' in r.fault && r.fault.status === 429)).toBe(
        true,
      );
      expect(faults.some((r) => r.fault && 'status' in r.fault && r.fault.status === 503)).toBe(
        true,
      );
      const landed = await getManifest(target, 'faulty/app', '1');
      expect(landed.bytes.equals(index.bytes)).toBe(true);
      for (const child of index.children) {
        for (const layer of child.layers) {
          expect((await getBlob(target, 'faulty/app', layer.digest)).bytes.equals(layer.data)).toBe(
            true,
          );
        }
      }
    } finally {
      await Promise.all([sourceProxy.stop(), targetProxy.stop()]);
    }
  });

  it('fails clearly, writing no tag, when the registry keeps failing', async () => {
    await pushImage(source, 'broken/app', '1', { layers: 1, layerSize: 1000 });
    const proxy = await startFaultProxy(target.url, ({ method, url }) =>
      method === 'PUT' && url.includes('/blobs/uploads/')
        ? { status: 500, body: '{"errors":[{"code":"UNKNOWN","message":"disk full"}]}' }
        : undefined,
    );
    try {
      const io = await promoteTo(
        `${source.host}/broken/app:1`,
        registries(source.host, proxy.host),
      );
      expect(io.failed).toMatch(
        /^dst: uploading blob sha256:[0-9a-f]{64} to broken\/app failed: HTTP 500: UNKNOWN: disk full \(gave up after 5 tries\)$/,
      );
      expect((await getManifest(target, 'broken/app', '1')).status).toBe(404);
    } finally {
      await proxy.stop();
    }
  });

  it('follows a blob redirect to another host without Authorization', async () => {
    const image = await pushImage(source, 'redirected/app', '1', { layers: 2, layerSize: 5000 });
    const proxy = await startRedirectingProxy(source, { storageBindHost: '127.0.0.2' });
    try {
      const io = await promoteTo(
        `${proxy.host}/redirected/app:1`,
        registries(proxy.host, target.host),
      );
      expect(io.failed).toBeUndefined();
      expect(proxy.storageHits.length).toBe(3);
      for (const hit of proxy.storageHits) expect(hit.headers.authorization).toBeUndefined();
      expect((await getManifest(target, 'redirected/app', '1')).digest).toBe(image.digest);
    } finally {
      await proxy.stop();
    }
  });

  it('waits as Retry-After says, on a request and on a whole blob upload', async () => {
    const image = await pushImage(source, 'patient/app', '1', { layers: 1, layerSize: 5000 });
    const layer = image.layers[0].digest;
    let headed = false;
    let put = false;
    const proxy = await startFaultProxy(target.url, ({ method, url }): Fault | undefined => {
      if (method === 'HEAD' && url.endsWith(`/blobs/${layer}`) && !headed) {
        headed = true;
        return { status: 429, retryAfter: '1' };
      }
      // The blob's own upload: a streamed PUT, so the whole transfer is what is retried.
      if (method === 'PUT' && url.includes(`digest=${encodeURIComponent(layer)}`) && !put) {
        put = true;
        return { status: 429, retryAfter: '1' };
      }
      return undefined;
    });
    try {
      const io = await promoteTo(
        `${source.host}/patient/app:1`,
        registries(source.host, proxy.host),
      );
      expect(io.failed).toBeUndefined();
      const after = (fault: ProxiedRequest, same: (r: ProxiedRequest) => boolean) => {
        const next = proxy.requests.find((r) => r.at >= fault.at && r !== fault && same(r));
        return next!.at - fault.at;
      };
      const faulted = proxy.requests.filter((r) => r.fault);
      expect(faulted).toHaveLength(2);
      const [head, upload] = faulted;
      expect(after(head, (r) => r.method === 'HEAD' && r.url === head.url)).toBeGreaterThanOrEqual(
        950,
      );
      expect(
        after(upload, (r) => r.method === 'PUT' && r.url.includes(encodeURIComponent(layer))),
      ).toBeGreaterThanOrEqual(950);
      expect((await getManifest(target, 'patient/app', '1')).bytes.equals(image.bytes)).toBe(true);
    } finally {
      await proxy.stop();
    }
  });

  it('retries connections dropped mid-answer: a manifest, a token, a blob', async () => {
    // The token registry is the source here, its token service behind a proxy of its own.
    const image = await pushImage(target, 'cut/app', '1', { layers: 2, layerSize: 50_000 });
    const realm = new URL(target.realm!);
    let tokenCut = false;
    const tokens = await startFaultProxy(realm.origin, ({ method }) => {
      if (method !== 'GET' || tokenCut) return undefined;
      tokenCut = true;
      return { drop: 'mid-body' };
    });
    const cut = new Set<string>();
    const registryProxy = await startFaultProxy(
      target.url,
      ({ method, url }): Fault | undefined => {
        const kind = url.includes('/manifests/')
          ? 'manifest'
          : url.includes('/blobs/')
            ? 'blob'
            : '';
        if (method !== 'GET' || !kind || cut.has(kind)) return undefined;
        cut.add(kind);
        return { drop: 'mid-body' };
      },
      { realm: (r) => r.replace(realm.origin, tokens.url) },
    );
    const twoWay = registries(registryProxy.host, source.host, { src: 'T', dst: 'S' });
    try {
      const io = await promoteTo(`${registryProxy.host}/cut/app:1`, twoWay);
      expect(io.failed).toBeUndefined();
      expect(tokens.requests.filter((r) => r.fault)).toHaveLength(1);
      expect([...cut].sort()).toEqual(['blob', 'manifest']);
      expect((await getManifest(source, 'cut/app', '1')).bytes.equals(image.bytes)).toBe(true);
      for (const l of image.layers)
        expect((await getBlob(source, 'cut/app', l.digest)).bytes.equals(l.data)).toBe(true);
    } finally {
      await Promise.all([registryProxy.stop(), tokens.stop()]);
    }
  });

  it('re-authenticates once after a 401, and fails rather than loop when it persists', async () => {
    const image = await pushImage(source, 'reauth/app', '1', { layers: 1, layerSize: 5000 });
    const refused = (repo: string): Fault => ({
      status: 401,
      body: '{"errors":[{"code":"UNAUTHORIZED","message":"token expired"}]}',
      headers: {
        'www-authenticate': `Bearer realm="${target.realm}",service="${TOKEN_SERVICE}",scope="repository:${repo}:pull,push",error="invalid_token"`,
      },
    });
    const once = new Set<string>();
    const flaky = await startFaultProxy(target.url, ({ method, url }) => {
      // One refused token on the blob's streamed upload and one on the tag's manifest PUT.
      const kind =
        method === 'PUT' && url.includes('/blobs/uploads/')
          ? 'blob'
          : method === 'PUT' && url.includes('/manifests/')
            ? 'manifest'
            : '';
      if (!kind || once.has(kind)) return undefined;
      once.add(kind);
      return refused('reauth/app');
    });
    try {
      const before = target.tokenRequests.length;
      const io = await promoteTo(
        `${source.host}/reauth/app:1`,
        registries(source.host, flaky.host),
      );
      expect(io.failed).toBeUndefined();
      expect([...once].sort()).toEqual(['blob', 'manifest']);
      // The first token, then one new token per refusal.
      expect(target.tokenRequests.length - before).toBe(3);
      expect((await getManifest(target, 'reauth/app', '1')).bytes.equals(image.bytes)).toBe(true);
    } finally {
      await flaky.stop();
    }

    const always = await startFaultProxy(target.url, ({ method, url }) =>
      method === 'PUT' && url.includes('/manifests/') ? refused('reauth/app') : undefined,
    );
    try {
      const before = target.tokenRequests.length;
      const io = await promoteTo(
        `${source.host}/reauth/app:1`,
        registries(source.host, always.host),
        'again',
      );
      expect(io.failed).toMatch(
        /^dst: writing manifest reauth\/app:again failed: HTTP 401: UNAUTHORIZED: token expired \(the credentials were not accepted\)$/,
      );
      expect(target.tokenRequests.length - before).toBe(2);
      expect(always.requests.filter((r) => r.method === 'PUT')).toHaveLength(2);
    } finally {
      await always.stop();
    }
  });

  it('follows a blob redirect to another host without the Bearer token', async () => {
    const image = await pushImage(target, 'redirected/tok', '1', { layers: 2, layerSize: 5000 });
    const proxy = await startRedirectingProxy(target, { storageBindHost: '127.0.0.2' });
    const fromTokenRegistry = registries(proxy.host, source.host, { src: 'T', dst: 'S' });
    try {
      const io = await promoteTo(`${proxy.host}/redirected/tok:1`, fromTokenRegistry);
      expect(io.failed).toBeUndefined();
      expect(proxy.storageHits.length).toBe(3);
      for (const hit of proxy.storageHits) expect(hit.headers.authorization).toBeUndefined();
      // The registry itself did get the token.
      const blobGets = proxy.requests.filter(
        (r) => r.method === 'GET' && r.url.includes('/blobs/'),
      );
      expect(blobGets.length).toBe(3);
      for (const r of blobGets) expect(String(r.headers.authorization)).toMatch(/^Bearer /);
      expect((await getManifest(source, 'redirected/tok', '1')).digest).toBe(image.digest);
    } finally {
      await proxy.stop();
    }
  });

  it('leaks no secret when credentials are refused, from the file or the Docker config', async () => {
    await pushImage(target, 'secret/app', '1', { layers: 1, layerSize: 100 });
    const wrong = 'wrong-but-secret-password';
    const basic = (u: string, p: string) => Buffer.from(`${u}:${p}`).toString('base64');
    const fromFile = await runWith(
      promote,
      {
        candidate: `${target.host}/secret/app:1`,
        tag: '2',
        registries: `registries:\n  - name: dst\n    domain: ${target.host}\n    credentials: { username: tess, password: { env: WRONG } }\n`,
      },
      { ...env, WRONG: wrong, RUNNER_DEBUG: '1' },
    );
    const dockerConfig = mkdtempSync(path.join(tmpdir(), 'docker-config-'));
    try {
      writeFileSync(
        path.join(dockerConfig, 'config.json'),
        JSON.stringify({ auths: { [target.host]: { auth: basic('tess', wrong) } } }),
      );
      const fromDockerConfig = await runWith(
        promote,
        { candidate: `${target.host}/secret/app:1`, tag: '2' },
        { DOCKER_CONFIG: dockerConfig, RUNNER_DEBUG: '1' },
      );
      for (const io of [fromFile, fromDockerConfig]) {
        expect(io.failed).toMatch(/refused the credentials of user "tess" \(HTTP 401\)/);
        expect(io.failed).toMatch(
          /; they came from (the password in WRONG of registry dst|the entry ".*" of the Docker config)/,
        );
        const everything = [...io.logs, io.failed, JSON.stringify(io.outputs)].join('\n');
        expect(everything).not.toContain(wrong);
        expect(everything).not.toContain(basic('tess', wrong));
      }
    } finally {
      rmSync(dockerConfig, { recursive: true, force: true });
    }
  });
});
