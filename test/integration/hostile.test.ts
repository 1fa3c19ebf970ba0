import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { promote } from '../../src/actions/promote/index.js';
import { createReportImageInfo } from '../../src/actions/report-image-info/index.js';
import { runCli } from '../../src/cli/cli.js';
import { RegistrySession } from '../../src/distribution/session.js';
import { DEFAULT_RETRY } from '../../src/http/limits.js';
import { discoverReferrers } from '../../src/images/referrers.js';
import {
  startFaultProxy,
  streamForever,
  type Fault,
  type FaultProxy,
} from '../helpers/fault-proxy.js';
import {
  getManifest,
  listTags,
  MEDIA_TYPES,
  pushBlob,
  pushImage,
  pushManifest,
  sha256Digest,
} from '../helpers/images.js';
import { runWith, type MemoryIO } from '../helpers/io.js';
import { startRegistry, TOKEN_SERVICE, type TestRegistry } from '../helpers/registry.js';
import { closeServer, listen } from '../helpers/util.js';

/**
 * Hostile and broken registries and endpoints (issue 13), each a small loopback server written
 * here, in front of a real registry or in its place: what they send is bounded in memory and in
 * time, said in one line, and nothing reaches the target.
 */

let source: TestRegistry;
let target: TestRegistry;
let tokens: TestRegistry;
const env = {
  T_USER: 'tess',
  T_PASS: 'tess-secret-pw',
  K_USER: 'kim',
  K_PASS: 'kim-secret-pw',
};

/** Times shortened for the tests; each test may shorten or lengthen them further. */
const SHORT = { IMAGE_ACTIONS_IDLE_TIMEOUT_MS: '400', IMAGE_ACTIONS_RETRY_BUDGET_MS: '2500' };
const saved = { ...process.env };
function setTimes(times: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(times)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
}

beforeAll(async () => {
  [source, target, tokens] = await Promise.all([
    startRegistry(),
    startRegistry({ auth: 'htpasswd', users: { tess: { password: env.T_PASS } } }),
    startRegistry({ auth: 'token', users: { kim: { password: env.K_PASS } } }),
  ]);
}, 60_000);

afterAll(async () => {
  await Promise.all([source?.stop(), target?.stop(), tokens?.stop()]);
});

afterEach(() => {
  for (const name of Object.keys(SHORT)) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(stops.splice(0).map((stop) => stop()));
});

async function proxy(
  upstream: string,
  decide: (req: { method: string; url: string }) => Fault | undefined,
  options?: Parameters<typeof startFaultProxy>[2],
): Promise<FaultProxy> {
  const started = await startFaultProxy(upstream, decide, options);
  stops.push(() => started.stop());
  return started;
}

/** `src` on `sourceHost` (anonymous, or kim for the token registry), `dst` the target as tess. */
function registries(sourceHost: string, sourceUser?: 'K'): string {
  const creds = (u: string) =>
    `credentials: { username: { env: ${u}_USER }, password: { env: ${u}_PASS } }`;
  return `
registries:
  - name: src
    domain: ${sourceHost}
    ${sourceUser ? creds(sourceUser) : ''}
  - name: dst
    domain: ${target.host}
    ${creds('T')}
`;
}

function promoteTo(candidate: string, registriesYaml: string, extra: Record<string, string> = {}) {
  return runWith(
    promote,
    { candidate, registry: 'dst', tag: 'promoted', registries: registriesYaml, ...extra },
    env,
  );
}

/** The failure: one line, in user words, not a TypeError or a raw undici trace. */
function oneLine(io: MemoryIO): string {
  expect(io.failed).toBeDefined();
  const failed = io.failed!;
  expect(failed).not.toMatch(/[\r\n]/);
  expect(failed).not.toMatch(/TypeError|\s{4}at |UND_ERR/);
  return failed;
}

async function nothingWritten(repo: string): Promise<void> {
  expect(await listTags(target, repo)).toEqual([]);
}

const MiB = 1024 * 1024;

