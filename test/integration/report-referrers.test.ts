import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createReportImageInfo } from '../../src/actions/report-image-info/index.js';
import type { ImageReport } from '../../src/report/payload.js';
import { validateReport } from '../../src/report/schema.js';
import { startFaultProxy } from '../helpers/fault-proxy.js';
import { pushImage, pushIndex, pushManifest, sha256Digest } from '../helpers/images.js';
import { runWith } from '../helpers/io.js';
import { startReferrersApi, type ReferrersApi } from '../helpers/referrers-api.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { supplyChain, type SupplyChain } from '../helpers/signing.js';

// The report of images signed with the real cosign and given SBOMs with the real oras, read from
// a real registry: what an images dashboard shows of a team that signs.

const SPDX = 'application/spdx+json';
const SIMPLE_SIGNING = 'application/vnd.dev.cosign.simplesigning.v1+json';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';

let reg: TestRegistry;
let tools: SupplyChain;

beforeAll(async () => {
  [reg, tools] = await Promise.all([startRegistry(), supplyChain()]);
}, 60_000);

afterAll(async () => {
  await Promise.all([reg?.stop(), tools?.remove()]);
});

const report = createReportImageInfo();

function inputs(image: string, host: string): Record<string, string> {
  return { image, registries: `registries:\n  - name: local\n    domain: ${host}\n` };
}

const cosignTag = (digest: string, suffix: string) => `sha256-${digest.slice(7)}.${suffix}`;

