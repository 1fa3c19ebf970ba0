import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createReportImageInfo } from '../../src/actions/report-image-info/index.js';
import type { ImageReport } from '../../src/report/payload.js';
import { validateReport } from '../../src/report/schema.js';
import { startFaultProxy } from '../helpers/fault-proxy.js';
import {
  MEDIA_TYPES,
  pushBlob,
  pushManifest,
  randomData,
  sha256Digest,
} from '../helpers/images.js';
import { runWith } from '../helpers/io.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import {
  ALPINE_OS_RELEASE,
  DEBIAN_OS_RELEASE,
  pushRootfsImage,
  type PushedRootfsImage,
} from '../helpers/rootfs.js';
import { supplyChain, type SupplyChain } from '../helpers/signing.js';

// What an images dashboard shows of a container's insides (OS, packages, vulnerabilities, how it
// was built), read from a real registry: layers archived by GNU tar, SBOMs, scans, VEX and
// provenance attached with the real cosign (`cosign attest`) and oras (`oras attach`), and
// BuildKit's attestation manifests written into an index through the registry API (buildx's
// SBOM scanner image cannot be pulled here: no internet).

let reg: TestRegistry;
let tools: SupplyChain;

beforeAll(async () => {
  [reg, tools] = await Promise.all([startRegistry(), supplyChain()]);
}, 60_000);

afterAll(async () => {
  await Promise.all([reg?.stop(), tools?.remove()]);
});

const report = createReportImageInfo();

function inputs(image: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    image,
    registries: `registries:\n  - name: local\n    domain: ${image.split('/')[0]}\n`,
    ...extra,
  };
}

async function reportOf(image: string, extra: Record<string, string> = {}) {
  const io = await runWith(report, inputs(image, extra));
  expect(io.failed).toBeUndefined();
  const sent = JSON.parse(io.outputs.report) as ImageReport;
  expect(validateReport(sent)).toEqual([]);
  return { io, sent, platform: sent.image.platforms[0] };
}

const warnings = (logs: string[]) => logs.filter((l) => l.startsWith('warning:'));

/** A Debian-like root: /etc/os-release a link to /usr/lib/os-release, as Debian ships it. */
const debianBase = {
  files: {
    'usr/lib/os-release': DEBIAN_OS_RELEASE,
    'etc/os-release': { link: '../usr/lib/os-release' },
    'etc/debian_version': '12.7\n',
    'bin/sh': 'not really a shell',
  },
};
const appLayer = { files: { 'app/server.js': 'console.log("hi")\n' } };

