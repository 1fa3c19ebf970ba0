import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RegistrySession } from '../../src/distribution/session.js';
import { promote } from '../../src/actions/promote/index.js';
import { discoverReferrers } from '../../src/images/referrers.js';
import {
  getManifest,
  listTags,
  pushBlob,
  pushImage,
  pushIndex,
  pushManifest,
  sha256Digest,
} from '../helpers/images.js';
import { runWith } from '../helpers/io.js';
import { startReferrersApi, type ReferrersApi } from '../helpers/referrers-api.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { supplyChain, type SupplyChain } from '../helpers/signing.js';

// Signatures and SBOMs made by the real cosign and oras, promoted by the promote action, checked
// on the target by the same tools: what an admission controller and a user would run.

const SPDX = 'application/spdx+json';
const VULN = 'application/vnd.example.vulnerability-report+json';
let src: TestRegistry;
let dst: TestRegistry;
let tools: SupplyChain;

beforeAll(async () => {
  [src, dst, tools] = await Promise.all([startRegistry(), startRegistry(), supplyChain()]);
}, 60_000);

afterAll(async () => {
  await Promise.all([src?.stop(), dst?.stop(), tools?.remove()]);
});

function registries(...regs: [string, TestRegistry | ReferrersApi][]): string {
  return `registries:\n${regs.map(([name, r]) => `  - name: ${name}\n    domain: ${r.host}\n`).join('')}`;
}

type Stats = { manifests: number; referrers: number; blobs: { copied: number; mounted: number } };