describe('unbounded reads are bounded', () => {
  it('refuses a manifest that never ends at 4 MiB', async () => {
    await pushImage(source, 'endless/manifest', '1');
    const hostile = await proxy(source.url, ({ method, url }) =>
      method === 'GET' && url.includes('/manifests/')
        ? { endless: { status: 200, headers: { 'content-type': MEDIA_TYPES.ociManifest } } }
        : undefined,
    );
    const rss = process.memoryUsage().rss;
    const io = await promoteTo(`${hostile.host}/endless/manifest:1`, registries(hostile.host));
    expect(oneLine(io)).toBe(
      'src: reading manifest endless/manifest:1 failed: the manifest is larger than 4 MiB, the limit; refused',
    );
    const [sent] = hostile.requests.filter((r) => r.fault);
    // The read stopped at the limit: the server saw the client go, having sent little more than
    // 4 MiB (what the sockets buffer on the way), and memory did not grow with it.
    await waitFor(() => sent.closedAt !== undefined);
    expect(sent.bytesSent!).toBeLessThan(4 * MiB + 16 * MiB);
    expect(process.memoryUsage().rss - rss).toBeLessThan(200 * MiB);
    await nothingWritten('endless/manifest');
  });

  it('reads an error body that never ends only to 64 KiB', async () => {
    await pushImage(source, 'endless/error', '1');
    const hostile = await proxy(source.url, ({ method, url }) =>
      method === 'GET' && url.includes('/manifests/')
        ? { endless: { status: 404, headers: { 'content-type': 'text/plain' }, prefix: 'gone: ' } }
        : undefined,
    );
    const io = await promoteTo(`${hostile.host}/endless/error:1`, registries(hostile.host));
    const failed = oneLine(io);
    expect(failed).toMatch(/^src: reading manifest endless\/error:1 failed: HTTP 404: gone: a+$/);
    expect(failed.length).toBeLessThan(400);
    const [sent] = hostile.requests.filter((r) => r.fault);
    await waitFor(() => sent.closedAt !== undefined);
    expect(sent.bytesSent!).toBeLessThan(16 * MiB);
    await nothingWritten('endless/error');
  });

  it('refuses a token answer that never ends at 1 MiB, and one of JSON null', async () => {
    await pushImage(tokens, 'endless/token', '1');
    const realm = new URL(tokens.realm!);
    let answer: Fault = {
      endless: {
        status: 200,
        headers: { 'content-type': 'application/json' },
        prefix: '{"token":"',
      },
    };
    const issuer = await proxy(realm.origin, () => answer);
    const front = await proxy(tokens.url, () => undefined, {
      realm: (r) => r.replace(realm.origin, issuer.url),
    });
    const candidate = `${front.host}/endless/token:1`;
    const endless = await promoteTo(candidate, registries(front.host, 'K'));
    expect(oneLine(endless)).toBe(
      `src: the token service at ${issuer.url} answered with more than 1 MiB; refused`,
    );
    const [sent] = issuer.requests;
    await waitFor(() => sent.closedAt !== undefined);
    expect(sent.bytesSent!).toBeLessThan(MiB + 16 * MiB);

    answer = { status: 200, body: 'null', headers: { 'content-type': 'application/json' } };
    const nullAnswer = await promoteTo(candidate, registries(front.host, 'K'));
    expect(oneLine(nullAnswer)).toBe(
      `src: the token service at ${issuer.url} sent no usable token (expected a JSON object with a token or access_token)`,
    );
    answer = { status: 200, body: '{"token":"t","expires_in":"soon"}' };
    const wrongType = await promoteTo(candidate, registries(front.host, 'K'));
    expect(oneLine(wrongType)).toBe(
      `src: the token service at ${issuer.url} sent no usable token (expires_in must be number)`,
    );
    await nothingWritten('endless/token');
  });

  it('refuses a page of referrers that never ends at 4 MiB', async () => {
    const image = await pushImage(source, 'endless/refs', '1');
    const hostile = await proxy(source.url, ({ method, url }) =>
      method === 'GET' && url.startsWith('/v2/endless/refs/referrers/')
        ? { endless: { status: 200, headers: { 'content-type': MEDIA_TYPES.ociIndex } } }
        : undefined,
    );
    const io = await promoteTo(`${hostile.host}/endless/refs:1`, registries(hostile.host));
    expect(oneLine(io)).toBe(
      `src: listing referrers of endless/refs@${image.digest} failed: the page of referrers is larger than 4 MiB, the limit; refused`,
    );
    await nothingWritten('endless/refs');
  });

  it('refuses a referrers listing past 16 MiB in all its pages: one huge entry on every page', async () => {
    const image = await pushImage(source, 'huge/refs', '1');
    // One entry of about 1 MiB (its annotation), the same on every page, and always a next page.
    const entry = {
      mediaType: MEDIA_TYPES.ociManifest,
      digest: `sha256:${'e'.repeat(64)}`,
      size: 100,
      annotations: { note: 'x'.repeat(MiB) },
    };
    const page = JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociIndex,
      manifests: [entry],
    });
    let pages = 0;
    const hostile = await proxy(source.url, ({ method, url }) => {
      if (method !== 'GET' || !url.startsWith('/v2/huge/refs/referrers/')) return undefined;
      pages++;
      const next = `${url.split('?')[0]}?page=${pages}`;
      return {
        status: 200,
        body: page,
        headers: { 'content-type': MEDIA_TYPES.ociIndex, link: `<${next}>; rel="next"` },
      };
    });
    const io = await promoteTo(`${hostile.host}/huge/refs:1`, registries(hostile.host));
    expect(oneLine(io)).toBe(
      `src: listing referrers of huge/refs@${image.digest}: more than 16 MiB in all its pages; refused`,
    );
    expect(pages).toBeLessThanOrEqual(17);
    await nothingWritten('huge/refs');
  });

  it('bounds a referrers graph that fans out: 1000 referrers in all, 1000 listings, said once', async () => {
    const image = await pushImage(source, 'fan/app', '1');
    // Every subject has 40 referrers, each naming it, made up as they are asked for.
    const empty = {
      mediaType: 'application/vnd.oci.empty.v1+json',
      digest: sha256Digest('{}'),
      size: 2,
    };
    const made = new Map<string, Buffer>();
    const children = (subject: string) =>
      Array.from({ length: 40 }, (_, i) => {
        const bytes = Buffer.from(
          JSON.stringify({
            schemaVersion: 2,
            mediaType: MEDIA_TYPES.ociManifest,
            artifactType: 'application/vnd.example.fan',
            config: empty,
            layers: [empty],
            subject: { mediaType: MEDIA_TYPES.ociManifest, digest: subject, size: 1 },
            annotations: { n: String(i) },
          }),
        );
        const digest = sha256Digest(bytes);
        made.set(digest, bytes);
        return {
          mediaType: MEDIA_TYPES.ociManifest,
          digest,
          size: bytes.length,
          artifactType: 'application/vnd.example.fan',
        };
      });
    let listings = 0;
    let reads = 0;
    const hostile = await proxy(source.url, ({ method, url }): Fault | undefined => {
      const listing = /^\/v2\/fan\/app\/referrers\/(sha256:[a-f0-9]{64})/.exec(url);
      if (method === 'GET' && listing) {
        listings++;
        return {
          status: 200,
          body: JSON.stringify({
            schemaVersion: 2,
            mediaType: MEDIA_TYPES.ociIndex,
            manifests: children(listing[1]),
          }),
          headers: { 'content-type': MEDIA_TYPES.ociIndex },
        };
      }
      const manifest = /^\/v2\/fan\/app\/manifests\/(sha256:[a-f0-9]{64})$/.exec(url);
      const bytes = manifest && made.get(manifest[1]);
      if (bytes) {
        reads++;
        return {
          status: 200,
          body: bytes,
          headers: {
            'content-type': MEDIA_TYPES.ociManifest,
            'docker-content-digest': manifest[1],
          },
        };
      }
      return undefined;
    });
    const warnings: string[] = [];
    const session = new RegistrySession();
    try {
      const repo = session
        .for({ host: hostile.host, insecure: true, label: 'src' })
        .repository('fan/app');
      const found = await discoverReferrers(repo, [image.digest], {
        warn: (m) => warnings.push(m),
      });
      expect(found).toHaveLength(1000);
      expect(new Set(found.map((r) => r.digest)).size).toBe(1000);
    } finally {
      await session.close();
    }
    expect(listings).toBeLessThanOrEqual(1000);
    expect(reads).toBeLessThanOrEqual(1000);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      new RegExp(
        `^src: fan/app@${image.digest}: \\d+ referrers and the referrers of \\d+ referrers left out: the walk of its referrers stops at (1000 referrers|1000 listings)(, (1000 referrers|1000 listings))?$`,
      ),
    );
  }, 60_000);

  it('ends a tag listing whose every page links on under a new last=: repeated, then empty', async () => {
    const image = await pushImage(source, 'pages/app', '1');
    // Each mode answers every tags/list request, always with a next page: the same tag again
    // (repeated content), or nothing after the first page (empty pages).
    let mode: 'repeat' | 'empty' = 'repeat';
    const listings: string[] = [];
    const hostile = await proxy(source.url, ({ method, url }): Fault | undefined => {
      if (method !== 'GET' || !url.startsWith('/v2/pages/app/tags/list')) return undefined;
      listings.push(url);
      const n = listings.length;
      const tags = mode === 'repeat' || n === 1 ? ['1'] : [];
      return {
        status: 200,
        body: JSON.stringify({ name: 'pages/app', tags }),
        headers: {
          'content-type': 'application/json',
          link: `</v2/pages/app/tags/list?n=1000&last=t${n}>; rel="next"`,
        },
      };
    });
    for (const m of ['repeat', 'empty'] as const) {
      mode = m;
      listings.length = 0;
      const io = await promoteTo(`${hostile.host}/pages/app:1`, registries(hostile.host));
      expect(io.failed).toBeUndefined();
      expect(io.outputs.digest).toBe(image.digest);
      expect(listings).toHaveLength(2);
    }
  });

  it('refuses a blob that goes on past its size, and writes no tag', async () => {
    const image = await pushImage(source, 'endless/blob', '1', { layerSize: 4096 });
    const layer = image.layers[0].digest;
    const hostile = await proxy(source.url, ({ method, url }) =>
      method === 'GET' && url.endsWith(`/blobs/${layer}`)
        ? { endless: { status: 200, headers: { 'content-type': 'application/octet-stream' } } }
        : undefined,
    );
    const io = await promoteTo(`${hostile.host}/endless/blob:1`, registries(hostile.host));
    expect(oneLine(io)).toBe(
      `src → dst: endless/blob: blob ${layer} is larger than the 4096 bytes its manifest gives; nothing was written`,
    );
    await nothingWritten('endless/blob');
    expect((await getManifest(target, 'endless/blob', image.digest)).status).toBe(404);
  });

  it("reads the report endpoint's answer to 1 MiB, a success's not at all", async () => {
    await pushImage(source, 'endless/report', '1');
    let status = 500;
    const endpoint = await hostileServer((_req, res) => {
      res.writeHead(status, { 'content-type': 'text/plain' });
      streamForever(res, '', () => {});
    });
    const report = createReportImageInfo({ retry: { ...DEFAULT_RETRY, baseDelayMs: 1 } });
    const inputs = {
      image: `${source.host}/endless/report:1`,
      endpoint: `${endpoint.url}/v1/images`,
      timeout_seconds: '20',
    };
    const io = await runWith(report, inputs, {});
    expect(oneLine(io)).toBe(
      `Reporting to ${endpoint.url}/v1/images failed: it answered with more than 1 MiB (the limit for an answer); not read further`,
    );
    expect(endpoint.hits()).toBe(1);
    status = 200;
    const delivered = await runWith(report, inputs, {});
    expect(delivered.failed).toBeUndefined();
    expect(delivered.logs.join('\n')).toContain(`reported to ${endpoint.url}/v1/images (HTTP 200)`);
  });
});

