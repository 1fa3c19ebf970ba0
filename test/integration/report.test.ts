import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { DEFAULT_RETRY } from '../../src/http/limits.js';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createReportImageInfo } from '../../src/actions/report-image-info/index.js';
import { runCli } from '../../src/cli/cli.js';
import type { ImageReport } from '../../src/report/payload.js';
import { validateReport } from '../../src/report/schema.js';
import { redact } from '../../src/secrets.js';
import { runWith } from '../helpers/io.js';
import {
  listTags,
  MEDIA_TYPES,
  pushImage,
  pushIndex,
  pushManifest,
  sha256Digest,
} from '../helpers/images.js';
import { startFaultProxy } from '../helpers/fault-proxy.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { RegistryClient } from '../../src/distribution/client.js';
import { Transport } from '../../src/http/transport.js';
import { findOtherTags } from '../../src/report/other-tags.js';
import { pullRequestsOfCommit } from '../../src/report/pull-requests.js';
import { closeServer, freePort, listen } from '../helpers/util.js';
import { renderMarkdown } from '../../src/host/github.js';

// ---------------------------------------------------------------------------------------------
// A reporting endpoint on loopback: records every request and answers from a script.

interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
}

type Answer = { status: number; headers?: Record<string, string>; body?: string } | 'drop' | 'hang';
type Reply = Answer | ((request: Received) => Answer);

interface Receiver {
  url: string;
  requests: Received[];
  /** Answers for the next requests, in order; then 201. */
  replies: Reply[];
  stop(): Promise<void>;
}

async function startReceiver(): Promise<Receiver> {
  const requests: Received[] = [];
  const replies: Reply[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const received: Received = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at: Date.now(),
      };
      requests.push(received);
      let reply: Reply = replies.shift() ?? { status: 201, body: '{"id":"r-1"}' };
      if (typeof reply === 'function') reply = reply(received);
      if (reply === 'drop') {
        req.socket.destroy();
        return;
      }
      if (reply === 'hang') return;
      res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
      res.end(reply.body ?? '');
    });
  });
  const port = await listen(server, '127.0.0.1');
  return { url: `http://127.0.0.1:${port}`, requests, replies, stop: () => closeServer(server) };
}

// ---------------------------------------------------------------------------------------------

const REGISTRY_PASSWORD = 'reporter-registry-pw';
const TOKEN = 'report-endpoint-token-0123456789';
let reg: TestRegistry;
let receiver: Receiver;

beforeAll(async () => {
  reg = await startRegistry({
    auth: 'token',
    users: { reporter: { password: REGISTRY_PASSWORD } },
  });
  receiver = await startReceiver();
}, 60_000);

afterAll(async () => {
  await Promise.all([reg?.stop(), receiver?.stop()]);
});

beforeEach(() => {
  receiver.requests.length = 0;
  receiver.replies.length = 0;
});

const env = { R_USER: 'reporter', R_PASS: REGISTRY_PASSWORD };

function registries(): string {
  return `registries:
  - name: prod
    domain: ${reg.host}
    credentials: { username: { env: R_USER }, password: { env: R_PASS } }
  - name: mirror
    domain: ${reg.host}
    credentials: { username: { env: R_USER }, password: { env: R_PASS } }
`;
}

/** Short retry delays: the behaviour is the same, the tests are quick. */
const report = createReportImageInfo({
  retry: { ...DEFAULT_RETRY, tries: 4, baseDelayMs: 1, maxDelayMs: 5 },
});