describe('promote carries signatures and SBOMs', () => {
  it('by copy to another registry: cosign verify and oras discover work there, a re-run writes nothing, referrers the target had stay', async () => {
    const image = await pushImage(src, 'team/app', '1.0', { layers: 2, seed: 'signed-copy' });
    const ref = `${src.host}/team/app@${image.digest}`;
    await tools.sign(ref);
    const sbom = await tools.attach(ref, SPDX, '{"spdxVersion":"SPDX-2.3"}');

    const inputs = {
      candidate: `${src.host}/team/app:1.0`,
      registry: 'dst',
      tags: '1.0',
      registries: registries(['src', src], ['dst', dst]),
    };
    const first = await runWith(promote, inputs);
    expect(first.failed).toBeUndefined();
    expect(first.outputs.digest).toBe(image.digest);
    const stats = JSON.parse(first.outputs.stats) as Stats;
    expect(stats.referrers).toBe(2);

    const target = `${dst.host}/team/app@${image.digest}`;
    const verified = await tools.verify(target);
    expect(JSON.stringify(verified)).toContain(image.digest);
    expect(await tools.discover(target)).toEqual([{ artifactType: SPDX, digest: sbom }]);
    // The bytes are the source's: the digests are the same on both sides.
    const hex = image.digest.slice(7);
    for (const tag of [`sha256-${hex}.sig`]) {
      expect((await getManifest(dst, 'team/app', tag)).digest).toBe(
        (await getManifest(src, 'team/app', tag)).digest,
      );
    }
    const summary = first.summaries[0];
    const referrerRows = summary.tables?.find((t) => t.header[0] === 'Referrer')?.rows ?? [];
    expect(referrerRows.map((r) => r[1]).sort()).toEqual(
      ['application/vnd.dev.cosign.simplesigning.v1+json', SPDX].sort(),
    );

    // Nothing new: nothing written.
    const again = await runWith(promote, inputs);
    expect(again.failed).toBeUndefined();
    const againStats = JSON.parse(again.outputs.stats) as Stats;
    expect(againStats.manifests).toBe(0);
    expect(againStats.referrers).toBe(0);
    expect(againStats.blobs.copied).toBe(0);

    // The target gains a report of its own; the source a new SBOM. The next promotion merges
    // both into the target's referrers tag: the target's own is not dropped.
    const local = await tools.attach(target, VULN, '{"findings":[]}');
    const later = await tools.attach(ref, SPDX, '{"spdxVersion":"SPDX-2.3","name":"later"}');
    const third = await runWith(promote, inputs);
    expect(third.failed).toBeUndefined();
    expect((JSON.parse(third.outputs.stats) as Stats).referrers).toBe(1);
    const listed = (await tools.discover(target)).map((d) => d.digest).sort();
    expect(listed).toEqual([sbom, local, later].sort());
    await tools.verify(target);
  }, 120_000);

  it('by mount to another repository of the same registry', async () => {
    const image = await pushImage(src, 'build/svc', 'rc1', { seed: 'signed-mount' });
    const ref = `${src.host}/build/svc@${image.digest}`;
    await tools.sign(ref);
    const sbom = await tools.attach(ref, SPDX, '{"spdxVersion":"SPDX-2.3","name":"svc"}');
    const io = await runWith(promote, {
      candidate: `${src.host}/build/svc:rc1`,
      image_name: 'release/svc',
      tags: '1.0',
      registries: registries(['src', src]),
    });
    expect(io.failed).toBeUndefined();
    const stats = JSON.parse(io.outputs.stats) as Stats;
    expect(stats.blobs.mounted).toBeGreaterThan(0);
    expect(stats.referrers).toBe(2);
    const target = `${src.host}/release/svc@${image.digest}`;
    await tools.verify(target);
    expect(await tools.discover(target)).toEqual([{ artifactType: SPDX, digest: sbom }]);
  }, 120_000);

  it('referrers: false copies the image alone; dry_run plans the referrers and writes nothing', async () => {
    const image = await pushImage(src, 'team/plain', '1.0', { seed: 'unsigned-by-choice' });
    await tools.sign(`${src.host}/team/plain@${image.digest}`);
    const base = {
      candidate: `${src.host}/team/plain:1.0`,
      registry: 'dst',
      tags: '1.0',
      registries: registries(['src', src], ['dst', dst]),
    };
    const dry = await runWith(promote, { ...base, dry_run: 'true' });
    expect(dry.failed).toBeUndefined();
    const rows = dry.summaries[0].tables?.find((t) => t.header[0] === 'Referrer')?.rows ?? [];
    expect(rows).toHaveLength(1);
    expect(rows[0][4]).toBe('would write');
    expect(await listTags(dst, 'team/plain')).toEqual([]);

    const alone = await runWith(promote, { ...base, referrers: 'false' });
    expect(alone.failed).toBeUndefined();
    expect(await listTags(dst, 'team/plain')).toEqual(['1.0']);
    await expect(tools.verify(`${dst.host}/team/plain@${image.digest}`)).rejects.toThrow(
      /no signatures found|no matching signatures/i,
    );
  }, 120_000);

  it('a chain: a signature on an SBOM follows the SBOM', async () => {
    const image = await pushImage(src, 'team/chain', '1.0', { seed: 'chain' });
    const ref = `${src.host}/team/chain@${image.digest}`;
    const sbom = await tools.attach(ref, SPDX, '{"spdxVersion":"SPDX-2.3","name":"chain"}');
    await tools.sign(`${src.host}/team/chain@${sbom}`);
    const io = await runWith(promote, {
      candidate: `${src.host}/team/chain:1.0`,
      registry: 'dst',
      tags: '1.0',
      registries: registries(['src', src], ['dst', dst]),
    });
    expect(io.failed).toBeUndefined();
    expect((JSON.parse(io.outputs.stats) as Stats).referrers).toBe(2);
    await tools.verify(`${dst.host}/team/chain@${sbom}`);
  }, 120_000);
});

describe('promote to a registry with the referrers API', () => {
  let api: ReferrersApi;
  beforeAll(async () => {
    // Debian's distribution 2.8 has no referrers API: it is stood in for in front of a real one.
    api = await startReferrersApi(dst.url, { pageSize: 1 });
  });
  afterAll(() => api?.stop());

  it('lets the subject index the referrers: no referrers tag is written, and the API lists them page by page', async () => {
    const image = await pushImage(src, 'api/app', '1.0', { seed: 'api-target' });
    const ref = `${src.host}/api/app@${image.digest}`;
    await tools.sign(ref);
    const sbom = await tools.attach(ref, SPDX, '{"spdxVersion":"SPDX-2.3","name":"api"}');
    const report = await tools.attach(ref, VULN, '{"findings":[]}');
    const io = await runWith(promote, {
      candidate: `${src.host}/api/app:1.0`,
      registry: 'api',
      tags: '1.0',
      registries: registries(['src', src], ['api', api]),
    });
    expect(io.failed).toBeUndefined();
    expect((JSON.parse(io.outputs.stats) as Stats).referrers).toBe(3);
    const tags = await listTags(dst, 'api/app');
    expect(tags).toContain(`sha256-${image.digest.slice(7)}.sig`);
    expect(tags).not.toContain(`sha256-${image.digest.slice(7)}`);
    const target = `${api.host}/api/app@${image.digest}`;
    expect((await tools.discover(target)).map((d) => d.digest).sort()).toEqual(
      [sbom, report].sort(),
    );
    await tools.verify(target);

    // From the API registry onward, filtered and paged: what it lists is what is carried.
    const onward = await runWith(promote, {
      candidate: `${api.host}/api/app:1.0`,
      image_name: 'api/copy',
      tags: '1.0',
      registries: registries(['api', api]),
    });
    expect(onward.failed).toBeUndefined();
    expect(api.listed.some((p) => p.includes('last='))).toBe(true);
    expect((await tools.discover(`${api.host}/api/copy@${image.digest}`)).length).toBe(2);
  }, 120_000);
});