describe('the distro from the layers', () => {
  let debian: PushedRootfsImage;
  beforeAll(async () => {
    debian = await pushRootfsImage(reg, 'contents/debian', '1.0', [debianBase, appLayer]);
  });

  it('reads /etc/os-release through its link into a lower layer, streamed top-down', async () => {
    const { io, sent, platform } = await reportOf(`${reg.host}/contents/debian:1.0`);
    expect(platform.distro).toEqual({
      id: 'debian',
      version_id: '12',
      pretty_name: 'Debian GNU/Linux 12 (bookworm)',
      source: 'os-release',
      digest: debian.layers[0].digest,
    });
    expect(platform).toMatchObject({ packages: null, vulnerabilities: null, provenance: null });
    expect(warnings(io.logs)).toEqual([]);
    expect(sent.image.base).toBeNull();
    const table = io.summaries[0].tables?.find((t) => t.header[0] === 'Contents');
    expect(table).toEqual({
      header: ['Contents', 'linux/amd64'],
      rows: [['OS', '`Debian GNU/Linux 12 (bookworm)` (from os-release)']],
    });
  });

  it('reads no layer with read_layers_mb 0', async () => {
    const { platform } = await reportOf(`${reg.host}/contents/debian:1.0`, { read_layers_mb: '0' });
    expect(platform.distro).toBeNull();
  });

  it('respects a whiteout: a removed /etc/os-release falls back to /usr/lib/os-release', async () => {
    const image = await pushRootfsImage(reg, 'contents/whiteout', '1.0', [
      { files: { 'etc/os-release': ALPINE_OS_RELEASE } },
      { files: { 'etc/.wh.os-release': '', 'usr/lib/os-release': DEBIAN_OS_RELEASE } },
      { files: { 'app/a': 'a' }, gzip: false },
    ]);
    const { platform } = await reportOf(`${reg.host}/contents/whiteout:1.0`);
    expect(platform.distro).toMatchObject({ id: 'debian', digest: image.layers[1].digest });
  });

  it('respects an opaque folder: nothing below it counts', async () => {
    await pushRootfsImage(reg, 'contents/opaque', '1.0', [
      { files: { 'etc/os-release': ALPINE_OS_RELEASE } },
      { files: { 'etc/.wh..wh..opq': '', 'etc/hostname': 'box\n' } },
    ]);
    const { platform, io } = await reportOf(`${reg.host}/contents/opaque:1.0`);
    expect(platform.distro).toBeNull();
    expect(warnings(io.logs)).toEqual([]);
  });

  it('stops at the byte bound, before a layer past it', async () => {
    // A 2 MiB incompressible top layer over the Debian root: 1 MiB does not reach below it.
    await pushRootfsImage(reg, 'contents/big', '1.0', [
      debianBase,
      { files: { 'app/blob.bin': randomData(2 * 1024 * 1024, 'contents-big') } },
    ]);
    const bounded = await reportOf(`${reg.host}/contents/big:1.0`, { read_layers_mb: '1' });
    expect(bounded.platform.distro).toBeNull();
    expect(bounded.io.logs).toContainEqual(
      expect.stringContaining('no os-release within the first 1 MiB of layers (read_layers_mb)'),
    );
    const roomy = await reportOf(`${reg.host}/contents/big:1.0`, { read_layers_mb: '4' });
    expect(roomy.platform.distro).toMatchObject({ id: 'debian', version_id: '12' });
  });

  it('gives up on a registry that trickles a layer, within the retry budget', async () => {
    // 16 bytes every 200 ms: never silent, so only the deadline for the contents stops it.
    const proxy = await startFaultProxy(reg.url, ({ url }) =>
      url.includes(`/blobs/${debian.layers[1].digest}`)
        ? { trickle: { chunkBytes: 16, everyMs: 200 } }
        : undefined,
    );
    const budget = process.env.IMAGE_ACTIONS_RETRY_BUDGET_MS;
    process.env.IMAGE_ACTIONS_RETRY_BUDGET_MS = '1000';
    try {
      expect(debian.layers[1].size).toBeGreaterThan(16 * 5 * 2);
      const started = Date.now();
      const { platform, io } = await reportOf(`${proxy.host}/contents/debian:1.0`);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(platform.distro).toBeNull();
      expect(warnings(io.logs)).toEqual([
        `warning: local: contents/debian@${debian.digest}: os-release could not be read from the layers: the layer ${debian.layers[1].digest} was not read within 1 s: not read further`,
      ]);
    } finally {
      if (budget === undefined) delete process.env.IMAGE_ACTIONS_RETRY_BUDGET_MS;
      else process.env.IMAGE_ACTIONS_RETRY_BUDGET_MS = budget;
      await proxy.stop();
    }
  });

  it('warns and reports without a distro when a layer does not match its digest', async () => {
    // A registry (here a proxy in front of one) that answers the layer with other bytes.
    const proxy = await startFaultProxy(reg.url, ({ url }) =>
      url.includes(`/blobs/${debian.layers[1].digest}`)
        ? { status: 200, body: randomData(debian.layers[1].size, 'tampered') }
        : undefined,
    );
    try {
      const { platform, io } = await reportOf(`${proxy.host}/contents/debian:1.0`);
      expect(platform.distro).toBeNull();
      expect(warnings(io.logs)).toEqual([
        expect.stringMatching(
          new RegExp(
            `^warning: local: contents/debian@${debian.digest}: os-release could not be read from the layers: .*${debian.layers[1].digest} arrived as sha256:`,
          ),
        ),
      ]);
    } finally {
      await proxy.stop();
    }
  });
});