function inputs(image: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    image,
    registries: registries(),
    registry_context: 'prod',
    endpoint: `${receiver.url}/v1/images`,
    token: TOKEN,
    ...extra,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let multiArch: Awaited<ReturnType<typeof pushIndex>> | undefined;
async function multiArchImage() {
  multiArch ??= await pushIndex(
    reg,
    'shop/app',
    '1.0',
    [
      { os: 'linux', architecture: 'amd64' },
      { os: 'linux', architecture: 'arm64' },
      { os: 'linux', architecture: 'arm', variant: 'v7' },
    ],
    { attestation: true, layers: 2, layerSize: 1500 },
  );
  return multiArch;
}

describe('report-image-info against a real registry and endpoint', () => {
  it('reports every real platform of a multi-arch image, and no attestation', async () => {
    const index = await multiArchImage();
    const io = await runWith(
      report,
      inputs(`${reg.host}/shop/app:1.0`, { annotations: 'team: payments\nreplicas: 3' }),
      env,
    );
    expect(io.failed).toBeUndefined();

    expect(receiver.requests).toHaveLength(1);
    const [post] = receiver.requests;
    expect(post.method).toBe('POST');
    expect(post.url).toBe('/v1/images');
    expect(post.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(post.headers['content-type']).toBe('application/json');
    expect(post.headers['idempotency-key']).toMatch(UUID);

    const sent = JSON.parse(post.body) as ImageReport;
    expect(validateReport(sent)).toEqual([]);
    expect(io.outputs.report).toBe(post.body);
    expect(io.outputs.digest).toBe(index.digest);
    expect(io.outputs.image_id).toBe(index.children[0].config.digest);

    const sizeOf = (child: (typeof index.children)[number]) =>
      child.config.size + child.layers.reduce((sum, layer) => sum + layer.size, 0);
    expect(sent.image).toEqual({
      reference: `${reg.host}/shop/app:1.0`,
      registry: { domain: reg.host, integration: 'prod', kind: 'other' },
      repository: 'shop/app',
      tags: ['1.0'],
      digest: index.digest,
      media_type: MEDIA_TYPES.ociIndex,
      image_id: index.children[0].config.digest,
      platforms: index.children.map((child, i) => ({
        os: child.platform!.os,
        architecture: child.platform!.architecture,
        variant: child.platform!.variant ?? null,
        digest: child.digest,
        image_id: child.config.digest,
        size: sizeOf(child),
        created: '2024-01-01T00:00:00.000Z',
        os_version: null,
        layers: child.layers.map((layer) => ({
          digest: layer.digest,
          size: layer.size,
          media_type: MEDIA_TYPES.ociLayer,
          created_by: 'test fixture',
          created: '2024-01-01T00:00:00.000Z',
          comment: null,
          empty_layer: false,
        })),
        // The fixture's layers are random bytes, no tar: no os-release in them.
        distro: null,
        packages: null,
        vulnerabilities: null,
        // Each platform's BuildKit attestation manifest in the index is read for its provenance.
        provenance: {
          predicate_type: 'https://slsa.dev/provenance/v0.2',
          builder_id: 'test-fixture',
          build_type: 'https://mobyproject.org/buildkit@v1',
          source: { repository: null, commit: null },
          base_images: [],
          digest: index.attestations[i].digest,
          signed: false,
        },
      })),
      size: index.children.reduce((sum, child) => sum + sizeOf(child), 0),
      created: '2024-01-01T00:00:00.000Z',
      labels: {},
      base: null,
      // Nothing refers to it: buildx's attestations are entries of the index, not referrers.
      referrers: [],
      signed: false,
    });
    expect(index.attestations).toHaveLength(3);
    // No unknown/unknown platform (the Git facts, from this repository's own commit, may say anything).
    expect(JSON.stringify(sent.image)).not.toContain('unknown');
    // An attestation manifest is named only as the carrier of its platform's provenance.
    for (const attestation of index.attestations)
      expect(post.body.split(attestation.digest)).toHaveLength(2);
    expect(sent.annotations).toEqual({ team: 'payments', replicas: 3 });

    const [summary] = io.summaries;
    expect(summary.title).toBe('Image report');
    expect(summary.facts).toEqual(
      expect.arrayContaining([
        ['Platforms', 'linux/amd64, linux/arm64, linux/arm/v7'],
        ['Digest', `\`${index.digest}\``],
        // The URL in a code span: GitHub would link a bare one.
        ['Report', `reported to \`${receiver.url}/v1/images\` (HTTP 201)`],
      ]),
    );
    expect(summary.tables?.[0].rows.map((row) => row[0])).toEqual([
      'linux/amd64',
      'linux/arm64',
      'linux/arm/v7',
    ]);
    // One table of contents per platform (BuildKit's provenance), one of layers per platform,
    // then the annotations.
    expect(summary.tables?.slice(1, 4)).toEqual(
      index.children.map((child) => ({
        header: [
          'Contents',
          `${child.platform!.os}/${child.platform!.architecture}${child.platform!.variant ? `/${child.platform!.variant}` : ''}`,
        ],
        rows: [['Built by', '`test-fixture` (`https://mobyproject.org/buildkit@v1`)']],
      })),
    );
    expect(summary.tables?.slice(4, 7)).toEqual(
      index.children.map((child) => ({
        header: [
          'Step',
          `Instruction (${child.platform!.os}/${child.platform!.architecture}${child.platform!.variant ? `/${child.platform!.variant}` : ''})`,
          'Size',
        ],
        rows: child.layers.map((layer, i) => [String(i + 1), 'test fixture', '1.50 kB']),
      })),
    );
    expect(summary.tables?.[7]).toEqual({
      header: ['Annotation', 'Value'],
      rows: [
        ['team', 'payments'],
        ['replicas', '3'],
      ],
    });
  });

  it('reports a single image with its labels, created time and media type', async () => {
    const labels = {
      'org.opencontainers.image.source': 'https://github.com/acme/shop',
      'com.acme.team': 'payments',
    };
    const image = await pushImage(reg, 'shop/single', '2.0', {
      format: 'docker',
      layers: 2,
      labels,
      created: '2024-03-04T05:06:07.123456789Z',
      platform: { os: 'linux', architecture: 'arm64', variant: 'v8' },
    });
    const io = await runWith(report, inputs(`${reg.host}/shop/single:2.0`, { endpoint: '' }), env);
    expect(io.failed).toBeUndefined();
    const sent = JSON.parse(io.outputs.report) as ImageReport;
    const size = image.config.size + image.layers[0].size + image.layers[1].size;
    expect(sent.image).toMatchObject({
      digest: image.digest,
      media_type: MEDIA_TYPES.dockerManifest,
      image_id: image.config.digest,
      platforms: [
        {
          os: 'linux',
          architecture: 'arm64',
          variant: 'v8',
          digest: image.digest,
          image_id: image.config.digest,
          size,
          created: '2024-03-04T05:06:07.123Z',
        },
      ],
      size,
      created: '2024-03-04T05:06:07.123Z',
      labels,
    });
    // No endpoint: nothing is sent, and the step succeeds.
    expect(receiver.requests).toHaveLength(0);
    expect(io.summaries[0].facts).toContainEqual([
      'Report',
      'not sent (no endpoint given): the report is in the report output',
    ]);
  });

  it('reports an image by digest, counting a layer two platforms share once', async () => {
    // Same seed, two platforms: identical layers, different configs.
    const amd = await pushImage(reg, 'shop/shared', undefined, {
      seed: 's',
      layers: 1,
      platform: { os: 'linux', architecture: 'amd64' },
    });
    const arm = await pushImage(reg, 'shop/shared', undefined, {
      seed: 's',
      layers: 1,
      platform: { os: 'linux', architecture: 'arm64' },
    });
    expect(amd.layers[0].digest).toBe(arm.layers[0].digest);
    const bytes = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: MEDIA_TYPES.ociIndex,
        manifests: [amd, arm].map((child) => ({
          mediaType: child.mediaType,
          digest: child.digest,
          size: child.bytes.length,
          platform: child.platform,
        })),
      }),
    );
    const digest = await pushManifest(
      reg,
      'shop/shared',
      sha256Digest(bytes),
      MEDIA_TYPES.ociIndex,
      bytes,
    );
    const io = await runWith(
      report,
      inputs(`${reg.host}/shop/shared@${digest}`, { endpoint: '' }),
      env,
    );
    expect(io.failed).toBeUndefined();
    const sent = JSON.parse(io.outputs.report) as ImageReport;
    expect(sent.image.tags).toEqual([]);
    expect(sent.image.reference).toBe(`${reg.host}/shop/shared@${digest}`);
    expect(sent.image.platforms.map((p) => p.size)).toEqual([
      amd.config.size + amd.layers[0].size,
      arm.config.size + arm.layers[0].size,
    ]);
    expect(sent.image.size).toBe(amd.config.size + arm.config.size + amd.layers[0].size);
  });

  it('retries a 503 with the same Idempotency-Key and body', async () => {
    await multiArchImage();
    receiver.replies.push({ status: 503, body: 'busy' });
    const io = await runWith(report, inputs(`${reg.host}/shop/app:1.0`), env);
    expect(io.failed).toBeUndefined();
    expect(receiver.requests).toHaveLength(2);
    const [first, second] = receiver.requests;
    expect(first.headers['idempotency-key']).toMatch(UUID);
    expect(second.headers['idempotency-key']).toBe(first.headers['idempotency-key']);
    expect(second.body).toBe(first.body);
    expect(io.summaries[0].facts).toContainEqual([
      'Report',
      `reported to \`${receiver.url}/v1/images\` (HTTP 201, after 2 attempts)`,
    ]);
  });

  it('gives each report its own Idempotency-Key', async () => {
    await multiArchImage();
    await runWith(report, inputs(`${reg.host}/shop/app:1.0`), env);
    await runWith(report, inputs(`${reg.host}/shop/app:1.0`), env);
    expect(receiver.requests).toHaveLength(2);
    expect(receiver.requests[0].headers['idempotency-key']).not.toBe(
      receiver.requests[1].headers['idempotency-key'],
    );
  });

  it('waits as a 429 Retry-After asks', async () => {
    await multiArchImage();
    receiver.replies.push({ status: 429, headers: { 'retry-after': '1' } });
    const io = await runWith(report, inputs(`${reg.host}/shop/app:1.0`), env);
    expect(io.failed).toBeUndefined();
    expect(receiver.requests).toHaveLength(2);
    expect(receiver.requests[1].at - receiver.requests[0].at).toBeGreaterThanOrEqual(900);
  });

  it('tries again after a dropped connection and after a timeout', async () => {
    await multiArchImage();
    receiver.replies.push('drop', 'hang');
    const started = Date.now();
    const io = await runWith(
      report,
      inputs(`${reg.host}/shop/app:1.0`, { timeout_seconds: '1' }),
      env,
    );
    expect(io.failed).toBeUndefined();
    expect(receiver.requests).toHaveLength(3);
    expect(new Set(receiver.requests.map((r) => r.headers['idempotency-key'])).size).toBe(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(
      io.logs.some((l) =>
        /^debug: POST .*: no answer within 1 s \(timeout_seconds\), retrying/.test(l),
      ),
    ).toBe(true);
  });

  it('gives up after a bounded number of tries', async () => {
    await multiArchImage();
    receiver.replies.push(
      ...Array.from({ length: 10 }, () => ({ status: 502, body: '<html>bad gateway</html>' })),
    );
    const io = await runWith(report, inputs(`${reg.host}/shop/app:1.0`), env);
    expect(receiver.requests).toHaveLength(4);
    expect(io.failed).toBe(
      `Reporting to ${receiver.url}/v1/images failed: HTTP 502: <html>bad gateway</html> (after 4 attempts)`,
    );
  });

  it('does not retry a 401: the step fails, naming the endpoint without its query', async () => {
    await multiArchImage();
    receiver.replies.push({ status: 401, body: '{"error":"invalid token","hint":"rotate it"}' });
    const io = await runWith(
      report,
      inputs(`${reg.host}/shop/app:1.0`, {
        endpoint: `${receiver.url}/v1/images?key=query-secret`,
      }),
      env,
    );
    expect(receiver.requests).toHaveLength(1);
    expect(receiver.requests[0].url).toBe('/v1/images?key=query-secret');
    expect(io.failed).toBe(
      `Reporting to ${receiver.url}/v1/images failed: HTTP 401 (the endpoint did not accept the token): {"error":"invalid token","hint":"rotate it"}`,
    );
    // The report was made: outputs and summary are there for whoever looks.
    expect(JSON.parse(io.outputs.report).image.digest).toBe(multiArch!.digest);
    expect(io.summaries[0].facts).toContainEqual([
      'Report',
      `not delivered: ${io.failed!.replace(`${receiver.url}/v1/images`, (url) => `\`${url}\``)}`,
    ]);
    expect(JSON.stringify(io.summaries)).not.toContain('query-secret');
  });

  it('warns and succeeds on a 401 with fail_on_error false', async () => {
    await multiArchImage();
    receiver.replies.push({ status: 401, body: 'nope' });
    const io = await runWith(
      report,
      inputs(`${reg.host}/shop/app:1.0`, { fail_on_error: 'false' }),
      env,
    );
    expect(receiver.requests).toHaveLength(1);
    expect(io.failed).toBeUndefined();
    expect(io.logs).toContain(
      `warning: Reporting to ${receiver.url}/v1/images failed: HTTP 401 (the endpoint did not accept the token): nope (fail_on_error is false: the step goes on)`,
    );
    expect(io.outputs.digest).toBe(multiArch!.digest);
  });

  it('fails on an unreachable endpoint, or warns with fail_on_error false', async () => {
    await multiArchImage();
    const closed = `http://127.0.0.1:${await freePort()}/hook`;
    const failing = await runWith(
      report,
      inputs(`${reg.host}/shop/app:1.0`, { endpoint: closed }),
      env,
    );
    expect(failing.failed).toMatch(
      new RegExp(
        `^Reporting to ${closed} failed: connect ECONNREFUSED 127\\.0\\.0\\.1:\\d+ \\(after 4 attempts\\)$`,
      ),
    );
    expect(failing.logs.filter((l) => l.includes('retrying in'))).toHaveLength(3);

    const warning = await runWith(
      report,
      inputs(`${reg.host}/shop/app:1.0`, { endpoint: closed, fail_on_error: 'false' }),
      env,
    );
    expect(warning.failed).toBeUndefined();
    expect(
      warning.logs.some((l) =>
        l.startsWith(`warning: Reporting to ${closed} failed: connect ECONNREFUSED`),
      ),
    ).toBe(true);
    expect(warning.outputs.digest).toBe(multiArch!.digest);
  });

  it.each([408, 500, 504, 520])('retries a %d, then succeeds', async (status) => {
    await multiArchImage();
    receiver.replies.push({ status, body: 'later' });
    const io = await runWith(report, inputs(`${reg.host}/shop/app:1.0`), env);
    expect(io.failed).toBeUndefined();
    expect(receiver.requests).toHaveLength(2);
    expect(receiver.requests[1].headers['idempotency-key']).toBe(
      receiver.requests[0].headers['idempotency-key'],
    );
    expect(io.logs).toContainEqual(
      expect.stringMatching(new RegExp(`^debug: POST .*: HTTP ${status}, retrying in \\d+ ms$`)),
    );
  });

  it.each([400, 404, 422, 501])('does not retry a %d: exactly one POST', async (status) => {
    await multiArchImage();
    receiver.replies.push({ status, body: '{"error":"no"}' });
    const io = await runWith(report, inputs(`${reg.host}/shop/app:1.0`), env);
    expect(receiver.requests).toHaveLength(1);
    expect(io.failed).toBe(
      `Reporting to ${receiver.url}/v1/images failed: HTTP ${status}: {"error":"no"}`,
    );
  });

  it('waits until the HTTP date a Retry-After names', async () => {
    await multiArchImage();
    // HTTP dates have whole seconds: four seconds ahead is at least three seconds away, well
    // after the first POST however long reading the image takes on a loaded machine.
    const at = new Date(Date.now() + 4000).toUTCString();
    receiver.replies.push({ status: 503, headers: { 'retry-after': at } });
    const io = await runWith(report, inputs(`${reg.host}/shop/app:1.0`), env);
    expect(io.failed).toBeUndefined();
    expect(receiver.requests).toHaveLength(2);
    // The first came well before the date, the second not before it: the step waited for it.
    expect(receiver.requests[0].at).toBeLessThan(Date.parse(at) - 900);
    expect(receiver.requests[1].at).toBeGreaterThanOrEqual(Date.parse(at) - 50);
  });

  it('does not follow a redirect: one POST, and an error that says where it pointed', async () => {
    await multiArchImage();
    receiver.replies.push({
      status: 307,
      headers: { location: '/v2/images?sig=redirect-secret' },
    });
    const io = await runWith(report, inputs(`${reg.host}/shop/app:1.0`), env);
    expect(receiver.requests).toHaveLength(1);
    expect(receiver.requests[0].url).toBe('/v1/images');
    expect(io.failed).toBe(
      `Reporting to ${receiver.url}/v1/images failed: HTTP 307 (a redirect to ${receiver.url}/v2/images: redirects are not followed, so that the report and its token go only where endpoint says; set endpoint to the final address)`,
    );
    expect(JSON.stringify(io.summaries)).not.toContain('redirect-secret');
  });

  describe('a report that does not match its schema (our bug, in the data)', () => {
    // A GitHub Enterprise server URL with a space makes every GitHub web address invalid.
    const badServer = {
      ...env,
      GITHUB_ACTIONS: 'true',
      GITHUB_SERVER_URL: 'https://github example.com',
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_SHA: '3f786850e387550fdab836ed7e6dc881de23001b',
    };

    it('warns and succeeds with fail_on_error false, sending nothing', async () => {
      const index = await multiArchImage();
      const io = await runWith(
        report,
        inputs(`${reg.host}/shop/app:1.0`, { fail_on_error: 'false' }),
        badServer,
      );
      expect(io.failed).toBeUndefined();
      expect(receiver.requests).toHaveLength(0);
      const warning = io.logs.find((l) => l.startsWith('warning:'));
      expect(warning).toMatch(
        /^warning: The report built does not match image-report\/v1 \(a bug in image-actions: please report it\): \/git\/repository_url: must match format "uri" \(found "https:\/\/github example\.com\/acme\/shop"\);.* \(fail_on_error is false: the step goes on\)$/,
      );
      // What is known for sure is still given; a report the schema refuses is not.
      expect(io.outputs).toEqual({
        digest: index.digest,
        image_id: index.children[0].config.digest,
      });
      expect(io.summaries[0].title).toBe('Image report failed');
    });

    it('fails with a message naming the field, without a stack trace', async () => {
      await multiArchImage();
      const io = await runWith(report, inputs(`${reg.host}/shop/app:1.0`), badServer);
      expect(receiver.requests).toHaveLength(0);
      expect(io.failed).toMatch(
        /^The report built does not match image-report\/v1 .*\/git\/repository_url: must match format "uri"/,
      );
      expect(io.failed).not.toMatch(/\n\s+at /);
    });
  });

  it('gives the latest platform time as the image created time, ignoring Go zero time', async () => {
    const children = [
      await pushImage(reg, 'shop/times', undefined, {
        seed: 't1',
        layers: 1,
        created: '2024-01-01T00:00:00Z',
        platform: { os: 'linux', architecture: 'amd64' },
      }),
      await pushImage(reg, 'shop/times', undefined, {
        seed: 't2',
        layers: 1,
        created: '2024-06-30T08:00:00Z',
        platform: { os: 'linux', architecture: 'arm64' },
      }),
      await pushImage(reg, 'shop/times', undefined, {
        seed: 't3',
        layers: 1,
        created: '0001-01-01T00:00:00Z',
        platform: { os: 'linux', architecture: 's390x' },
      }),
    ];
    const bytes = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: MEDIA_TYPES.ociIndex,
        manifests: children.map((child) => ({
          mediaType: child.mediaType,
          digest: child.digest,
          size: child.bytes.length,
          platform: child.platform,
        })),
      }),
    );
    await pushManifest(reg, 'shop/times', 'v1', MEDIA_TYPES.ociIndex, bytes);
    const io = await runWith(report, inputs(`${reg.host}/shop/times:v1`, { endpoint: '' }), env);
    expect(io.failed).toBeUndefined();
    const sent = JSON.parse(io.outputs.report) as ImageReport;
    expect(sent.image.platforms.map((p) => p.created)).toEqual([
      '2024-01-01T00:00:00.000Z',
      '2024-06-30T08:00:00.000Z',
      null,
    ]);
    expect(sent.image.created).toBe('2024-06-30T08:00:00.000Z');
  });

  it('registry history and annotations make no link, image or HTML in the summary, nor escape sequences on a terminal', async () => {
    // What a hostile registry serves: Markdown and HTML that would show an image and a link, bare
    // URLs, a www. name and an e-mail address that GitHub autolinks, and terminal escapes that
    // set the window title and clear the screen.
    const hostile =
      'LABEL \x1b]0;owned\x07\x1b[2J x=![pwn](https://evil.example/i.png) <img src=https://evil.example/t.png> www.evil.example admin@evil.example';
    await pushImage(reg, 'shop/hostile', '1', {
      layers: 1,
      createdBy: [`/bin/sh -c #(nop) ${hostile}`],
      annotations: {
        'org.opencontainers.image.base.name': '[log in](https://evil.example/login) <a href=x>',
      },
    });
    const io = await runWith(report, inputs(`${reg.host}/shop/hostile:1`, { endpoint: '' }), env);
    expect(io.failed).toBeUndefined();
    const markdown = renderMarkdown(io.summaries[0]);
    // Code spans are inert: no link, image or tag is made in one. Outside them, nothing is left
    // that GFM turns into a link, an image or HTML.
    const outside = markdown.replace(/`[^`\n]*`/g, '');
    expect(outside).not.toMatch(/https?:\/\/|www\.|@evil/);
    expect(outside).not.toMatch(/(?<!\\)</);
    expect(outside).not.toMatch(/(?<!\\)\[/);
    expect(markdown).toContain('`https://evil.example/i.png)`');
    expect(markdown).toContain('\\<img src=`https://evil.example/t.png`\\>');
    expect(markdown).toContain('`www.evil.example`');
    expect(markdown).toContain('\\[log in\\](`https://evil.example/login)`');

    // The CLI prints the same summary on a terminal: the escapes show as text, and do nothing.
    let stderr = '';
    const status = await runCli(
      [
        'report-image-info',
        '--image',
        `${reg.host}/shop/hostile:1`,
        '--registries',
        registries(),
        '--registry-context',
        'prod',
      ],
      {
        stdout: () => {},
        stderr: (text) => (stderr += text),
        tty: true,
        env: { PATH: process.env.PATH, HOME: tmpdir(), ...env },
      },
    );
    expect(status).toBe(0);
    expect(stderr).toContain('x=![pwn](https://evil.example/i.png)');
    // eslint-disable-next-line no-control-regex
    expect(stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(stderr).toContain('\\x1B]0;owned\\x07\\x1B[2J');
  });

  it('escapes tags, branch and annotations in the summary', async () => {
    await pushImage(reg, 'shop/escape', '_beta_', { layers: 1 });
    const io = await runWith(
      report,
      inputs(`${reg.host}/shop/escape:_beta_`, {
        endpoint: '',
        annotations: 'note: "<script>x</script> *bold*"',
      }),
      {
        ...env,
        GITHUB_ACTIONS: 'true',
        GITHUB_REPOSITORY: 'acme/shop',
        GITHUB_EVENT_NAME: 'push',
        GITHUB_REF: 'refs/heads/feat/<b>x</b>_y_',
        GITHUB_SHA: '3f786850e387550fdab836ed7e6dc881de23001b',
      },
    );
    expect(io.failed).toBeUndefined();
    const [summary] = io.summaries;
    expect(summary.facts).toContainEqual(['Tags', '\\_beta\\_']);
    expect(summary.facts).toContainEqual(['Branch', 'feat/\\<b\\>x\\</b\\>\\_y\\_']);
    expect(summary.tables?.at(-1)?.rows).toEqual([
      ['note', '\\<script\\>x\\</script\\> \\*bold\\*'],
    ]);
    // The report itself carries the facts as they are.
    expect(JSON.parse(io.outputs.report).git.branch).toBe('feat/<b>x</b>_y_');
  });

  it('fails, or warns, when the image is not in the registry', async () => {
    const failing = await runWith(report, inputs(`${reg.host}/shop/app:no-such-tag`), env);
    expect(failing.failed).toMatch(
      /^prod: reading manifest shop\/app:no-such-tag failed: HTTP 404/,
    );
    expect(receiver.requests).toHaveLength(0);
    expect(failing.summaries[0].title).toBe('Image report failed');

    const warning = await runWith(
      report,
      inputs(`${reg.host}/shop/app:no-such-tag`, { fail_on_error: 'false' }),
      env,
    );
    expect(warning.failed).toBeUndefined();
    expect(warning.logs.some((l) => /^warning: prod: reading manifest .* HTTP 404/.test(l))).toBe(
      true,
    );
    expect(warning.outputs).toEqual({});
  });

  it('needs registry_context when two integrations serve the domain', async () => {
    const io = await runWith(
      report,
      inputs(`${reg.host}/shop/app:1.0`, { registry_context: '' }),
      env,
    );
    expect(io.failed).toMatch(
      /^Several registries serve .*: prod .*, mirror .*; mark one primary: true/,
    );
    const viaMirror = await runWith(
      report,
      inputs(`${reg.host}/shop/app:1.0`, { registry_context: 'mirror', endpoint: '' }),
      env,
    );
    expect(viaMirror.failed).toBeUndefined();
    expect(JSON.parse(viaMirror.outputs.report).image.registry.integration).toBe('mirror');
  });
});

