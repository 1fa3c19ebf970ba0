import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { sync } from '../../src/actions/sync/index.js';
import { runWith } from '../helpers/io.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { startFaultProxy, type Fault, type FaultProxy } from '../helpers/fault-proxy.js';
import { getManifest, listTags, pushImage, pushIndex, pushManifest } from '../helpers/images.js';
import type { SyncReport } from '../../src/sync/run.js';

// The sync step against real registries: htpasswd on the source, token auth on the target, each
// behind a proxy that records every request (and injects 429s where a test asks).

let source: TestRegistry;
let target: TestRegistry;
let sourceProxy: FaultProxy;
let targetProxy: FaultProxy;
let faults: (req: { method: string; url: string }) => Fault | undefined = () => undefined;
const env = { S_USER: 'sam', S_PASS: 'sam-secret-pw', T_USER: 'tess', T_PASS: 'tess-secret-pw' };

beforeAll(async () => {
  [source, target] = await Promise.all([
    startRegistry({ auth: 'htpasswd', users: { sam: { password: env.S_PASS } } }),
    startRegistry({ auth: 'token', users: { tess: { password: env.T_PASS } } }),
  ]);
  [sourceProxy, targetProxy] = await Promise.all([
    startFaultProxy(source.url, (req) => faults(req)),
    startFaultProxy(target.url, (req) => faults(req)),
  ]);
}, 60_000);

afterAll(async () => {
  await Promise.all([sourceProxy?.stop(), targetProxy?.stop(), source?.stop(), target?.stop()]);
});

afterEach(() => {
  faults = () => undefined;
  delete process.env.IMAGE_ACTIONS_RETRY_BUDGET_MS;
});

function registries(extra = ''): string {
  return `registries:
  - name: src
    domain: ${sourceProxy.host}
    credentials: { username: { env: S_USER }, password: { env: S_PASS } }
  - name: dst
    domain: ${targetProxy.host}
    default: true
    repository_prefix: mirror
    credentials: { username: { env: T_USER }, password: { env: T_PASS } }
${extra}`;
}

function runSync(syncYaml: string, inputs: Record<string, string> = {}) {
  return runWith(sync, { sync: syncYaml, registries: registries(), ...inputs }, env);
}

const planOf = (run: { outputs: Record<string, string> }) =>
  JSON.parse(run.outputs.plan) as SyncReport;

/** Tags each source image under several tags, as upstream repositories do. */
async function seed(repo: string, tags: Record<string, string[]>): Promise<Record<string, string>> {
  const digests: Record<string, string> = {};
  for (const [seedName, names] of Object.entries(tags)) {
    const image = await pushImage(source, repo, names[0], {
      seed: `${repo}-${seedName}`,
      layers: 2,
    });
    for (const name of names) {
      await pushManifest(source, repo, name, image.mediaType, image.bytes);
      digests[name] = image.digest;
    }
  }
  return digests;
}