describe('the report of a signed, SBOMed image', () => {
  it('lists the referrers of a multi-platform image and its platforms, layers with created_by, and validates', async () => {
    const index = await pushIndex(
      reg,
      'shop/signed',
      '1.0',
      [
        { os: 'linux', architecture: 'amd64' },
        { os: 'linux', architecture: 'arm64' },
      ],
      { layers: 2, layerSize: 2048, seed: 'report-signed', attestation: true },
    );
    const byDigest = `${reg.host}/shop/signed@${index.digest}`;
    // The index and each of its entries (buildx's attestation manifests too), as
    // `cosign sign --recursive` does; no transparency log.
    await tools.sign(byDigest, { recursive: true });
    const sbom = await tools.attach(byDigest, SPDX, '{"spdxVersion":"SPDX-2.3"}');
    // A signature on the SBOM: a referrer of a referrer.
    await tools.sign(`${reg.host}/shop/signed@${sbom}`);

    const io = await runWith(report, inputs(`${reg.host}/shop/signed:1.0`, reg.host));
    expect(io.failed).toBeUndefined();
    const sent = JSON.parse(io.outputs.report) as ImageReport;
    expect(validateReport(sent)).toEqual([]);

    expect(sent.image.signed).toBe(true);
    const referrers = sent.image.referrers!;
    const signatureOf = (subject: string) => ({
      artifact_type: SIMPLE_SIGNING,
      media_type: OCI_MANIFEST,
      digest: expect.stringMatching(/^sha256:[a-f0-9]{64}$/),
      size: expect.any(Number),
      subject,
      source: 'cosign-tag',
      tag: cosignTag(subject, 'sig'),
    });
    expect(referrers).toHaveLength(7);
    expect(referrers).toEqual(
      expect.arrayContaining([
        signatureOf(index.digest),
        ...index.children.map((child) => signatureOf(child.digest)),
        ...index.attestations.map((attestation) => signatureOf(attestation.digest)),
        {
          artifact_type: SPDX,
          media_type: OCI_MANIFEST,
          digest: sbom,
          size: expect.any(Number),
          subject: index.digest,
          // distribution 2.8 has no referrers API: oras keeps the SBOM under the tag schema.
          source: 'tag-schema',
          tag: null,
        },
        signatureOf(sbom),
      ]),
    );

    // Layers with the history entries that made them, per platform.
    expect(sent.image.platforms.map((p) => p.digest)).toEqual(index.children.map((c) => c.digest));
    for (const [i, platform] of sent.image.platforms.entries()) {
      expect(platform.layers).toEqual(
        index.children[i].layers.map((layer) => ({
          digest: layer.digest,
          size: 2048,
          media_type: layer.mediaType,
          created_by: 'test fixture',
          created: '2024-01-01T00:00:00.000Z',
          comment: null,
          empty_layer: false,
        })),
      );
    }

    const [summary] = io.summaries;
    expect(summary.facts).toContainEqual([
      'Signed',
      'yes: a signature is attached (present, not verified)',
    ]);
    const table = summary.tables?.find((t) => t.header[0] === 'Found as');
    expect(table?.header).toEqual(['Found as', 'Artifact type', 'Digest', 'Size', 'Refers to']);
    expect(table?.rows).toHaveLength(7);
    expect(table?.rows).toContainEqual([
      'referrers tag',
      SPDX,
      `\`${sbom}\``,
      expect.stringMatching(/^\d+ B$/),
      'the image',
    ]);
    expect(table?.rows.filter((row) => row[0] === 'cosign .sig tag').map((row) => row[4])).toEqual(
      expect.arrayContaining([
        'the image',
        'linux/amd64',
        'linux/arm64',
        `\`${sbom.slice(0, 19)}…\``,
      ]),
    );
    const layers = summary.tables?.filter((t) => t.header[0] === 'Step');
    expect(layers?.map((t) => t.header[1])).toEqual([
      'Instruction (linux/amd64)',
      'Instruction (linux/arm64)',
    ]);
    expect(layers?.[0].rows).toEqual([
      ['1', 'test fixture', '2.05 kB'],
      ['2', 'test fixture', '2.05 kB'],
    ]);
  });

  it('says an image nothing refers to is not signed', async () => {
    await pushImage(reg, 'shop/plain', '1.0', { seed: 'report-plain' });
    const io = await runWith(report, inputs(`${reg.host}/shop/plain:1.0`, reg.host));
    expect(io.failed).toBeUndefined();
    const sent = JSON.parse(io.outputs.report) as ImageReport;
    expect(validateReport(sent)).toEqual([]);
    expect(sent.image).toMatchObject({ referrers: [], signed: false });
    expect(io.summaries[0].facts).toContainEqual(['Signed', 'no signature found']);
    expect(io.summaries[0].tables?.some((t) => t.header[0] === 'Found as')).toBe(false);
  });

  it('finds an SBOM through a registry that serves the referrers API', async () => {
    // distribution 2.8 has no referrers API: a stand-in serves it over the real registry, so
    // oras stores the SBOM with a subject and no tag, and only the API can find it.
    let api: ReferrersApi | undefined;
    try {
      api = await startReferrersApi(reg.url);
      const image = await pushImage(reg, 'shop/api', '1.0', { seed: 'report-api' });
      const sbom = await tools.attach(`${api.host}/shop/api@${image.digest}`, SPDX, '{"a":1}');
      const io = await runWith(report, inputs(`${api.host}/shop/api:1.0`, api.host));
      expect(io.failed).toBeUndefined();
      const sent = JSON.parse(io.outputs.report) as ImageReport;
      expect(validateReport(sent)).toEqual([]);
      expect(sent.image.referrers).toEqual([
        {
          artifact_type: SPDX,
          media_type: OCI_MANIFEST,
          digest: sbom,
          size: expect.any(Number),
          subject: image.digest,
          source: 'api',
          tag: null,
        },
      ]);
      expect(sent.image.signed).toBe(false);
      expect(api.listed).toContain(`/v2/shop/api/referrers/${image.digest}`);
    } finally {
      await api?.stop();
    }
  });

  it('warns and reports without referrers when the registry fails to tell them', async () => {
    await pushImage(reg, 'shop/broken', '1.0', { seed: 'report-broken' });
    // A registry that refuses the tag listing referrer discovery starts with.
    const proxy = await startFaultProxy(reg.url, ({ url }) =>
      url.includes('/tags/list')
        ? { status: 400, body: '{"errors":[{"code":"UNSUPPORTED"}]}' }
        : undefined,
    );
    try {
      const io = await runWith(report, inputs(`${proxy.host}/shop/broken:1.0`, proxy.host));
      expect(io.failed).toBeUndefined();
      expect(io.logs.filter((l) => l.startsWith('warning:'))).toEqual([
        expect.stringMatching(
          /^warning: local: listing the tags of shop\/broken failed: HTTP 400.* \(the report goes without its referrers\)$/,
        ),
      ]);
      const sent = JSON.parse(io.outputs.report) as ImageReport;
      expect(validateReport(sent)).toEqual([]);
      expect(sent.image).toMatchObject({ referrers: null, signed: null });
      expect(io.summaries[0].facts?.some(([name]) => name === 'Signed')).toBe(false);
    } finally {
      await proxy.stop();
    }
  });

  it('leaves out a referrers tag entry that describes no real manifest', async () => {
    const image = await pushImage(reg, 'shop/odd', '1.0', { seed: 'report-odd' });
    // Three manifests the registry has (it refuses an index of ones it lacks), listed in a
    // referrers tag index as a careless tool might write it: a negative size, no media type.
    const [plain, negative, untyped] = await Promise.all(
      ['a', 'b', 'c'].map((n) =>
        pushImage(reg, 'shop/odd', undefined, { seed: `report-odd-${n}` }),
      ),
    );
    // The good one names the image as its subject: only that makes a referrer of it.
    const referring = Buffer.from(
      JSON.stringify({
        ...(JSON.parse(plain.bytes.toString()) as object),
        subject: { mediaType: OCI_MANIFEST, digest: image.digest, size: image.bytes.length },
      }),
    );
    const good: typeof plain = {
      ...plain,
      bytes: referring as Buffer,
      digest: await pushManifest(reg, 'shop/odd', sha256Digest(referring), OCI_MANIFEST, referring),
    };
    const entry = (m: typeof good, size: number, mediaType = OCI_MANIFEST) => ({
      mediaType,
      digest: m.digest,
      size,
      artifactType: SPDX,
    });
    const index = {
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [entry(good, good.bytes.length), entry(negative, -5), entry(untyped, 10, '')],
    };
    await pushManifest(
      reg,
      'shop/odd',
      `sha256-${image.digest.slice(7)}`,
      index.mediaType,
      Buffer.from(JSON.stringify(index)),
    );
    const io = await runWith(report, inputs(`${reg.host}/shop/odd:1.0`, reg.host));
    expect(io.failed).toBeUndefined();
    const sent = JSON.parse(io.outputs.report) as ImageReport;
    expect(validateReport(sent)).toEqual([]);
    expect(sent.image.referrers?.map((r) => [r.digest, r.source])).toEqual([
      [good.digest, 'tag-schema'],
    ]);
  });
});