describe('unbounded time is bounded', () => {
  it('fails within the budget when a manifest answer goes silent after its headers', async () => {
    setTimes(SHORT);
    await pushImage(source, 'silent/manifest', '1');
    const hostile = await proxy(source.url, ({ method, url }) =>
      method === 'GET' && url.includes('/manifests/')
        ? {
            hang: 'after-headers',
            answer: 200,
            headers: { 'content-type': MEDIA_TYPES.ociManifest },
          }
        : undefined,
    );
    const started = Date.now();
    const io = await promoteTo(`${hostile.host}/silent/manifest:1`, registries(hostile.host));
    const elapsed = Date.now() - started;
    expect(oneLine(io)).toMatch(
      /^src: reading manifest silent\/manifest:1 failed: the connection failed \(the answer stopped coming \(body timeout\); gave up after \d tries? within the retry budget of 2\.5 s\)$/,
    );
    // Within the budget, plus one idle timeout at most for the try under way, plus slack.
    expect(elapsed).toBeLessThan(2500 + 400 + 1500);
    await nothingWritten('silent/manifest');
  });

  it('fails within the budget when a manifest drips, a byte just within every idle timeout', async () => {
    // 1 byte every 250 ms, under the 400 ms idle timeout: the manifest would take minutes.
    setTimes(SHORT);
    await pushImage(source, 'drip/manifest', '1');
    const hostile = await proxy(source.url, ({ method, url }) =>
      method === 'GET' && url.includes('/manifests/')
        ? { trickle: { chunkBytes: 1, everyMs: 250 } }
        : undefined,
    );
    const started = Date.now();
    const io = await promoteTo(`${hostile.host}/drip/manifest:1`, registries(hostile.host));
    const elapsed = Date.now() - started;
    expect(oneLine(io)).toMatch(
      /^src: reading manifest drip\/manifest:1 failed: the manifest was not read whole within \d(\.\d)? s, the retry budget left; refused$/,
    );
    expect(elapsed).toBeLessThan(2500 + 1500);
    // One try: the budget is spent, so no other try begins.
    expect(hostile.requests.filter((r) => r.fault)).toHaveLength(1);
    await nothingWritten('drip/manifest');
  });

  it('fails within the budget when a token answer drips', async () => {
    setTimes(SHORT);
    await pushImage(tokens, 'drip/token', '1');
    const realm = new URL(tokens.realm!);
    const issuer = await proxy(realm.origin, () => ({ trickle: { chunkBytes: 1, everyMs: 250 } }));
    const front = await proxy(tokens.url, () => undefined, {
      realm: (r) => r.replace(realm.origin, issuer.url),
    });
    const started = Date.now();
    const io = await promoteTo(`${front.host}/drip/token:1`, registries(front.host, 'K'));
    expect(Date.now() - started).toBeLessThan(2500 + 1500);
    expect(oneLine(io)).toMatch(
      new RegExp(
        `^src: the token service at ${issuer.url}: its answer was not read whole within \\d(\\.\\d)? s, the retry budget left; refused$`,
      ),
    );
    await nothingWritten('drip/token');
  });

  it('fails within the budget when a blob GET never answers', async () => {
    setTimes(SHORT);
    const image = await pushImage(source, 'silent/blob', '1');
    const layer = image.layers[0].digest;
    const hostile = await proxy(source.url, ({ method, url }) =>
      method === 'GET' && url.endsWith(`/blobs/${layer}`) ? { hang: 'before-headers' } : undefined,
    );
    const started = Date.now();
    const io = await promoteTo(`${hostile.host}/silent/blob:1`, registries(hostile.host));
    expect(Date.now() - started).toBeLessThan(2500 + 400 + 1500);
    expect(oneLine(io)).toMatch(
      new RegExp(
        `^src: reading blob silent/blob@${layer} failed: the connection failed \\(no answer came in time \\(headers timeout\\); gave up after \\d tries? within the retry budget of 2\\.5 s\\)$`,
      ),
    );
    await nothingWritten('silent/blob');
  });

  it('fails at once on a Retry-After beyond the budget, saying when the registry asked', async () => {
    const image = await pushImage(source, 'later/app', '1');
    const layer = image.layers[0].digest;
    const hostile = await proxy(target.url, ({ method, url }) =>
      method === 'HEAD' && url.endsWith(`/blobs/${layer}`)
        ? { status: 503, retryAfter: '86400' }
        : undefined,
    );
    const started = Date.now();
    const io = await runWith(
      promote,
      {
        candidate: `${source.host}/later/app:1`,
        tag: 'promoted',
        registries: `registries:\n  - name: dst\n    domain: ${hostile.host}\n    credentials: { username: { env: T_USER }, password: { env: T_PASS } }\n`,
        registry: 'dst',
      },
      env,
    );
    expect(Date.now() - started).toBeLessThan(2000);
    const failed = oneLine(io);
    const match =
      /^dst: checking blob later\/app@sha256:[0-9a-f]{64} failed: HTTP 503 \(asked to retry at (\S+) \(Retry-After\), beyond the retry budget of 5 minutes\)$/.exec(
        failed,
      );
    expect(match).not.toBeNull();
    expect(Math.abs(Date.parse(match![1]) - (started + 86_400_000))).toBeLessThan(10_000);
    expect(hostile.requests.filter((r) => r.fault)).toHaveLength(1);
    await nothingWritten('later/app');
  });

  it('retries one budget per operation, never nested: 5 tries in all for a failing blob', async () => {
    const image = await pushImage(source, 'flat/app', '1');
    const layer = image.layers[0].digest;
    const hostile = await proxy(source.url, ({ method, url }) =>
      method === 'GET' && url.endsWith(`/blobs/${layer}`) ? { status: 503 } : undefined,
    );
    const io = await promoteTo(`${hostile.host}/flat/app:1`, registries(hostile.host));
    expect(oneLine(io)).toBe(
      `src: reading blob flat/app@${layer} failed: HTTP 503: UNAVAILABLE: injected fault: 503 (gave up after 5 tries)`,
    );
    // Nested loops (a transfer retried 5 times around requests retried 5 times) made 25.
    expect(hostile.requests.filter((r) => r.fault)).toHaveLength(DEFAULT_RETRY.tries);
    await nothingWritten('flat/app');
  });

  it('lets a big blob on a slow link pass: only silence is timed out, not size', async () => {
    // The transfer takes longer than the idle timeout many times, and longer than the budget.
    setTimes({ IMAGE_ACTIONS_IDLE_TIMEOUT_MS: '400', IMAGE_ACTIONS_RETRY_BUDGET_MS: '1000' });
    const image = await pushImage(source, 'slow/app', '1', { layerSize: 300_000 });
    const layer = image.layers[0].digest;
    const hostile = await proxy(source.url, ({ method, url }) =>
      method === 'GET' && url.endsWith(`/blobs/${layer}`)
        ? { trickle: { chunkBytes: 16 * 1024, everyMs: 80 } }
        : undefined,
    );
    const started = Date.now();
    const io = await promoteTo(`${hostile.host}/slow/app:1`, registries(hostile.host));
    expect(io.failed).toBeUndefined();
    expect(Date.now() - started).toBeGreaterThan(1000);
    expect(hostile.requests.filter((r) => r.fault)).toHaveLength(1);
    expect((await getManifest(target, 'slow/app', 'promoted')).bytes.equals(image.bytes)).toBe(
      true,
    );
  });
});