describe('platforms', () => {
  const three = [
    { os: 'linux', architecture: 'amd64' },
    { os: 'linux', architecture: 'arm64', variant: 'v8' },
    { os: 'linux', architecture: 's390x' },
  ];

  it('one platform is its own manifest, two a new index without the dropped attestations; signatures of the kept images verify', async () => {
    const index = await pushIndex(src, 'multi/app', '2.0', three, {
      attestation: true,
      seed: 'three',
    });
    await tools.sign(`${src.host}/multi/app@${index.digest}`, { recursive: true });
    const base = {
      candidate: `${src.host}/multi/app:2.0`,
      registry: 'dst',
      registries: registries(['src', src], ['dst', dst]),
    };

    const one = await runWith(promote, { ...base, tags: 'amd64', platforms: 'linux/amd64' });
    expect(one.failed).toBeUndefined();
    expect(one.outputs.digest).toBe(index.children[0].digest);
    expect((await getManifest(dst, 'multi/app', 'amd64')).digest).toBe(index.children[0].digest);
    await tools.verify(`${dst.host}/multi/app@${index.children[0].digest}`);

    const two = await runWith(promote, {
      ...base,
      tags: 'two',
      platforms: 'linux/amd64, linux/arm64',
    });
    expect(two.failed).toBeUndefined();
    const landed = await getManifest(dst, 'multi/app', 'two');
    expect(landed.digest).toBe(two.outputs.digest);
    expect(landed.digest).not.toBe(index.digest);
    expect(sha256Digest(landed.bytes)).toBe(landed.digest);
    const entries = JSON.parse(landed.bytes.toString()).manifests as { digest: string }[];
    const kept = new Set([
      index.children[0].digest,
      index.children[1].digest,
      index.attestations[0].digest,
      index.attestations[1].digest,
    ]);
    const original = JSON.parse(index.bytes.toString()).manifests as { digest: string }[];
    // The kept entries, in the source index's order.
    expect(entries.map((e) => e.digest)).toEqual(
      original.map((e) => e.digest).filter((d) => kept.has(d)),
    );
    expect(entries.map((e) => e.digest)).not.toContain(index.children[2].digest);
    expect(entries.map((e) => e.digest)).not.toContain(index.attestations[2].digest);
    expect(two.logs.join('\n')).toContain(`a new index ${landed.digest}`);
    await tools.verify(`${dst.host}/multi/app@${index.children[1].digest}`);

    // What a dry run of the rest says would move, platform by platform.
    const plan = await runWith(promote, { ...base, tags: 'all', dry_run: 'true' });
    expect(plan.failed).toBeUndefined();
    const table = plan.summaries[0].tables?.find((t) => t.header[0] === 'Platform');
    expect(table?.rows.map((r) => [r[0], r[1], r[3], r[4]])).toEqual(
      expect.arrayContaining([
        ['linux/s390x', '2', '0', '0'],
        ['attestations', '2', '0', '0'],
        ['referrers', '6', '0', '0'],
      ]),
    );
    expect(table?.rows.find((r) => r[0] === 'linux/s390x')?.[2]).toMatch(/^\d+(\.\d+)? (B|kB)$/);

    const missing = await runWith(promote, { ...base, tags: 'win', platforms: 'windows/amd64' });
    expect(missing.failed).toMatch(
      /Input platforms: .* has no windows\/amd64 image \(it has linux\/amd64, linux\/arm64\/v8, linux\/s390x\)/,
    );
    expect(await listTags(dst, 'multi/app')).not.toContain('win');
  }, 180_000);
});