// ---------------------------------------------------------------------------------------------
// The CLI in this process, outside GitHub: no GITHUB_* variable, the Git facts from the working
// directory, which is a fresh repository.

describe('the other tags of the digest (list_tags)', () => {
  let tagged: Awaited<ReturnType<typeof pushImage>>;
  beforeAll(async () => {
    tagged = await pushImage(reg, 'shop/tags', '1.0', { seed: 'tags', layers: 1 });
    for (const tag of ['stable', 'v1.0.0'])
      await pushManifest(reg, 'shop/tags', tag, tagged.mediaType, tagged.bytes);
    await pushImage(reg, 'shop/tags', 'other', { seed: 'tags-other', layers: 1 });
  });

  it('lists the tags that point at the same digest after the one reported', async () => {
    const io = await runWith(
      report,
      inputs(`${reg.host}/shop/tags:stable`, { endpoint: '', list_tags: 'true' }),
      env,
    );
    expect(io.failed).toBeUndefined();
    const sent = JSON.parse(io.outputs.report) as ImageReport;
    expect(validateReport(sent)).toEqual([]);
    expect(sent.image.tags).toEqual(['stable', '1.0', 'v1.0.0']);
    expect(sent.image.tag_scan).toEqual({ scanned: 4, complete: true });
    expect(io.summaries[0].facts).toContainEqual(['Tags', 'stable, 1.0, v1.0.0']);
    expect(io.summaries[0].notes).toBeUndefined();

    // Without list_tags, only the tag asked for, and no tag is listed.
    const plain = await runWith(
      report,
      inputs(`${reg.host}/shop/tags:stable`, { endpoint: '' }),
      env,
    );
    const plainReport = JSON.parse(plain.outputs.report) as ImageReport;
    expect(plainReport.image.tags).toEqual(['stable']);
    expect(plainReport.image.tag_scan).toBeUndefined();
  });

  it('warns and reports the tag asked for when the registry will not list tags', async () => {
    const proxy = await startFaultProxy(reg.url, ({ url }) =>
      url.includes('/tags/list')
        ? { status: 403, body: '{"errors":[{"code":"DENIED"}]}' }
        : undefined,
    );
    try {
      const io = await runWith(
        report,
        inputs(`${proxy.host}/shop/tags:stable`, {
          endpoint: '',
          list_tags: 'true',
          registries: `registries:\n  - name: prod\n    domain: ${proxy.host}\n    credentials: { username: { env: R_USER }, password: { env: R_PASS } }\n`,
        }),
        env,
      );
      expect(io.failed).toBeUndefined();
      expect(io.logs.filter((l) => l.startsWith('warning:'))).toEqual([
        'warning: prod: the registry does not list the tags of shop/tags to these credentials (list_tags: the report goes without the other tags)',
      ]);
      const sent = JSON.parse(io.outputs.report) as ImageReport;
      expect(validateReport(sent)).toEqual([]);
      expect(sent.image.tags).toEqual(['stable']);
      expect(sent.image.tag_scan).toBeUndefined();
      // Referrers are still looked for, tag by tag.
      expect(sent.image.referrers).toEqual([]);
    } finally {
      await proxy.stop();
    }
  });

  it('pages with n= and Link, and says when there are more tags than it scans', async () => {
    // distribution 2.8 answers every tag at once, ignoring n= and last=: a proxy pages its real
    // list as the distribution spec describes (and distribution 3, GHCR or ECR do).
    const registryTags = await listTags(reg, 'shop/tags');
    const proxy = await startFaultProxy(reg.url, ({ method, url }) => {
      const asked = new URL(url, reg.url);
      if (method !== 'GET' || !asked.pathname.endsWith('/tags/list')) return undefined;
      const n = Number(asked.searchParams.get('n'));
      const last = asked.searchParams.get('last');
      const from = last === null ? 0 : registryTags.indexOf(last) + 1;
      const page = registryTags.slice(from, from + n);
      const next = from + n < registryTags.length;
      return {
        status: 200,
        body: JSON.stringify({ name: 'shop/tags', tags: page }),
        headers: {
          'content-type': 'application/json',
          ...(next
            ? {
                link: `<${asked.pathname}?n=${n}&last=${encodeURIComponent(page[page.length - 1])}>; rel="next"`,
              }
            : {}),
        },
      };
    });
    const transport = new Transport();
    try {
      const repository = new RegistryClient(
        {
          host: proxy.host,
          insecure: true,
          credentials: { username: 'reporter', password: REGISTRY_PASSWORD },
          label: 'prod',
        },
        transport,
      ).repository('shop/tags');
      // In the registry's order, which distribution does not promise to be sorted.
      const all = (await repository.listTags(10, 3))!;
      expect(all).toEqual({ tags: registryTags, complete: true });
      expect([...all.tags].sort()).toEqual(['1.0', 'other', 'stable', 'v1.0.0']);
      const pages = proxy.requests.filter((r) => r.url.includes('/tags/list'));
      expect(pages.map((r) => r.url)).toEqual([
        '/v2/shop/tags/tags/list?n=3',
        `/v2/shop/tags/tags/list?n=3&last=${encodeURIComponent(all.tags[2])}`,
      ]);

      // Three of four: the fourth is beyond the scan, and the report says so.
      const first = (await repository.listTags(3, 3))!;
      expect(first).toEqual({ tags: all.tags.slice(0, 3), complete: false });
      expect(await findOtherTags(repository, tagged.digest, '1.0', 3)).toEqual({
        tags: first.tags.filter((tag) => tag === 'stable' || tag === 'v1.0.0').sort(),
        scanned: 3,
        complete: false,
      });
    } finally {
      await transport.close();
      await proxy.stop();
    }
  });
});