describe('malformed manifests are said in one line', () => {
  const descriptor = {
    mediaType: MEDIA_TYPES.ociLayer,
    digest: `sha256:${'a'.repeat(64)}`,
    size: 10,
  };
  const config = { ...descriptor, mediaType: MEDIA_TYPES.ociConfig };
  const manifest = (fields: Record<string, unknown>) =>
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociManifest,
      config,
      layers: [descriptor],
      ...fields,
    });
  const index = (manifests: unknown) =>
    JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests });
  const cases: [string, string, string, RegExp][] = [
    [
      'layers not a list',
      MEDIA_TYPES.ociManifest,
      manifest({ layers: {} }),
      /image manifest .*: \/layers must be array$/,
    ],
    [
      'a layer without a digest',
      MEDIA_TYPES.ociManifest,
      manifest({ layers: [{ mediaType: 'x', size: 1 }] }),
      /\/layers\/0 has no digest$/,
    ],
    [
      'a null manifest',
      MEDIA_TYPES.ociManifest,
      'null',
      /image manifest .*: the document must be object$/,
    ],
    [
      'a size that is a string',
      MEDIA_TYPES.ociManifest,
      manifest({ config: { ...config, size: '10' } }),
      /\/config\/size must be integer$/,
    ],
    [
      'no config',
      MEDIA_TYPES.dockerManifest,
      JSON.stringify({ schemaVersion: 2, layers: [] }),
      /image manifest .*: the document has no config$/,
    ],
    [
      'a layer that is null',
      MEDIA_TYPES.ociManifest,
      manifest({ layers: [null] }),
      /\/layers\/0 must be object$/,
    ],
    [
      'schema version 1',
      MEDIA_TYPES.ociManifest,
      manifest({ schemaVersion: 1 }),
      /\/schemaVersion must be equal to constant$/,
    ],
    ['not JSON', MEDIA_TYPES.ociManifest, '{"schemaVersion":', /is not valid JSON$/],
    [
      'an index whose manifests is a string',
      MEDIA_TYPES.ociIndex,
      index('all'),
      /image index .*: \/manifests must be array$/,
    ],
    [
      'an index entry without a digest',
      MEDIA_TYPES.dockerList,
      index([{ mediaType: MEDIA_TYPES.ociManifest, size: 3 }]),
      /\/manifests\/0 has no digest$/,
    ],
    [
      'an index entry with a platform of numbers',
      MEDIA_TYPES.ociIndex,
      index([{ ...descriptor, platform: { os: 1, architecture: 2 } }]),
      /\/manifests\/0\/platform\/os must be string$/,
    ],
    [
      'an artifact whose blobs are not descriptors',
      'application/vnd.example.thing.v1+json',
      JSON.stringify({ blobs: [{ digest: 4 }] }),
      /not a valid manifest \(application\/vnd\.example\.thing\.v1\+json\): \/blobs\/0 has no mediaType$/,
    ],
  ];

  it.each(cases)('%s', async (_name, mediaType, body, reason) => {
    const repo = 'malformed/app';
    const hostile = await proxy(source.url, ({ method, url }) =>
      method === 'GET' && url.endsWith(`/${repo}/manifests/1`)
        ? { status: 200, body, headers: { 'content-type': mediaType } }
        : undefined,
    );
    const io = await promoteTo(`${hostile.host}/${repo}:1`, registries(hostile.host));
    const digest = sha256Digest(body);
    const failed = oneLine(io);
    expect(failed.startsWith(`src: ${repo}@${digest}: the manifest ${digest} is not `)).toBe(true);
    expect(failed).toMatch(reason);
    await nothingWritten(repo);
  });

  it('says a config of JSON null in one line where its platform is needed, and reports without it', async () => {
    const repo = 'nullconfig/app';
    const config = await pushBlob(source, repo, Buffer.from('null'), MEDIA_TYPES.ociConfig);
    const layer = await pushBlob(source, repo, Buffer.from('layer'), MEDIA_TYPES.ociLayer);
    const strip = ({ mediaType, digest, size }: typeof config) => ({ mediaType, digest, size });
    const bytes = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: MEDIA_TYPES.ociManifest,
        config: strip(config),
        layers: [strip(layer)],
      }),
    );
    await pushManifest(source, repo, '1', MEDIA_TYPES.ociManifest, bytes);
    await pushImage(source, repo, '2', { platform: { os: 'linux', architecture: 'arm64' } });
    const merged = await runWith(
      promote,
      {
        candidate: `${source.host}/${repo}:1\n${source.host}/${repo}:2`,
        registry: 'dst',
        tag: 'promoted',
        registries: registries(source.host),
      },
      env,
    );
    expect(oneLine(merged)).toBe(
      `src: ${source.host}/${repo}:1: its config ${config.digest} is not a valid image config: the document must be object`,
    );
    await nothingWritten(repo);
    const reported = await runWith(createReportImageInfo(), {
      image: `${source.host}/${repo}:1`,
      registries: registries(source.host),
    });
    expect(reported.failed).toBeUndefined();
    expect(JSON.parse(reported.outputs.report).image.platforms).toEqual([]);
  });

  it('refuses a port out of range in a reference before any request', async () => {
    const io = await promoteTo('127.0.0.1:99999/app:1', registries(source.host));
    expect(oneLine(io)).toBe(
      'Invalid candidate "127.0.0.1:99999/app:1": "127.0.0.1:99999" is not a valid registry domain (host[:port], the port 1 to 65535)',
    );
  });
});

