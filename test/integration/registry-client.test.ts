import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { startFaultProxy } from '../helpers/fault-proxy.js';
import { getBlob, pushBlob, pushImage, randomData, sha256Digest } from '../helpers/images.js';
import { sleep } from '../helpers/util.js';
import { Readable } from 'node:stream';
import { RegistryClient } from '../../src/distribution/client.js';
import { Transport } from '../../src/http/transport.js';

// The client's protocol paths that promotions rarely take: token expiry and chunked uploads.
let reg: TestRegistry;
const credentials = { username: 'cli', password: 'client-secret-pw' };

beforeAll(async () => {
  reg = await startRegistry({
    auth: 'token',
    tokenTtl: 2,
    users: { cli: { password: credentials.password } },
  });
}, 60_000);

afterAll(async () => {
  await reg?.stop();
});

describe('the registry client', () => {
  it('reuses a token for its scope until it expires, then mints a new one', async () => {
    const transport = new Transport();
    const repo = new RegistryClient(
      { host: reg.host, insecure: true, credentials, label: 'reg' },
      transport,
    ).repository('tok/app', { push: true });
    const before = reg.tokenRequests.length;
    await repo.headManifest('1');
    await repo.headManifest('2');
    await repo.headBlob(`sha256:${'a'.repeat(64)}`);
    expect(reg.tokenRequests.length - before).toBe(1);
    // expires_in is 2 s: renewed before it lapses, so the next request after it gets a new one.
    await sleep(2100);
    await repo.headManifest('3');
    expect(reg.tokenRequests.length - before).toBe(2);
    await transport.close();
  });

  it('fetches a prepared token before the first request, and only once', async () => {
    const transport = new Transport();
    const repo = new RegistryClient(
      { host: reg.host, insecure: true, credentials, label: 'reg' },
      transport,
    ).repository('prep/app', { push: true });
    const before = reg.tokenRequests.length;
    repo.prepareAuth();
    // The ping and the token go out with no request of the repository's own made yet.
    for (let i = 0; i < 200 && reg.tokenRequests.length === before; i++) await sleep(10);
    expect(reg.tokenRequests.length - before).toBe(1);
    expect(transport.stats.requests).toBe(2);
    expect(await repo.headManifest('absent')).toBeUndefined();
    expect(reg.tokenRequests.length - before).toBe(1);
    expect(transport.stats.requests).toBe(3);
    await transport.close();
  });

  it('throws a prepared token failure at the first request, without asking again', async () => {
    const transport = new Transport();
    const repo = new RegistryClient(
      {
        host: reg.host,
        insecure: true,
        credentials: { ...credentials, password: 'wrong' },
        label: 'reg',
      },
      transport,
    ).repository('prep/app', { push: true });
    const before = reg.tokenRequests.length;
    repo.prepareAuth();
    await expect(repo.headManifest('1')).rejects.toThrow(/token service .* refused/);
    expect(reg.tokenRequests.length - before).toBe(1);
    await transport.close();
  });

  it('uploads in chunks when the registry refuses a blob in one PUT', async () => {
    // A registry that will not take a body on the closing PUT: only PATCHed uploads may complete.
    const patched = new Set<string>();
    const proxy = await startFaultProxy(reg.url, ({ method, url }) => {
      const path = url.split('?')[0];
      if (method === 'PATCH') patched.add(path);
      if (method === 'PUT' && url.includes('/blobs/uploads/') && !patched.has(path))
        return { status: 413 };
      return undefined;
    });
    const transport = new Transport();
    try {
      const repo = new RegistryClient(
        { host: proxy.host, insecure: true, credentials, label: 'reg' },
        transport,
      ).repository('chunk/app', { push: true });
      const data = randomData(40 * 1024 * 1024 + 123);
      const digest = sha256Digest(data);
      await repo.uploadBlob(digest, data.length, async () => Readable.from([data]));
      expect(proxy.requests.filter((r) => r.method === 'PATCH').length).toBe(3);
      expect(
        proxy.requests.some((r) => r.fault && 'status' in r.fault && r.fault.status === 413),
      ).toBe(true);
      expect((await getBlob(reg, 'chunk/app', digest)).bytes.equals(data)).toBe(true);
    } finally {
      await transport.close();
      await proxy.stop();
    }
  });

  it('refuses a blob read whole (a config) whose bytes do not hash to its digest', async () => {
    const blob = await pushBlob(reg, 'tok/cfg', Buffer.from('{"os":"linux"}'));
    // A proxy that answers the blob GET with other bytes, as a broken cache might.
    const proxy = await startFaultProxy(reg.url, ({ method, url }) =>
      method === 'GET' && url.includes('/blobs/')
        ? { status: 200, body: '{"os":"evil"}' }
        : undefined,
    );
    const transport = new Transport();
    try {
      const repo = new RegistryClient(
        { host: proxy.host, insecure: true, credentials, label: 'reg' },
        transport,
      ).repository('tok/cfg');
      await expect(repo.getBlob(blob.digest)).rejects.toMatchObject({
        code: 'DIGEST_INVALID',
        message: expect.stringContaining(`reg: the blob tok/cfg@${blob.digest} came back with`),
      });
    } finally {
      await transport.close();
      await proxy.stop();
    }
  });

  it("lists a repository's tags once for a step, and again after it writes a tag", async () => {
    const image = await pushImage(reg, 'tags/app', '1', { seed: 'listing' });
    const transport = new Transport();
    try {
      const repo = new RegistryClient(
        { host: reg.host, insecure: true, credentials, label: 'reg' },
        transport,
      ).repository('tags/app', { push: true });
      const first = await repo.listTags(10_000);
      const afterFirst = transport.stats.requests;
      // A listing it covers (a smaller limit) is answered from the one kept: no request.
      expect(await repo.listTags(1000)).toEqual(first);
      expect(transport.stats.requests).toBe(afterFirst);
      expect(first).toEqual({ tags: ['1'], complete: true });

      await repo.putManifest('2', {
        bytes: image.bytes,
        mediaType: image.mediaType,
        digest: image.digest,
      });
      expect((await repo.listTags(1000))?.tags.sort()).toEqual(['1', '2']);
    } finally {
      await transport.close();
    }
  });
});