describe('the pull requests of a pushed commit, and issue keys', () => {
  const SHA = '3f786850e387550fdab836ed7e6dc881de23001b';
  const GITHUB_TOKEN = 'ghs_reportTestToken0123456789abcdef';
  let api: Receiver;
  let dir: string;

  beforeAll(async () => {
    api = await startReceiver();
    dir = mkdtempSync(path.join(tmpdir(), 'report-pulls-'));
  });
  afterAll(async () => {
    await api?.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    api.requests.length = 0;
    api.replies.length = 0;
  });

  function githubEnv(event: string, payload: unknown): NodeJS.ProcessEnv {
    const file = path.join(dir, `${event}.json`);
    writeFileSync(file, JSON.stringify(payload));
    return {
      ...env,
      GITHUB_ACTIONS: 'true',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: `${api.url}/api/v3`,
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_EVENT_NAME: event,
      GITHUB_EVENT_PATH: file,
      GITHUB_REF: 'refs/heads/feature/PAY-7-retries',
      GITHUB_SHA: SHA,
      GITHUB_WORKSPACE: dir,
    };
  }

  const push = {
    ref: 'refs/heads/feature/PAY-7-retries',
    head_commit: {
      id: SHA,
      message: 'SHOP-12 Add the payment retries\n\nAlso for OPS-3.',
      timestamp: '2024-05-01T14:03:07+02:00',
      url: `https://github.com/acme/shop/commit/${SHA}`,
      author: { name: 'Ada Lovelace', email: 'ada@example.com', username: 'ada' },
    },
    repository: { full_name: 'acme/shop', html_url: 'https://github.com/acme/shop' },
  };

  it('reads them from the GitHub API at GITHUB_API_URL with the token, and finds the keys', async () => {
    api.replies.push({
      status: 200,
      body: JSON.stringify([
        {
          number: 41,
          title: 'Retry payments (PAY-7, CORE-99)',
          html_url: 'https://github.com/acme/shop/pull/41',
          user: { login: 'ada' },
          state: 'open',
          merged_at: null,
          base: { ref: 'main' },
        },
      ]),
    });
    await multiArchImage();
    const io = await runWith(
      report,
      inputs(`${reg.host}/shop/app:1.0`, { github_token: GITHUB_TOKEN }),
      githubEnv('push', push),
    );
    expect(io.failed).toBeUndefined();
    expect(api.requests).toHaveLength(1);
    const [asked] = api.requests;
    expect(asked.method).toBe('GET');
    expect(asked.url).toBe(`/api/v3/repos/acme/shop/commits/${SHA}/pulls?per_page=100`);
    expect(asked.headers.authorization).toBe(`token ${GITHUB_TOKEN}`);

    const sent = JSON.parse(receiver.requests[0].body) as ImageReport;
    expect(validateReport(sent)).toEqual([]);
    expect(sent.git.pull_requests).toEqual([
      {
        number: 41,
        title: 'Retry payments (PAY-7, CORE-99)',
        url: 'https://github.com/acme/shop/pull/41',
        author: 'ada',
        state: 'open',
        merged_at: null,
        base: 'main',
      },
    ]);
    expect(sent.git.issues).toEqual(['SHOP-12', 'OPS-3', 'PAY-7', 'CORE-99']);
    const facts = Object.fromEntries(io.summaries[0].facts ?? []);
    expect(facts['Pull requests']).toBe(
      '[#41](https://github.com/acme/shop/pull/41) Retry payments (PAY-7, CORE-99)',
    );
    expect(facts.Issues).toBe('SHOP-12, OPS-3, PAY-7, CORE-99');
    // The token reached the API only, and was masked when read.
    expect(receiver.requests[0].headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(JSON.stringify([io.outputs, io.summaries, receiver.requests[0].body])).not.toContain(
      GITHUB_TOKEN,
    );
    expect(redact(`x ${GITHUB_TOKEN}`)).toBe('x ***');
  });

  it('warns and reports without them when the API refuses, with issue keys still found', async () => {
    api.replies.push({ status: 403, body: '{"message":"Resource not accessible by integration"}' });
    await multiArchImage();
    const io = await runWith(
      report,
      inputs(`${reg.host}/shop/app:1.0`, { endpoint: '', github_token: GITHUB_TOKEN }),
      githubEnv('push', push),
    );
    expect(io.failed).toBeUndefined();
    expect(io.logs.filter((l) => l.startsWith('warning:'))).toEqual([
      expect.stringMatching(
        new RegExp(
          `^warning: Reading the pull requests of commit ${SHA.slice(0, 12)} from ${api.url}/api/v3 failed: HTTP 403 \\(the github_token may not read this repository: give the job \`pull-requests: read\`\\): Resource not accessible by integration.* \\(the report goes without the pull requests\\)$`,
        ),
      ),
    ]);
    const sent = JSON.parse(io.outputs.report) as ImageReport;
    expect(validateReport(sent)).toEqual([]);
    expect(sent.git.pull_requests).toBeNull();
    expect(sent.git.issues).toEqual(['SHOP-12', 'OPS-3', 'PAY-7']);
  });

  it('keeps only well-formed entries, and names the API when it cannot be reached', async () => {
    api.replies.push({
      status: 200,
      body: JSON.stringify([
        { number: 5, title: '', html_url: 'not a url', user: null, merged_at: 'soon' },
        { title: 'no number' },
        'junk',
        {
          number: 6,
          state: 'closed',
          merged_at: '2024-05-01T14:00:00+02:00',
          base: { ref: 'rel' },
        },
      ]),
    });
    const query = { token: GITHUB_TOKEN, repository: 'acme/shop', sha: SHA, timeoutMs: 5000 };
    expect(await pullRequestsOfCommit({ ...query, apiUrl: `${api.url}/` })).toEqual([
      { number: 5, title: null, url: null, author: null, state: null, merged_at: null, base: null },
      {
        number: 6,
        title: null,
        url: null,
        author: null,
        state: 'closed',
        merged_at: '2024-05-01T12:00:00.000Z',
        base: 'rel',
      },
    ]);
    expect(api.requests[0].url).toBe(`/repos/acme/shop/commits/${SHA}/pulls?per_page=100`);

    api.replies.push({ status: 200, body: '{"message":"not a list"}' });
    await expect(pullRequestsOfCommit({ ...query, apiUrl: api.url })).rejects.toThrow(
      `Reading the pull requests of commit ${SHA.slice(0, 12)} from ${api.url} failed: the answer is no list`,
    );
    const closed = `http://127.0.0.1:${await freePort()}`;
    await expect(pullRequestsOfCommit({ ...query, apiUrl: closed })).rejects.toThrow(
      new RegExp(
        `^Reading the pull requests of commit ${SHA.slice(0, 12)} from ${closed} failed: fetch failed \\(connect ECONNREFUSED [^()]+\\)$`,
      ),
    );
  });

  it('leaves out an answer without end, read to 8 MiB, with a warning naming the GitHub API', async () => {
    // An API that answers a list that never ends: each connection's bytes written, until closed.
    // It stops by itself at 64 MiB, so that a run without the bound ends too.
    const written: number[] = [];
    const endless = createServer((_req, res) => {
      const index = written.push(0) - 1;
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('[');
      const pump = () => {
        while (written[index] < 64 * 1024 * 1024) {
          written[index] += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end(']');
      };
      pump();
    });
    const port = await listen(endless, '127.0.0.1');
    const url = `http://127.0.0.1:${port}/api/v3`;
    try {
      const query = { token: GITHUB_TOKEN, repository: 'acme/shop', sha: SHA, timeoutMs: 20_000 };
      await expect(pullRequestsOfCommit({ ...query, apiUrl: url })).rejects.toThrow(
        `Reading the pull requests of commit ${SHA.slice(0, 12)} from ${url} failed: the GitHub API answer is larger than 8 MiB`,
      );

      await multiArchImage();
      const io = await runWith(
        report,
        inputs(`${reg.host}/shop/app:1.0`, { endpoint: '', github_token: GITHUB_TOKEN }),
        { ...githubEnv('push', push), GITHUB_API_URL: url },
      );
      expect(io.failed).toBeUndefined();
      expect(io.logs.filter((l) => l.startsWith('warning:'))).toEqual([
        `warning: Reading the pull requests of commit ${SHA.slice(0, 12)} from ${url} failed: the GitHub API answer is larger than 8 MiB (the report goes without the pull requests)`,
      ]);
      const sent = JSON.parse(io.outputs.report) as ImageReport;
      expect(sent.git.pull_requests).toBeNull();
      expect(sent.git.issues).toEqual(['SHOP-12', 'OPS-3', 'PAY-7']);
      // Each connection was closed after the limit and what socket buffers held, never 64 MiB.
      expect(written).toHaveLength(2);
      for (const bytes of written) expect(bytes).toBeLessThan(16 * 1024 * 1024);
    } finally {
      await closeServer(endless);
    }
  }, 60_000);

  it('does not wait past timeout_seconds for an answer that drips, naming the GitHub API', async () => {
    // The headers at once, then one byte of a list every 100 ms, for ever.
    const timers = new Set<NodeJS.Timeout>();
    const drip = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('[');
      const timer = setInterval(() => res.write(' '), 100);
      timers.add(timer);
      res.on('close', () => clearInterval(timer));
    });
    const port = await listen(drip, '127.0.0.1');
    const url = `http://127.0.0.1:${port}`;
    try {
      const query = { token: GITHUB_TOKEN, repository: 'acme/shop', sha: SHA, timeoutMs: 1500 };
      const started = Date.now();
      await expect(pullRequestsOfCommit({ ...query, apiUrl: url })).rejects.toThrow(
        `Reading the pull requests of commit ${SHA.slice(0, 12)} from ${url} failed: the GitHub API gave no complete answer within 1.5 s`,
      );
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      for (const timer of timers) clearInterval(timer);
      await closeServer(drip);
    }
  }, 30_000);

  it('asks nothing without a token, or on another event than a push', async () => {
    await multiArchImage();
    const noToken = await runWith(
      report,
      inputs(`${reg.host}/shop/app:1.0`, { endpoint: '', issue_key_pattern: 'OPS-\\d+' }),
      githubEnv('push', push),
    );
    const dispatch = await runWith(
      report,
      inputs(`${reg.host}/shop/app:1.0`, { endpoint: '', github_token: GITHUB_TOKEN }),
      githubEnv('workflow_dispatch', { ref: push.ref, repository: push.repository }),
    );
    expect(api.requests).toHaveLength(0);
    for (const io of [noToken, dispatch]) {
      expect(io.failed).toBeUndefined();
      expect((JSON.parse(io.outputs.report) as ImageReport).git.pull_requests).toBeUndefined();
    }
    expect((JSON.parse(noToken.outputs.report) as ImageReport).git.issues).toEqual(['OPS-3']);
    expect((JSON.parse(dispatch.outputs.report) as ImageReport).git.issues).toEqual(['PAY-7']);
  });
});