describe('digests are checked before they are used', () => {
  it('refuses a descriptor digest that is a path, sending the target nothing on it', async () => {
    const repo = 'traversal/app';
    const image = await pushImage(source, repo, '1');
    const body = Buffer.from(
      image.bytes
        .toString('utf8')
        .replace(image.layers[0].digest, 'sha256:../../../v2/other/blobs/x'),
    );
    const hostile = await proxy(source.url, ({ method, url }) =>
      method === 'GET' && url.endsWith(`/${repo}/manifests/1`)
        ? { status: 200, body, headers: { 'content-type': MEDIA_TYPES.ociManifest } }
        : undefined,
    );
    const watched = await proxy(target.url, () => undefined);
    const io = await runWith(
      promote,
      {
        candidate: `${hostile.host}/${repo}:1`,
        registry: 'dst',
        tag: 'promoted',
        registries: `registries:\n  - name: src\n    domain: ${hostile.host}\n  - name: dst\n    domain: ${watched.host}\n    credentials: { username: { env: T_USER }, password: { env: T_PASS } }\n`,
      },
      env,
    );
    expect(oneLine(io)).toMatch(
      /: \/layers\/0\/digest is not a digest \(sha256:<64 hex digits> or sha512:<128 hex digits>\)$/,
    );
    for (const r of watched.requests) expect(r.url).not.toMatch(/\.\.|%2e/i);
    await nothingWritten(repo);
  });

  it('verifies a candidate pinned by sha512, and refuses swapped bytes', async () => {
    const repo = 'pinned/app';
    const image = await pushImage(source, repo, '1');
    const other = await pushImage(source, 'pinned/other', '1');
    const sha512 = `sha512:${createHash('sha512').update(image.bytes).digest('hex')}`;
    let served = other.bytes;
    const hostile = await proxy(source.url, ({ method, url }) =>
      (method === 'GET' || method === 'HEAD') && url.endsWith(`/manifests/${sha512}`)
        ? { status: 200, body: served, headers: { 'content-type': MEDIA_TYPES.ociManifest } }
        : undefined,
    );
    const swapped = await promoteTo(`${hostile.host}/${repo}@${sha512}`, registries(hostile.host));
    expect(oneLine(swapped)).toBe(
      `src: the manifest ${repo}@${sha512} came back with digest sha512:${createHash('sha512').update(other.bytes).digest('hex')}`,
    );
    await nothingWritten(repo);

    served = image.bytes;
    const honest = await promoteTo(`${hostile.host}/${repo}@${sha512}`, registries(hostile.host), {
      expected_digest: sha512,
    });
    expect(honest.failed).toBeUndefined();
    expect((await getManifest(target, repo, 'promoted')).bytes.equals(image.bytes)).toBe(true);
  });
});

