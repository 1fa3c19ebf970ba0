import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { promote } from '../../src/actions/promote.js';
import { runWith } from '../helpers/io.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { startFaultProxy, type Fault } from '../helpers/fault-proxy.js';
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

function registries(sourceHost: string, targetHost: string): string {
  return `
registries:
  - name: src
    domain: ${sourceHost}
    credentials: { username: { env: S_USER }, password: { env: S_PASS } }
  - name: dst
    domain: ${targetHost}
    credentials: { username: { env: T_USER }, password: { env: T_PASS } }
`;
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
      const io = await runWith(
        promote,
        {
          candidate: `${sourceProxy.host}/faulty/app:1`,
          registry: 'dst',
          tag: '1',
          registries: registries(sourceProxy.host, targetProxy.host),
        },
        env,
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
      const io = await runWith(
        promote,
        {
          candidate: `${source.host}/broken/app:1`,
          registry: 'dst',
          tag: '1',
          registries: registries(source.host, proxy.host),
        },
        env,
      );
      expect(io.failed).toMatch(
        /^dst: uploading blob sha256:[0-9a-f]{64} to broken\/app failed: HTTP 500: UNKNOWN: disk full$/,
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
      const io = await runWith(
        promote,
        {
          candidate: `${proxy.host}/redirected/app:1`,
          registry: 'dst',
          tag: '1',
          registries: registries(proxy.host, target.host),
        },
        env,
      );
      expect(io.failed).toBeUndefined();
      expect(proxy.storageHits.length).toBe(3);
      for (const hit of proxy.storageHits) expect(hit.headers.authorization).toBeUndefined();
      expect((await getManifest(target, 'redirected/app', '1')).digest).toBe(image.digest);
    } finally {
      await proxy.stop();
    }
  });
});