describe('sync', () => {
  it('mirrors by rules byte for byte; a re-run HEADs each tag on both sides and nothing more', async () => {
    const digests = await seed('lib/app', {
      a: ['1.0.0'],
      b: ['1.1.0'],
      c: ['1.2.0-rc.1'],
      d: ['1.2.0', 'latest'],
      e: ['2.0.0'],
      f: ['sha-abc'],
    });
    const index = await pushIndex(source, 'lib/app', '1.3.0-beta', [
      { os: 'linux', architecture: 'amd64' },
      { os: 'linux', architecture: 'arm64' },
    ]);
    const file = `sync:
  - source: ${sourceProxy.host}/lib/app
    tags:
      semver: '>=1.0.0 <2'
      deny: ['-rc']
      latest: 2
  - source: ${sourceProxy.host}/lib/app
    image_name: upstream/app
    tags:
      allow: ['^latest$', '-beta$']
    target_tag: 'up-{tag}'
`;
    const first = await runSync(file);
    expect(first.failed).toBeUndefined();
    const plan = planOf(first);
    expect(plan.pairs.map((p) => [p.source.split(':').pop(), p.target, p.action])).toEqual([
      ['1.2.0', `${targetProxy.host}/mirror/lib/app:1.2.0`, 'copy'],
      ['1.1.0', `${targetProxy.host}/mirror/lib/app:1.1.0`, 'copy'],
      ['1.3.0-beta', `${targetProxy.host}/mirror/upstream/app:up-1.3.0-beta`, 'copy'],
      ['latest', `${targetProxy.host}/mirror/upstream/app:up-latest`, 'copy'],
    ]);
    // The same bytes, so the same digests, on the target.
    for (const [repo, tag, digest] of [
      ['mirror/lib/app', '1.2.0', digests['1.2.0']],
      ['mirror/lib/app', '1.1.0', digests['1.1.0']],
      ['mirror/upstream/app', 'up-latest', digests.latest],
      ['mirror/upstream/app', 'up-1.3.0-beta', index.digest],
    ]) {
      expect((await getManifest(target, repo, tag)).digest).toBe(digest);
    }
    expect(plan.pairs[0].source_digest).toBe(digests['1.2.0']);
    expect((await listTags(target, 'mirror/lib/app')).sort()).toEqual(['1.1.0', '1.2.0']);
    expect(plan.stats).toMatchObject({ pairs: 4, copied: 4, skipped: 0, not_done: 0 });
    expect(plan.stats.bytes_copied).toBeGreaterThan(0);
    expect(first.summaries[0].tables?.map((t) => t.rows.length)).toEqual([2, 2]);

    // Nothing changed: HEADs only, one per tag on each side, plus the listings and auth.
    sourceProxy.requests.length = 0;
    targetProxy.requests.length = 0;
    const again = await runSync(file);
    expect(again.failed).toBeUndefined();
    expect(planOf(again).stats).toMatchObject({ copied: 0, skipped: 4, bytes_copied: 0 });
    const all = [...sourceProxy.requests, ...targetProxy.requests];
    expect(all.filter((r) => r.method !== 'HEAD' && /\/manifests\//.test(r.url))).toEqual([]);
    expect(all.filter((r) => /\/blobs\//.test(r.url))).toEqual([]);
    expect(all.filter((r) => r.method === 'HEAD').length).toBe(8);
    const listings = sourceProxy.requests.filter((r) => /\/tags\/list/.test(r.url));
    expect(listings.length).toBe(2);
    // Pings and re-sent requests after a 401 challenge: the rest.
    expect(all.length).toBeLessThanOrEqual(8 + 2 + 4 * 2);

    // Upstream moves a tag: only that pair is copied.
    const moved = await pushImage(source, 'lib/app', '1.2.0', { seed: 'moved', layers: 1 });
    const third = await runSync(file);
    expect(
      planOf(third)
        .pairs.filter((p) => p.action === 'copy')
        .map((p) => p.target),
    ).toEqual([`${targetProxy.host}/mirror/lib/app:1.2.0`]);
    expect((await getManifest(target, 'mirror/lib/app', '1.2.0')).digest).toBe(moved.digest);
  }, 120_000);

  it('overwrite: false keeps and lists a tag that points elsewhere; backup tags the old digest first', async () => {
    await seed('lib/keep', { a: ['1.0.0'], b: ['1.1.0'] });
    const theirs = await pushImage(target, 'mirror/lib/keep', '1.0.0', { seed: 'theirs' });
    const mine = await pushImage(target, 'mirror/lib/moving', '1.0.0', { seed: 'old-mirror' });
    const source10 = (await getManifest(source, 'lib/keep', '1.0.0')).digest;
    const file = `sync:
  - source: ${sourceProxy.host}/lib/keep
    overwrite: false
  - source: ${sourceProxy.host}/lib/keep
    image_name: lib/moving
    backup: '{tag}-was-{digest}'
`;
    const run = await runSync(file);
    expect(run.failed).toBeUndefined();
    const rows = planOf(run).pairs.map((p) => [p.target.split('/').slice(1).join('/'), p.action]);
    expect(rows).toEqual([
      ['mirror/lib/keep:1.1.0', 'copy'],
      ['mirror/lib/keep:1.0.0', 'kept'],
      ['mirror/lib/moving:1.1.0', 'copy'],
      ['mirror/lib/moving:1.0.0', 'copy'],
    ]);
    const kept = planOf(run).pairs[1];
    expect(kept).toMatchObject({ source_digest: source10, target_digest: theirs.digest });
    expect(run.logs).toContain(
      `kept (overwrite: false): ${sourceProxy.host}/lib/keep:1.0.0 → ${targetProxy.host}/mirror/lib/keep:1.0.0 ${source10} (target was ${theirs.digest})`,
    );
    expect((await getManifest(target, 'mirror/lib/keep', '1.0.0')).digest).toBe(theirs.digest);
    const backup = `1.0.0-was-${mine.digest.slice(7, 19)}`;
    expect(planOf(run).pairs[3].backup).toBe(backup);
    expect((await getManifest(target, 'mirror/lib/moving', backup)).digest).toBe(mine.digest);
    expect((await getManifest(target, 'mirror/lib/moving', '1.0.0')).digest).toBe(source10);
  }, 60_000);

  it('a 429 postpones that item while the others go on; what stays limited is listed at the end', async () => {
    await seed('lib/busy', { a: ['1'], b: ['2'], c: ['3'], d: ['4'] });
    // Retry-After beyond the retry budget: the request gives up at once, the item is set aside.
    process.env.IMAGE_ACTIONS_RETRY_BUDGET_MS = '1500';
    let limitedOnce = false;
    faults = ({ method, url }) => {
      if (method !== 'HEAD') return undefined;
      if (url.endsWith('/lib/busy/manifests/2') && !limitedOnce) {
        limitedOnce = true;
        return { status: 429, retryAfter: '2' };
      }
      if (url.endsWith('/lib/busy/manifests/4')) return { status: 429, retryAfter: '1' };
      return undefined;
    };
    const run = await runSync(`sync:\n  - source: ${sourceProxy.host}/lib/busy\n`);
    expect(run.failed).toMatch(/^1 of the sync's items were not done/);
    expect(run.failed).toContain(
      `- ${sourceProxy.host}/lib/busy:4 → ${targetProxy.host}/mirror/lib/busy:4: src: checking manifest lib/busy:4 failed: HTTP 429`,
    );
    expect(run.failed).not.toContain(env.S_PASS);
    const plan = planOf(run);
    expect(plan.pairs.map((p) => [p.source.split(':').pop(), p.action])).toEqual([
      ['1', 'copy'],
      ['2', 'copy'],
      ['3', 'copy'],
      ['4', 'not done'],
    ]);
    expect(plan.not_done).toHaveLength(1);
    expect(await listTags(target, 'mirror/lib/busy')).toEqual(
      expect.arrayContaining(['1', '2', '3']),
    );
    expect(await listTags(target, 'mirror/lib/busy')).not.toContain('4');
    // Tag 2 waited out its Retry-After; tags 1 and 3 were written meanwhile.
    const limited = sourceProxy.requests.find((r) => r.fault && r.url.endsWith('/manifests/2'));
    const retried = sourceProxy.requests.find(
      (r) => !r.fault && r.method === 'HEAD' && r.url.endsWith('/lib/busy/manifests/2'),
    );
    expect(retried!.at - limited!.at).toBeGreaterThanOrEqual(2000);
    const written = targetProxy.requests.filter(
      (r) => r.method === 'PUT' && /\/mirror\/lib\/busy\/manifests\/[13]$/.test(r.url),
    );
    expect(written).toHaveLength(2);
    for (const w of written) expect(w.at).toBeLessThan(retried!.at);
    expect(
      run.logs.some((l) => /lib\/busy:2 .*rate-limited \(HTTP 429\); postponed for 2 s/.test(l)),
    ).toBe(true);
  }, 60_000);

  it('a dry run plans with bytes and a matrix and writes nothing; shards split the pairs', async () => {
    const tags = Array.from({ length: 300 }, (_, i) => `1.${i}.0`);
    const image = await pushImage(source, 'lib/many', tags[0], {
      seed: 'many',
      layers: 2,
      layerSize: 5000,
    });
    for (const tag of tags.slice(1))
      await pushManifest(source, 'lib/many', tag, image.mediaType, image.bytes);
    const file = `sync:\n  - source: ${sourceProxy.host}/lib/many\n    tags: { semver: '>=1.100.0', deny: ['5\\.0$'] }\n`;
    targetProxy.requests.length = 0;
    const dry = await runSync(file, { dry_run: 'true' });
    expect(dry.failed).toBeUndefined();
    const plan = planOf(dry);
    const expected = tags.filter((t) => Number(t.split('.')[1]) >= 100 && !t.endsWith('5.0'));
    expect(plan.pairs.map((p) => p.source.split(':').pop()).sort()).toEqual(expected.sort());
    expect(plan.pairs.every((p) => p.action === 'copy' && p.source_digest === image.digest)).toBe(
      true,
    );
    // The first pair moves the layers; the others find them there (the dry run remembers).
    expect(plan.pairs.reduce((n, p) => n + p.bytes, 0)).toBe(
      image.layers.reduce((n, l) => n + l.size, 0) + image.config.size,
    );
    expect(plan.matrix).toEqual({ include: [{ shard: '1/2' }, { shard: '2/2' }] });
    expect(dry.summaries[0].title).toBe('Sync plan (dry run)');
    expect(targetProxy.requests.filter((r) => !['GET', 'HEAD'].includes(r.method))).toEqual([]);
    expect(await listTags(target, 'mirror/lib/many')).toEqual([]);

    // Three jobs of the matrix take every pair once between them.
    const shards = await Promise.all(
      ['1/3', '2/3', '3/3'].map((shard) => runSync(file, { dry_run: 'true', shard })),
    );
    const taken = shards.map((s) => planOf(s).pairs.map((p) => p.target));
    expect(taken.every((t) => t.length > 0)).toBe(true);
    expect(taken.flat().sort()).toEqual(plan.pairs.map((p) => p.target).sort());
    expect(shards.map((s) => planOf(s).shard)).toEqual(['1/3', '2/3', '3/3']);
  }, 120_000);

  it('keeps to requests_per_second on the source host', async () => {
    await seed('lib/paced', { a: ['1'], b: ['2'], c: ['3'], d: ['4'], e: ['5'], f: ['6'] });
    sourceProxy.requests.length = 0;
    const run = await runWith(
      sync,
      {
        sync: `sync:\n  - source: ${sourceProxy.host}/lib/paced\n    registry: dst\n`,
        registries: registries().replace(
          `    domain: ${sourceProxy.host}\n`,
          `    domain: ${sourceProxy.host}\n    requests_per_second: 10\n`,
        ),
      },
      env,
    );
    expect(run.failed).toBeUndefined();
    const times = sourceProxy.requests.map((r) => r.at).sort((a, b) => a - b);
    expect(times.length).toBeGreaterThan(30);
    // A second's worth (10) may go at once, then 10 a second: any 21 requests in a row span a
    // second at least (one more for the unpaced ping; 50 ms for the proxy's own timing).
    const widths = times.slice(21).map((t, i) => t - times[i]);
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(950);
    expect(planOf(run).stats.copied).toBe(6);
  }, 60_000);

  it('lands byte for byte through dropped connections', async () => {
    const digests = await seed('lib/flaky', { a: ['1.0.0'], b: ['1.1.0'] });
    const cut = new Set<string>();
    faults = ({ method, url }) => {
      // Each blob's first read, and each manifest write's first try, break off.
      const key = `${method} ${url}`;
      if (cut.has(key)) return undefined;
      if (method === 'GET' && /\/lib\/flaky\/blobs\//.test(url)) {
        cut.add(key);
        return { drop: 'mid-body' };
      }
      if (method === 'PUT' && /\/manifests\/1\.1\.0$/.test(url)) {
        cut.add(key);
        return { drop: 'before-response' };
      }
      return undefined;
    };
    const run = await runSync(`sync:\n  - source: ${sourceProxy.host}/lib/flaky\n`);
    expect(run.failed).toBeUndefined();
    expect(cut.size).toBeGreaterThan(2);
    for (const tag of ['1.0.0', '1.1.0']) {
      expect((await getManifest(target, 'mirror/lib/flaky', tag)).digest).toBe(digests[tag]);
    }
  }, 60_000);

  it('fails naming the sync file line and field for an unknown registry, writing nothing', async () => {
    const run = await runSync(
      `sync:\n  - source: ${sourceProxy.host}/lib/app\n    registry: nope\n`,
    );
    expect(run.failed).toBe(
      'the sync input line 3: sync[0].registry: there is no registry named "nope"; the registries input declares src, dst',
    );
    expect(run.outputs.plan).toBeUndefined();
    const elsewhere = await runSync(
      `sync:\n  - source: ${sourceProxy.host}/lib/app\n    image_name: ghcr.io/acme/app\n`,
    );
    expect(elsewhere.failed).toBe(
      `the sync input line 3: sync[0].image_name: names ghcr.io, but the mirror goes to ${targetProxy.host} (dst); set registry to an integration of ghcr.io, or leave the domain out`,
    );
  });
});