describe('what a registry says cannot become a workflow command', () => {
  /** Runs the CLI in-process, as a `run:` step in a workflow would, and returns every line. */
  async function cliLines(args: string[]): Promise<string[]> {
    let out = '';
    await runCli(args, {
      stdout: (t) => (out += t),
      stderr: (t) => (out += t),
      env: { HOME: '/nonexistent', ...env },
    });
    return out.split(/\r\n|\r|\n/);
  }
  const command = /^\s*(::|##\[)/;

  it("escapes an image config's os and architecture", async () => {
    await pushImage(source, 'inject/config', '1', {
      platform: { os: 'linux\n::warning::from-the-os', architecture: 'amd64\n::stop-commands::x' },
    });
    const lines = await cliLines([
      'report-image-info',
      '--image',
      `${source.host}/inject/config:1`,
      '--registries',
      `registries:\n  - name: src\n    domain: ${source.host}\n`,
    ]);
    expect(lines.join('\n')).toContain('%3A%3Awarning::from-the-os');
    for (const line of lines) expect(line).not.toMatch(command);
  });

  it("escapes a registry's error message, which stays on one line", async () => {
    await pushImage(source, 'inject/error', '1');
    const hostile = await proxy(source.url, ({ method, url }) =>
      method === 'GET' && url.includes('/manifests/')
        ? {
            status: 403,
            body: JSON.stringify({
              errors: [{ code: 'DENIED', message: 'no\n::stop-commands::pwned\n::warning::50%' }],
            }),
          }
        : undefined,
    );
    const io = await promoteTo(`${hostile.host}/inject/error:1`, registries(hostile.host));
    expect(oneLine(io)).toContain('DENIED: no%0A::stop-commands::pwned%0A::warning::50%25');
    const lines = await cliLines([
      'promote',
      '--candidate',
      `${hostile.host}/inject/error:1`,
      '--tag',
      'x',
      '--registries',
      `registries:\n  - name: src\n    domain: ${hostile.host}\n`,
    ]);
    expect(lines.some((l) => l.includes('DENIED'))).toBe(true);
    for (const line of lines) expect(line).not.toMatch(command);
  });
});

describe('Retry-After and challenges', () => {
  it.each(['-1', '+1', '2, 3'])(
    'treats Retry-After %s as absent: backoff, not "retry now"',
    async (value) => {
      await pushImage(source, 'unreadable/app', '1');
      let faulted = false;
      const hostile = await proxy(source.url, ({ method, url }) => {
        if (method !== 'GET' || !url.includes('/manifests/') || faulted) return undefined;
        faulted = true;
        return { status: 503, retryAfter: value };
      });
      const io = await promoteTo(`${hostile.host}/unreadable/app:1`, registries(hostile.host));
      expect(io.failed).toBeUndefined();
      const gets = hostile.requests.filter(
        (r) => r.method === 'GET' && r.url.includes('/manifests/'),
      );
      // The first backoff waits at least half its 200 ms ceiling.
      expect(gets[1].at - gets[0].at).toBeGreaterThanOrEqual(DEFAULT_RETRY.baseDelayMs / 2 - 5);
    },
  );

  it("keeps each challenge's parameters apart: a second challenge's realm is not taken", async () => {
    await pushImage(tokens, 'challenge/app', '1');
    const evil = await hostileServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"token":"evil"}');
    });
    const front = await proxy(tokens.url, ({ method, url }) =>
      method === 'GET' && url === '/v2/'
        ? {
            status: 401,
            headers: {
              'www-authenticate': `Bearer realm="${tokens.realm}",service="${TOKEN_SERVICE}", X realm="${evil.url}/token"`,
            },
          }
        : undefined,
    );
    const io = await promoteTo(`${front.host}/challenge/app:1`, registries(front.host, 'K'));
    expect(io.failed).toBeUndefined();
    expect(evil.hits()).toBe(0);
  });
});

describe('loopback names', () => {
  it('speaks plain HTTP to *.localhost, as to localhost (k3d-reg.localhost:PORT)', async () => {
    const image = await pushImage(source, 'k3d/app', '1');
    const port = source.host.split(':')[1];
    const host = `k3d-reg.localhost:${port}`;
    const io = await runWith(
      promote,
      {
        candidate: `${host}/k3d/app:1`,
        tag: 'retagged',
        registries: `registries:\n  - name: k3d\n    domain: ${host}\n`,
      },
      env,
    );
    expect(io.failed).toBeUndefined();
    expect((await getManifest(source, 'k3d/app', 'retagged')).digest).toBe(image.digest);
  });
});

/** A loopback server of the test's own, stopped after the test; `hits` counts its requests. */
async function hostileServer(
  handle: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<{ url: string; hits: () => number }> {
  let hits = 0;
  const server: Server = createServer((req, res) => {
    hits++;
    req.resume();
    req.once('end', () => handle(req, res));
  });
  const port = await listen(server, '127.0.0.1');
  stops.push(() => closeServer(server));
  return { url: `http://127.0.0.1:${port}`, hits: () => hits };
}

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}
