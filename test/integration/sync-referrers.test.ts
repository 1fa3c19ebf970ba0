import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sync } from '../../src/actions/sync/index.js';
import { runWith } from '../helpers/io.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { startFaultProxy, type FaultProxy } from '../helpers/fault-proxy.js';
import { getManifest, pushIndex } from '../helpers/images.js';
import { supplyChain, type SupplyChain } from '../helpers/signing.js';
import type { SyncReport } from '../../src/sync/run.js';

// Signatures made by the real cosign travel with a sync and verify on the target; `platforms`
// narrows an index and still re-runs without copying.

let src: TestRegistry;
let dst: TestRegistry;
let srcProxy: FaultProxy;
let tools: SupplyChain;

beforeAll(async () => {
  [src, dst, tools] = await Promise.all([startRegistry(), startRegistry(), supplyChain()]);
  srcProxy = await startFaultProxy(src.url, () => undefined);
}, 60_000);

afterAll(async () => {
  await Promise.all([srcProxy?.stop(), src?.stop(), dst?.stop(), tools?.remove()]);
});

const registries = () =>
  `registries:\n  - { name: src, domain: ${srcProxy.host} }\n  - { name: dst, domain: ${dst.host}, default: true }\n`;
const planOf = (run: { outputs: Record<string, string> }) =>
  JSON.parse(run.outputs.plan) as SyncReport;

describe('sync with signatures and platforms', () => {
  it('carries cosign signatures: cosign verify passes on the target', async () => {
    const index = await pushIndex(src, 'team/app', '1.0.0', [
      { os: 'linux', architecture: 'amd64' },
      { os: 'linux', architecture: 'arm64' },
    ]);
    await tools.sign(`${src.host}/team/app@${index.digest}`);
    const run = await runWith(sync, {
      sync: `sync:\n  - source: ${srcProxy.host}/team/app\n    tags: { semver: '1.x' }\n`,
      registries: registries(),
    });
    expect(run.failed).toBeUndefined();
    expect(planOf(run).stats).toMatchObject({ copied: 1, referrers: 1 });
    expect((await getManifest(dst, 'team/app', '1.0.0')).digest).toBe(index.digest);
    const verified = await tools.verify(`${dst.host}/team/app@${index.digest}`);
    expect(JSON.stringify(verified)).toContain(index.digest);
  }, 120_000);

  it('an image signed after it was mirrored gets its signature on the next run; then HEADs only', async () => {
    const index = await pushIndex(src, 'team/late', '1.0.0', [
      { os: 'linux', architecture: 'amd64' },
    ]);
    const file = `sync:\n  - source: ${srcProxy.host}/team/late\n    tags: { semver: '1.x' }\n`;
    const first = await runWith(sync, { sync: file, registries: registries() });
    expect(planOf(first).stats).toMatchObject({ copied: 1, referrers: 0 });
    await expect(tools.verify(`${dst.host}/team/late@${index.digest}`)).rejects.toThrow();

    await tools.sign(`${src.host}/team/late@${index.digest}`);
    const second = await runWith(sync, { sync: file, registries: registries() });
    expect(second.failed).toBeUndefined();
    expect(planOf(second).pairs[0]).toMatchObject({ action: 'copy', target_digest: index.digest });
    expect(planOf(second).stats).toMatchObject({ referrers: 1, blobs: { copied: 2 } });
    const verified = await tools.verify(`${dst.host}/team/late@${index.digest}`);
    expect(JSON.stringify(verified)).toContain(index.digest);

    // Signed and mirrored: the tag's HEADs and the signature tag's, on the source side.
    srcProxy.requests.length = 0;
    const third = await runWith(sync, { sync: file, registries: registries() });
    expect(planOf(third).pairs[0].action).toBe('skip');
    const sig = `sha256-${index.digest.slice(7)}.sig`;
    expect(
      srcProxy.requests
        .filter((r) => !/tags\/list|\/v2\/$/.test(r.url))
        .map((r) => `${r.method} ${r.url}`),
    ).toEqual(
      expect.arrayContaining([
        'HEAD /v2/team/late/manifests/1.0.0',
        `HEAD /v2/team/late/manifests/${sig}`,
      ]),
    );
    expect(
      srcProxy.requests.filter((r) => r.method !== 'HEAD' && !/tags\/list|\/v2\/$/.test(r.url)),
    ).toEqual([]);
  }, 120_000);

  it('with platforms: one platform’s own manifest; a re-run reads the index alone and copies nothing', async () => {
    const index = await pushIndex(src, 'team/multi', '2.0.0', [
      { os: 'linux', architecture: 'amd64' },
      { os: 'linux', architecture: 'arm64' },
    ]);
    const arm = index.children[1];
    const file = `sync:\n  - source: ${srcProxy.host}/team/multi\n    image_name: team/multi-arm\n    platforms: [linux/arm64]\n`;
    const first = await runWith(sync, { sync: file, registries: registries() });
    expect(first.failed).toBeUndefined();
    expect(planOf(first).pairs[0]).toMatchObject({ action: 'copy', source_digest: index.digest });
    expect((await getManifest(dst, 'team/multi-arm', '2.0.0')).digest).toBe(arm.digest);

    srcProxy.requests.length = 0;
    const again = await runWith(sync, { sync: file, registries: registries() });
    expect(again.failed).toBeUndefined();
    expect(planOf(again).pairs[0]).toMatchObject({ action: 'skip', target_digest: arm.digest });
    const reads = srcProxy.requests.filter(
      (r) => r.method === 'GET' && !/tags\/list|\/v2\/$/.test(r.url),
    );
    expect(reads.map((r) => r.url)).toEqual([`/v2/team/multi/manifests/${index.digest}`]);
    expect(srcProxy.requests.filter((r) => /\/blobs\//.test(r.url))).toEqual([]);
  }, 60_000);
});