describe('overwrite: false', () => {
  it('refuses to move a tag that points elsewhere, writing nothing', async () => {
    const old = await pushImage(dst, 'rel/app', '1.0', { seed: 'released' });
    const next = await pushImage(src, 'rel/app', '1.0', { seed: 'rebuilt', layers: 2 });
    const io = await runWith(promote, {
      candidate: `${src.host}/rel/app:1.0`,
      registry: 'dst',
      tags: '1.0\nlatest',
      overwrite: 'false',
      registries: registries(['src', src], ['dst', dst]),
    });
    expect(io.failed).toBe(
      `dst: rel/app: overwrite is false and 1.0 points to ${old.digest}, not to ${next.digest}; nothing was written`,
    );
    expect((await getManifest(dst, 'rel/app', '1.0')).digest).toBe(old.digest);
    expect(await listTags(dst, 'rel/app')).toEqual(['1.0']);
    const absent = await fetch(`${dst.url}/v2/rel/app/blobs/${next.layers[1].digest}`, {
      method: 'HEAD',
    });
    expect(absent.status).toBe(404);

    // The same digest is no move: it passes.
    const same = await runWith(promote, {
      candidate: `${dst.host}/rel/app:1.0`,
      tags: '1.0',
      overwrite: 'false',
      registries: registries(['dst', dst]),
    });
    expect(same.failed).toBeUndefined();
  }, 60_000);
});

/** An OCI artifact manifest referring to `subject`, pushed by digest, as oras would. */
async function pushReferrer(
  reg: TestRegistry,
  repo: string,
  subject: { digest: string; size: number },
  artifactType: string,
  content: string,
): Promise<{ digest: string; size: number }> {
  const empty = await pushBlob(reg, repo, Buffer.from('{}'), 'application/vnd.oci.empty.v1+json');
  const layer = await pushBlob(reg, repo, Buffer.from(content));
  const bytes = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      artifactType,
      config: { mediaType: empty.mediaType, digest: empty.digest, size: empty.size },
      layers: [{ mediaType: 'application/octet-stream', digest: layer.digest, size: layer.size }],
      subject: { mediaType: 'application/vnd.oci.image.manifest.v1+json', ...subject },
    }),
  );
  const digest = await pushManifest(
    reg,
    repo,
    sha256Digest(bytes),
    'application/vnd.oci.image.manifest.v1+json',
    bytes,
  );
  return { digest, size: bytes.length };
}

/** Writes the referrers tag schema index of `subject` by hand, entries as given. */
async function pushReferrersTag(
  reg: TestRegistry,
  repo: string,
  subject: string,
  entries: unknown[],
) {
  const bytes = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: entries,
    }),
  );
  await pushManifest(
    reg,
    repo,
    `sha256-${subject.slice(7)}`,
    'application/vnd.oci.image.index.v1+json',
    bytes,
  );
}