const SPDX_SBOM = {
  spdxVersion: 'SPDX-2.3',
  dataLicense: 'CC0-1.0',
  SPDXID: 'SPDXRef-DOCUMENT',
  name: 'contents/attested',
  documentNamespace: 'https://example.com/sbom/1',
  creationInfo: { created: '2024-05-01T00:00:00Z', creators: ['Tool: syft-1.0.0'] },
  documentDescribes: ['SPDXRef-Image'],
  packages: [
    {
      SPDXID: 'SPDXRef-Image',
      name: 'contents/attested',
      primaryPackagePurpose: 'CONTAINER',
      externalRefs: [
        {
          referenceCategory: 'PACKAGE-MANAGER',
          referenceType: 'purl',
          referenceLocator: 'pkg:oci/attested@sha256%3Aabc',
        },
      ],
    },
    {
      SPDXID: 'SPDXRef-OS',
      name: 'debian',
      versionInfo: '12',
      primaryPackagePurpose: 'OPERATING-SYSTEM',
    },
    ...['bash@5.2.15-2', 'openssl@3.0.14-1', 'libc6@2.36-9'].map((p, i) => ({
      SPDXID: `SPDXRef-deb-${i}`,
      name: p.split('@')[0],
      versionInfo: p.split('@')[1],
      externalRefs: [
        {
          referenceCategory: 'PACKAGE-MANAGER',
          referenceType: 'purl',
          referenceLocator: `pkg:deb/debian/${p}?arch=amd64&distro=debian-12`,
        },
      ],
    })),
    {
      SPDXID: 'SPDXRef-npm-0',
      name: 'express',
      versionInfo: '4.19.2',
      externalRefs: [
        {
          referenceCategory: 'PACKAGE-MANAGER',
          referenceType: 'purl',
          referenceLocator: 'pkg:npm/express@4.19.2',
        },
      ],
    },
    { SPDXID: 'SPDXRef-file-0', name: 'no-purl', versionInfo: '1' },
  ],
};

const DAY = 24 * 60 * 60 * 1000;

/** What `trivy image --format cosign-vuln` writes: Trivy's JSON report as the scanner result. */
function trivyScan(finishedDaysAgo: number) {
  const finished = new Date(Date.now() - finishedDaysAgo * DAY);
  const vulnerability = (id: string, severity: string) => ({
    VulnerabilityID: id,
    PkgName: 'openssl',
    InstalledVersion: '3.0.14-1',
    Severity: severity,
  });
  return {
    invocation: { parameters: null, uri: '', event_id: '', 'builder.id': '' },
    scanner: {
      uri: 'pkg:github/aquasecurity/trivy@0.56.2',
      version: '0.56.2',
      db: { uri: 'ghcr.io/aquasecurity/trivy-db:2', version: '2024-05-01T06:00:00Z' },
      result: {
        SchemaVersion: 2,
        ArtifactName: 'contents/attested',
        ArtifactType: 'container_image',
        Results: [
          {
            Target: 'contents/attested (debian 12.7)',
            Class: 'os-pkgs',
            Type: 'debian',
            Vulnerabilities: [
              vulnerability('CVE-2024-0001', 'CRITICAL'),
              vulnerability('CVE-2024-0002', 'HIGH'),
              vulnerability('CVE-2024-0003', 'HIGH'),
              vulnerability('CVE-2024-0004', 'LOW'),
              vulnerability('CVE-2024-0005', 'UNKNOWN'),
            ],
          },
          { Target: 'app/package-lock.json', Class: 'lang-pkgs', Type: 'npm' },
        ],
      },
    },
    metadata: {
      scanStartedOn: new Date(finished.getTime() - 60_000).toISOString(),
      scanFinishedOn: finished.toISOString(),
    },
  };
}

/** SLSA v1 provenance as the SLSA GitHub generator writes it. */
const GITHUB_PROVENANCE = {
  buildDefinition: {
    buildType: 'https://actions.github.io/buildtypes/workflow/v1',
    externalParameters: {
      workflow: {
        ref: 'refs/heads/main',
        repository: 'https://github.com/acme/shop',
        path: '.github/workflows/release.yml',
      },
    },
    resolvedDependencies: [
      {
        uri: 'git+https://github.com/acme/shop@refs/heads/main',
        digest: { gitCommit: '0123456789abcdef0123456789abcdef01234567' },
      },
    ],
  },
  runDetails: {
    builder: { id: 'https://github.com/actions/runner/github-hosted' },
    metadata: { invocationId: 'https://github.com/acme/shop/actions/runs/1/attempts/1' },
  },
};