describe('report-image-info through the CLI outside GitHub', () => {
  const REMOTE_TOKEN = 'ghs_cliRemoteToken0123456789';
  let repoDir: string;
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: repoDir, encoding: 'utf8' }).trim();

  beforeAll(() => {
    repoDir = mkdtempSync(path.join(tmpdir(), 'report-cli-'));
    git('init', '-q', '-b', 'release/2.x');
    git('config', 'user.name', 'Cli Author');
    git('config', 'user.email', 'cli@example.com');
    git('config', 'commit.gpgsign', 'false');
    writeFileSync(path.join(repoDir, 'README'), 'x');
    git('add', 'README');
    git('commit', '-q', '-m', 'Ship the CLI report');
    // A token in the remote, as CI systems put it there: it must go nowhere.
    git(
      'remote',
      'add',
      'origin',
      `https://x-access-token:${REMOTE_TOKEN}@gitlab.example.com:8443/acme/my shop.git`,
    );
  });
  afterAll(() => rmSync(repoDir, { recursive: true, force: true }));

  it('prints the report JSON with the commit of the working directory', async () => {
    const index = await multiArchImage();
    let stdout = '';
    let stderr = '';
    const cwd = process.cwd();
    process.chdir(repoDir);
    let status: number;
    try {
      status = await runCli(
        [
          'report-image-info',
          '--image',
          `${reg.host}/shop/app:1.0`,
          '--registries',
          registries(),
          '--registry-context',
          'prod',
          '--endpoint',
          `${receiver.url}/v1/images`,
          '--token',
          TOKEN,
          '--annotations',
          'team: cli',
          '--json',
        ],
        {
          stdout: (text) => (stdout += text),
          stderr: (text) => (stderr += text),
          // Nothing of GitHub, nor of any CI: only what the registries file names.
          env: { PATH: process.env.PATH, HOME: repoDir, ...env },
        },
      );
    } finally {
      process.chdir(cwd);
    }
    expect(stderr).not.toMatch(/^error:/m);
    expect(status).toBe(0);
    const outputs = JSON.parse(stdout) as Record<string, string>;
    expect(outputs.digest).toBe(index.digest);
    const sent = JSON.parse(outputs.report) as ImageReport;
    expect(validateReport(sent)).toEqual([]);
    const sha = git('rev-parse', 'HEAD');
    expect(sent.git).toMatchObject({
      provider: 'gitlab',
      repository: 'acme/my shop',
      repository_url: 'https://gitlab.example.com:8443/acme/my%20shop',
      branch: 'release/2.x',
      commit: {
        sha,
        message: 'Ship the CLI report',
        url: `https://gitlab.example.com:8443/acme/my%20shop/-/commit/${sha}`,
        author: { name: 'Cli Author', email: 'cli@example.com', username: null },
      },
    });
    expect(sent.ci.provider).toBe('local');
    expect(sent.annotations).toEqual({ team: 'cli' });
    expect(receiver.requests).toHaveLength(1);
    expect(receiver.requests[0].body).toBe(outputs.report);
    expect(stderr).toContain('Image report');
    for (const secret of [REMOTE_TOKEN, TOKEN, REGISTRY_PASSWORD]) {
      expect(stdout + stderr).not.toContain(secret);
      expect(receiver.requests[0].body).not.toContain(secret);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The committed bundle, run the way the runner runs it: INPUT_* variables, GITHUB_OUTPUT file.

describe('the report-image-info bundle as the runner runs it', () => {
  const bundle = path.resolve('actions/report-image-info/dist/index.js');
  const events = path.resolve('test/fixtures/events');
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'report-action-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** GITHUB_OUTPUT's `name<<delimiter` blocks, as the runner reads them. */
  function parseOutputFile(text: string): Record<string, string> {
    const out: Record<string, string> = {};
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const m = /^([^<=]+)<<(.+)$/.exec(lines[i]);
      if (!m) continue;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
      out[m[1]] = value.join('\n');
    }
    return out;
  }

  // Not spawnSync: the receiver and the token issuer answer from this process's event loop.
  async function runBundle(given: Record<string, string>, name: string) {
    const outputFile = path.join(dir, `${name}.out`);
    const summaryFile = path.join(dir, `${name}.md`);
    writeFileSync(outputFile, '');
    writeFileSync(summaryFile, '');
    const childEnv: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: dir,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_WORKSPACE: dir,
      RUNNER_DEBUG: '1',
      GITHUB_ACTIONS: 'true',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: path.join(events, 'push.json'),
      GITHUB_REF: 'refs/heads/main',
      GITHUB_SHA: '3f786850e387550fdab836ed7e6dc881de23001b',
      GITHUB_WORKFLOW: 'images',
      GITHUB_RUN_ID: '9876543210',
      GITHUB_RUN_NUMBER: '57',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_JOB: 'publish',
      GITHUB_ACTOR: 'ada',
      ...env,
    };
    for (const [k, v] of Object.entries(given)) childEnv[`INPUT_${k.toUpperCase()}`] = v;
    const child = spawn(process.execPath, [bundle], {
      env: childEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    const status = await new Promise<number | null>((resolve) =>
      child.once('close', (code) => resolve(code)),
    );
    clearTimeout(timer);
    return {
      status,
      stdout,
      stderr,
      outputFile: readFileSync(outputFile, 'utf8'),
      outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
      summary: readFileSync(summaryFile, 'utf8'),
    };
  }

  /** Everything a reader of the job sees, but the ::add-mask:: lines that announce secrets. */
  function visible(run: Awaited<ReturnType<typeof runBundle>>): string {
    return [
      ...run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')),
      run.stderr,
      run.outputFile,
      run.summary,
    ].join('\n');
  }

  function masked(run: Awaited<ReturnType<typeof runBundle>>): string[] {
    return run.stdout
      .split('\n')
      .filter((l) => l.startsWith('::add-mask::'))
      .map((l) => l.slice('::add-mask::'.length));
  }

  it('reports, writes outputs and a summary, and leaks no secret', async () => {
    const index = await multiArchImage();
    const run = await runBundle(
      inputs(`${reg.host}/shop/app:1.0`, { annotations: 'team: payments' }),
      'ok',
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(receiver.requests).toHaveLength(1);
    expect(receiver.requests[0].headers.authorization).toBe(`Bearer ${TOKEN}`);

    const sent = JSON.parse(run.outputs.report) as ImageReport;
    expect(receiver.requests[0].body).toBe(run.outputs.report);
    expect(validateReport(sent)).toEqual([]);
    expect(run.outputs.digest).toBe(index.digest);
    expect(run.outputs.image_id).toBe(index.children[0].config.digest);
    expect(sent.git).toMatchObject({
      branch: 'main',
      commit: {
        sha: '3f786850e387550fdab836ed7e6dc881de23001b',
        message: expect.stringMatching(/^Add the payment retries/),
      },
    });
    expect(sent.ci).toMatchObject({
      provider: 'github-actions',
      run_url: 'https://github.com/acme/shop/actions/runs/9876543210',
      event: 'push',
    });

    expect(run.summary).toContain('### Image report');
    expect(run.summary).toContain('| **Platforms** | linux/amd64, linux/arm64, linux/arm/v7 |');
    expect(run.summary).toContain(
      `| **Commit** | [\`3f78685\`](https://github.com/acme/shop/commit/3f786850e387550fdab836ed7e6dc881de23001b) Add the payment retries |`,
    );
    expect(run.summary).toContain(
      `| **Report** | reported to \`${receiver.url}/v1/images\` (HTTP 201) |`,
    );
    expect(run.summary).toContain('| team | payments |');

    // Debug logging is on. The runner masks what ::add-mask:: announces; nothing else may carry a
    // secret: not the endpoint token, not the registry password or its base64 form, not a registry token.
    const announced = masked(run);
    const basic = Buffer.from(`reporter:${REGISTRY_PASSWORD}`).toString('base64');
    for (const secret of [TOKEN, REGISTRY_PASSWORD, basic]) expect(announced).toContain(secret);
    expect(announced.some((m) => m.startsWith('eyJ'))).toBe(true);
    const rest = visible(run);
    expect(rest).toContain('::debug::');
    for (const secret of [TOKEN, REGISTRY_PASSWORD, basic, ...announced])
      expect(rest).not.toContain(secret);
    expect(rest).not.toMatch(/eyJ[\w-]+\.eyJ/);
  });

  it('keeps the token out of a failure the endpoint echoes it in, warning or failing', async () => {
    await multiArchImage();
    const echo: Reply = (request) => ({
      status: 401,
      body: `bad credentials: ${request.headers.authorization}`,
    });

    receiver.replies.push(echo);
    const warned = await runBundle(
      inputs(`${reg.host}/shop/app:1.0`, { fail_on_error: 'false' }),
      'warn',
    );
    expect(warned.status).toBe(0);
    const warning = warned.stdout.split('\n').find((l) => l.startsWith('::warning::'));
    expect(warning).toBe(
      `::warning::Reporting to ${receiver.url}/v1/images failed: HTTP 401 (the endpoint did not accept the token): bad credentials: Bearer *** (fail_on_error is false: the step goes on)`,
    );

    receiver.replies.push(echo);
    const failed = await runBundle(inputs(`${reg.host}/shop/app:1.0`), 'fail');
    expect(failed.status).toBe(1);
    const error = failed.stdout.split('\n').find((l) => l.startsWith('::error::'));
    expect(error).toMatch(/^::error::Reporting to .* failed: HTTP 401 .*Bearer \*\*\*$/);
    expect(failed.stdout).not.toMatch(/\s+at .*\.js:\d+/);

    expect(receiver.requests).toHaveLength(2);
    for (const run of [warned, failed]) {
      expect(masked(run)).toContain(TOKEN);
      expect(visible(run)).not.toContain(TOKEN);
    }
  });
});