describe('discovery', () => {
  it('follows a chain to the depth bound and stops at a cycle', async () => {
    const image = await pushImage(src, 'deep/app', '1.0', { seed: 'deep' });
    let subject = { digest: image.digest, size: image.bytes.length };
    const chain: string[] = [];
    for (let i = 0; i < 6; i++) {
      const ref = await pushReferrer(
        src,
        'deep/app',
        subject,
        'application/vnd.example.note',
        `note ${i}`,
      );
      await pushReferrersTag(src, 'deep/app', subject.digest, [
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          artifactType: 'application/vnd.example.note',
          ...ref,
        },
        // A broken index listing the image itself: a cycle.
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          digest: image.digest,
          size: image.bytes.length,
        },
      ]);
      chain.push(ref.digest);
      subject = ref;
    }
    const clients = new RegistrySession();
    try {
      const repo = clients
        .for({ host: src.host, insecure: true, label: 'src' })
        .repository('deep/app');
      const found = await discoverReferrers(repo, [image.digest], { maxDepth: 4 });
      expect(found.map((r) => r.digest)).toEqual(chain.slice(0, 4));
      expect(found.map((r) => r.depth)).toEqual([1, 2, 3, 4]);
      expect(found.every((r) => r.source === 'tag-schema')).toBe(true);
    } finally {
      await clients.close();
    }
  }, 60_000);

  it('leaves out what a lying referrers tag lists that does not name the image as its subject', async () => {
    // The referrers tag of A lists R (subject A), M (subject B) and X (an image, no subject).
    const a = await pushImage(src, 'lying/app', '1.0', { seed: 'lying-a' });
    const b = await pushImage(src, 'lying/app', 'other', { seed: 'lying-b' });
    const x = await pushImage(src, 'lying/app', 'unrelated', { seed: 'lying-x' });
    const note = 'application/vnd.example.note';
    const r = await pushReferrer(
      src,
      'lying/app',
      { digest: a.digest, size: a.bytes.length },
      note,
      'r',
    );
    const m = await pushReferrer(
      src,
      'lying/app',
      { digest: b.digest, size: b.bytes.length },
      note,
      'm',
    );
    const manifest = 'application/vnd.oci.image.manifest.v1+json';
    await pushReferrersTag(src, 'lying/app', a.digest, [
      { mediaType: manifest, artifactType: note, ...r },
      { mediaType: manifest, artifactType: note, ...m },
      { mediaType: manifest, digest: x.digest, size: x.bytes.length },
    ]);
    const io = await runWith(promote, {
      candidate: `${src.host}/lying/app:1.0`,
      registry: 'dst',
      tags: '1.0',
      registries: registries(['src', src], ['dst', dst]),
    });
    expect(io.failed).toBeUndefined();
    expect((JSON.parse(io.outputs.stats) as Stats).referrers).toBe(1);
    const where = `src: lying/app@${a.digest}: the referrers tag lists`;
    expect(io.logs).toEqual(
      expect.arrayContaining([
        `warning: ${where} ${m.digest}, which is no referrer of it (its subject is ${b.digest}); left out`,
        `warning: ${where} ${x.digest}, which is no referrer of it (it names no subject); left out`,
      ]),
    );
    // Neither is copied, nor written into the target's referrers index of A.
    const index = await getManifest(dst, 'lying/app', `sha256-${a.digest.slice(7)}`);
    const listed = (JSON.parse(index.bytes.toString()) as { manifests: { digest: string }[] })
      .manifests;
    expect(listed.map((d) => d.digest)).toEqual([r.digest]);
    expect((await getManifest(dst, 'lying/app', m.digest)).status).toBe(404);
    expect((await getManifest(dst, 'lying/app', x.digest)).status).toBe(404);
  }, 60_000);

  it('asks a referrers API to filter by artifactType, and follows its pages', async () => {
    const api = await startReferrersApi(dst.url, { pageSize: 1 });
    const clients = new RegistrySession();
    try {
      const image = await pushImage(dst, 'filter/app', '1.0', { seed: 'filter' });
      const subject = { digest: image.digest, size: image.bytes.length };
      // Through the API server, so that it indexes them.
      const viaApi = { ...dst, host: api.host, url: api.url } as TestRegistry;
      const sboms = [
        await pushReferrer(viaApi, 'filter/app', subject, SPDX, 'one'),
        await pushReferrer(viaApi, 'filter/app', subject, SPDX, 'two'),
      ];
      await pushReferrer(viaApi, 'filter/app', subject, VULN, 'three');
      const repo = clients
        .for({ host: api.host, insecure: true, label: 'api' })
        .repository('filter/app');
      const found = await discoverReferrers(repo, [image.digest], { artifactType: SPDX });
      expect(found.map((r) => r.digest).sort()).toEqual(sboms.map((s) => s.digest).sort());
      expect(found.every((r) => r.source === 'api' && r.artifactType === SPDX)).toBe(true);
      expect(api.listed.filter((p) => p.includes(`referrers/${image.digest}`))).toEqual([
        `/v2/filter/app/referrers/${image.digest}?artifactType=${encodeURIComponent(SPDX)}`,
        `/v2/filter/app/referrers/${image.digest}?artifactType=${encodeURIComponent(SPDX)}&last=1`,
      ]);
    } finally {
      await clients.close();
      await api.stop();
    }
  }, 60_000);
});