const OPENVEX = {
  '@context': 'https://openvex.dev/ns/v0.2.0',
  '@id': 'https://example.com/vex/1',
  author: 'Acme Security',
  timestamp: '2024-05-02T00:00:00Z',
  version: 1,
  statements: [
    {
      vulnerability: { name: 'CVE-2024-0001' },
      status: 'not_affected',
      justification: 'vulnerable_code_not_in_execute_path',
    },
    { vulnerability: { name: 'CVE-2024-0002' }, status: 'fixed' },
    { vulnerability: { name: 'CVE-2024-0003' }, status: 'under_investigation' },
  ],
};

describe('what cosign attests and oras attaches', () => {
  it('reads an SPDX SBOM, a Trivy scan, OpenVEX and SLSA v1 provenance attested by cosign', async () => {
    const image = await pushRootfsImage(reg, 'contents/attested', '1.0', [
      { files: { 'etc/os-release': ALPINE_OS_RELEASE } },
    ]);
    const byDigest = `${reg.host}/contents/attested@${image.digest}`;
    await tools.attest(byDigest, 'spdxjson', SPDX_SBOM);
    const scan = trivyScan(10);
    await tools.attest(byDigest, 'vuln', scan);
    await tools.attest(byDigest, 'openvex', OPENVEX);
    await tools.attest(byDigest, 'slsaprovenance1', GITHUB_PROVENANCE);

    const { io, sent, platform } = await reportOf(`${reg.host}/contents/attested:1.0`, {
      include_packages: 'true',
    });
    expect(warnings(io.logs)).toEqual([]);
    const att = sent.image.referrers?.find((r) => r.tag?.endsWith('.att'));
    expect(att).toBeDefined();
    // The SBOM's operating system wins over the layers' os-release (Alpine here).
    expect(platform.distro).toEqual({
      id: 'debian',
      version_id: '12',
      pretty_name: null,
      source: 'sbom',
      digest: att!.digest,
    });
    expect(platform.packages).toEqual({
      total: 5,
      by_type: { deb: 3, npm: 1, unknown: 1 },
      sbom: { format: 'spdx', version: 'SPDX-2.3', digest: att!.digest, signed: true },
      list: [
        {
          name: 'bash',
          version: '5.2.15-2',
          type: 'deb',
          purl: 'pkg:deb/debian/bash@5.2.15-2?arch=amd64&distro=debian-12',
        },
        {
          name: 'openssl',
          version: '3.0.14-1',
          type: 'deb',
          purl: 'pkg:deb/debian/openssl@3.0.14-1?arch=amd64&distro=debian-12',
        },
        {
          name: 'libc6',
          version: '2.36-9',
          type: 'deb',
          purl: 'pkg:deb/debian/libc6@2.36-9?arch=amd64&distro=debian-12',
        },
        { name: 'express', version: '4.19.2', type: 'npm', purl: 'pkg:npm/express@4.19.2' },
        { name: 'no-purl', version: '1', type: 'unknown', purl: null },
      ],
      list_complete: true,
    });
    expect(platform.vulnerabilities).toEqual({
      scan: {
        by_severity: { critical: 1, high: 2, medium: 0, low: 1, unknown: 1 },
        total: 5,
        scanner: { name: 'trivy', version: '0.56.2', uri: 'pkg:github/aquasecurity/trivy@0.56.2' },
        database: {
          uri: 'ghcr.io/aquasecurity/trivy-db:2',
          version: '2024-05-01T06:00:00Z',
          built_at: null,
        },
        scanned_at: expect.any(String),
        digest: att!.digest,
        signed: true,
      },
      vex: {
        by_status: { not_affected: 1, fixed: 1, under_investigation: 1 },
        total: 3,
        author: 'Acme Security',
        timestamp: '2024-05-02T00:00:00.000Z',
        digest: att!.digest,
        signed: true,
      },
    });
    expect(platform.vulnerabilities!.scan!.scanned_at).toBe(scan.metadata.scanFinishedOn);
    expect(platform.provenance).toEqual({
      predicate_type: 'https://slsa.dev/provenance/v1',
      builder_id: 'https://github.com/actions/runner/github-hosted',
      build_type: 'https://actions.github.io/buildtypes/workflow/v1',
      source: {
        repository: 'https://github.com/acme/shop',
        commit: '0123456789abcdef0123456789abcdef01234567',
      },
      base_images: [],
      digest: att!.digest,
      signed: true,
    });

    const table = io.summaries[0].tables?.find((t) => t.header[0] === 'Contents');
    expect(table?.rows).toEqual([
      ['OS', '`debian 12` (from the SBOM)'],
      ['Packages', '5 (deb 3, npm 1, unknown 1)'],
      ['SBOM', `SPDX SPDX-2.3 \`${att!.digest}\`, signed (not verified)`],
      ['Vulnerabilities', '5 (critical 1, high 2, medium 0, low 1, unknown 1)'],
      [
        'Scanned',
        expect.stringMatching(
          /^`trivy 0\.56\.2`, \d{4}-.*Z, \*\*10 days before this report: older than 7 days\*\*$/,
        ),
      ],
      // Escaped for Markdown: the underscores show as they are.
      ['VEX statements', '3 (not\\_affected 1, fixed 1, under\\_investigation 1)'],
      [
        'Built by',
        '`https://github.com/actions/runner/github-hosted` (`https://actions.github.io/buildtypes/workflow/v1`)',
      ],
      ['Source', '`https://github.com/acme/shop` at `0123456789ab`'],
    ]);
  });

  it('reads a CycloneDX SBOM attested by cosign, and a fresh scan is not flagged', async () => {
    const image = await pushRootfsImage(reg, 'contents/cdx', '1.0', [
      { files: { 'etc/os-release': ALPINE_OS_RELEASE } },
    ]);
    const byDigest = `${reg.host}/contents/cdx@${image.digest}`;
    await tools.attest(byDigest, 'cyclonedx', {
      bomFormat: 'CycloneDX',
      specVersion: '1.5',
      version: 1,
      metadata: { component: { type: 'container', name: 'contents/cdx' } },
      components: [
        {
          type: 'operating-system',
          name: 'alpine',
          version: '3.20.3',
          description: 'Alpine Linux v3.20',
        },
        {
          type: 'library',
          name: 'musl',
          version: '1.2.5-r0',
          purl: 'pkg:apk/alpine/musl@1.2.5-r0?arch=x86_64&distro=3.20.3',
        },
        {
          type: 'application',
          name: 'api',
          version: '1.0.0',
          purl: 'pkg:golang/example.com/api@1.0.0',
          components: [
            {
              type: 'library',
              name: 'golang.org/x/net',
              version: 'v0.28.0',
              purl: 'pkg:golang/golang.org/x/net@v0.28.0',
            },
          ],
        },
      ],
    });
    await tools.attest(byDigest, 'vuln', trivyScan(0));
    const { io, platform } = await reportOf(`${reg.host}/contents/cdx:1.0`);
    expect(warnings(io.logs)).toEqual([]);
    expect(platform.distro).toMatchObject({
      id: 'alpine',
      version_id: '3.20.3',
      pretty_name: 'Alpine Linux v3.20',
      source: 'sbom',
    });
    expect(platform.packages).toMatchObject({
      total: 3,
      by_type: { apk: 1, golang: 2 },
      sbom: { format: 'cyclonedx', version: '1.5', signed: true },
    });
    expect(platform.packages).not.toHaveProperty('list');
    const table = io.summaries[0].tables?.find((t) => t.header[0] === 'Contents');
    expect(table?.rows).toContainEqual(['Scanned', expect.not.stringContaining('older than')]);
  });

  it('reports the latest of the scans cosign gathered under one .att tag', async () => {
    const image = await pushRootfsImage(reg, 'contents/rescanned', '1.0', [debianBase]);
    const byDigest = `${reg.host}/contents/rescanned@${image.digest}`;
    const [older, newer, middle] = [trivyScan(20), trivyScan(1), trivyScan(10)];
    // Neither the first attested nor the last: the scan time decides, not the order.
    for (const scan of [older, newer, middle]) await tools.attest(byDigest, 'vuln', scan);
    const { platform, io } = await reportOf(`${reg.host}/contents/rescanned:1.0`);
    expect(warnings(io.logs)).toEqual([]);
    expect(platform.vulnerabilities?.scan?.scanned_at).toBe(newer.metadata.scanFinishedOn);
  });

  it('reads an SBOM in a Sigstore bundle that cosign attaches as a referrer', async () => {
    const image = await pushRootfsImage(reg, 'contents/bundle', '1.0', [debianBase]);
    await tools.attest(`${reg.host}/contents/bundle@${image.digest}`, 'spdxjson', SPDX_SBOM, {
      bundle: true,
    });
    const { platform, io, sent } = await reportOf(`${reg.host}/contents/bundle:1.0`);
    expect(warnings(io.logs)).toEqual([]);
    // go-containerregistry lists it in the referrers tag index by its empty config's type: only
    // its manifest says it is a Sigstore bundle.
    expect(sent.image.referrers).toEqual([
      expect.objectContaining({
        artifact_type: 'application/vnd.oci.empty.v1+json',
        subject: image.digest,
      }),
    ]);
    const bundle = sent.image.referrers![0];
    // Its manifest says it is a Sigstore bundle: a signature, though its listing does not show it.
    expect(sent.image.signed).toBe(true);
    expect(platform.packages).toMatchObject({
      total: 5,
      sbom: { format: 'spdx', digest: bundle!.digest, signed: true },
    });
  });

  it('reads an SPDX SBOM attached by oras as a plain referrer (unsigned)', async () => {
    const image = await pushRootfsImage(reg, 'contents/oras', '1.0', [debianBase]);
    const sbom = await tools.attach(
      `${reg.host}/contents/oras@${image.digest}`,
      'application/spdx+json',
      JSON.stringify(SPDX_SBOM),
    );
    const { platform, io } = await reportOf(`${reg.host}/contents/oras:1.0`);
    expect(warnings(io.logs)).toEqual([]);
    expect(platform.packages).toMatchObject({
      total: 5,
      sbom: { format: 'spdx', digest: sbom, signed: false },
    });
    expect(platform.distro).toMatchObject({ id: 'debian', source: 'sbom', digest: sbom });
  });

  it('skips a malformed attachment with a warning naming it, and still reports', async () => {
    const image = await pushRootfsImage(reg, 'contents/odd', '1.0', [debianBase]);
    const odd = await tools.attach(
      `${reg.host}/contents/odd@${image.digest}`,
      'application/spdx+json',
      '{"spdxVersion": "SPDX-2.3", "packages": "not a list"',
    );
    const { platform, io } = await reportOf(`${reg.host}/contents/odd:1.0`);
    expect(warnings(io.logs)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^warning: local: contents/odd: the referrer ${odd}: skipping sha256:[a-f0-9]{64}: it is not JSON$`,
        ),
      ),
    ]);
    expect(platform.packages).toBeNull();
    // The layers still tell the distro.
    expect(platform.distro).toMatchObject({ id: 'debian', source: 'os-release' });
  });
});

describe("BuildKit's attestation manifests in the index", () => {
  it('reads the SBOM and the SLSA v0.2 provenance of each platform, and fills base from it', async () => {
    const repo = 'contents/buildkit';
    const amd64 = await pushRootfsImage(reg, repo, undefined, [debianBase, appLayer]);
    const arm64 = await pushRootfsImage(reg, repo, undefined, [debianBase], {
      platform: { os: 'linux', architecture: 'arm64' },
    });
    const attestation = async (subject: string, packages: number) => {
      const statement = (predicateType: string, predicate: unknown) => ({
        _type: 'https://in-toto.io/Statement/v0.1',
        predicateType,
        subject: [{ name: `pkg:docker/${repo}@1.0`, digest: { sha256: subject.slice(7) } }],
        predicate,
      });
      const sbom = statement('https://spdx.dev/Document', {
        ...SPDX_SBOM,
        packages: SPDX_SBOM.packages.slice(0, 2 + packages),
      });
      const provenance = statement('https://slsa.dev/provenance/v0.2', {
        builder: { id: 'https://github.com/acme/shop/actions/runs/42' },
        buildType: 'https://mobyproject.org/buildkit@v1',
        materials: [
          {
            uri: 'pkg:docker/docker/dockerfile@1',
            digest: { sha256: 'a'.repeat(64) },
          },
          {
            uri: 'pkg:docker/debian@12?platform=linux%2Famd64',
            digest: { sha256: 'b'.repeat(64) },
          },
        ],
        invocation: { configSource: { entryPoint: 'Dockerfile' } },
        metadata: {
          'https://mobyproject.org/buildkit@v1#metadata': {
            vcs: {
              source: 'https://github.com/acme/shop',
              revision: 'fedcba9876543210fedcba9876543210fedcba98',
            },
          },
        },
      });
      const layers = await Promise.all(
        [sbom, provenance].map((s) =>
          pushBlob(reg, repo, Buffer.from(JSON.stringify(s)), MEDIA_TYPES.inToto),
        ),
      );
      const config = await pushBlob(reg, repo, Buffer.from('{}'), MEDIA_TYPES.ociConfig);
      const bytes = Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: MEDIA_TYPES.ociManifest,
          config: { mediaType: config.mediaType, digest: config.digest, size: config.size },
          layers: layers.map((layer, i) => ({
            mediaType: layer.mediaType,
            digest: layer.digest,
            size: layer.size,
            annotations: {
              'in-toto.io/predicate-type': [
                'https://spdx.dev/Document',
                'https://slsa.dev/provenance/v0.2',
              ][i],
            },
          })),
        }),
      );
      await pushManifest(reg, repo, sha256Digest(bytes), MEDIA_TYPES.ociManifest, bytes);
      return { digest: sha256Digest(bytes), size: bytes.length };
    };
    const [amd64Att, arm64Att] = [
      await attestation(amd64.digest, 3),
      await attestation(arm64.digest, 1),
    ];
    const entry = (digest: string, size: number, platform: object, annotations?: object) => ({
      mediaType: MEDIA_TYPES.ociManifest,
      digest,
      size,
      platform,
      ...(annotations ? { annotations } : {}),
    });
    const attestationOf = (subject: string) => ({
      'vnd.docker.reference.digest': subject,
      'vnd.docker.reference.type': 'attestation-manifest',
    });
    const unknown = { os: 'unknown', architecture: 'unknown' };
    const index = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: MEDIA_TYPES.ociIndex,
        manifests: [
          entry(amd64.digest, amd64.bytes.length, { os: 'linux', architecture: 'amd64' }),
          entry(arm64.digest, arm64.bytes.length, { os: 'linux', architecture: 'arm64' }),
          entry(amd64Att.digest, amd64Att.size, unknown, attestationOf(amd64.digest)),
          entry(arm64Att.digest, arm64Att.size, unknown, attestationOf(arm64.digest)),
        ],
      }),
    );
    await pushManifest(reg, repo, '1.0', MEDIA_TYPES.ociIndex, index);

    const { io, sent } = await reportOf(`${reg.host}/${repo}:1.0`);
    expect(warnings(io.logs)).toEqual([]);
    const [first, second] = sent.image.platforms;
    expect(first.packages).toMatchObject({
      total: 3,
      by_type: { deb: 3 },
      sbom: { format: 'spdx', digest: amd64Att.digest, signed: false },
    });
    expect(second.packages).toMatchObject({ total: 1, sbom: { digest: arm64Att.digest } });
    expect(first.distro).toMatchObject({ id: 'debian', source: 'sbom' });
    expect(first.provenance).toEqual({
      predicate_type: 'https://slsa.dev/provenance/v0.2',
      builder_id: 'https://github.com/acme/shop/actions/runs/42',
      build_type: 'https://mobyproject.org/buildkit@v1',
      source: {
        repository: 'https://github.com/acme/shop',
        commit: 'fedcba9876543210fedcba9876543210fedcba98',
      },
      base_images: [
        { name: 'docker/dockerfile:1', digest: `sha256:${'a'.repeat(64)}` },
        { name: 'debian:12', digest: `sha256:${'b'.repeat(64)}` },
      ],
      digest: amd64Att.digest,
      signed: false,
    });
    // No base annotations: provenance names one base image besides the Dockerfile frontend.
    expect(sent.image.base).toEqual({ name: 'debian:12', digest: `sha256:${'b'.repeat(64)}` });
  });
});
