import { describe, expect, it } from '@jest/globals';
import { readContents, type ContentsInput } from '../../../../src/report/contents/contents.js';
import { DocumentLimit } from '../../../../src/report/contents/documents.js';
import type { ReferrerFacts } from '../../../../src/report/referrer-facts.js';
import { MemoryStore, OCI_CONFIG, OCI_MANIFEST } from '../../../helpers/memory-store.js';

const SPDX = 'application/spdx+json';
const IN_TOTO = 'application/vnd.in-toto+json';

const sbom = (names: string[]) =>
  JSON.stringify({
    spdxVersion: 'SPDX-2.3',
    packages: names.map((name) => ({
      name,
      externalRefs: [{ referenceType: 'purl', referenceLocator: `pkg:npm/${name}@1` }],
    })),
  });

/** An artifact manifest holding `layers` (content, media type, annotations). */
function artifact(
  store: MemoryStore,
  layers: { content: string; mediaType: string; annotations?: Record<string, string> }[],
  artifactType?: string,
) {
  const config = store.blob('{}', 'application/vnd.oci.empty.v1+json');
  return store.manifest({
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    ...(artifactType ? { artifactType } : {}),
    config,
    layers: layers.map(({ content, mediaType, annotations }) => ({
      ...store.blob(content, mediaType),
      ...(annotations ? { annotations } : {}),
    })),
  });
}

function referrer(digest: string, subject: string, artifactType: string | null): ReferrerFacts {
  return {
    artifact_type: artifactType,
    media_type: OCI_MANIFEST,
    digest,
    size: 1,
    subject,
    source: 'api',
    tag: null,
  };
}

const ROOT = `sha256:${'0'.repeat(64)}`;
const AMD64 = `sha256:${'1'.repeat(64)}`;
const ARM64 = `sha256:${'2'.repeat(64)}`;

async function contentsOf(store: MemoryStore, input: Partial<ContentsInput>) {
  const logs: string[] = [];
  const read = await readContents(
    store,
    { root: ROOT, platforms: [], referrers: [], attestations: [], ...input },
    {
      layerBudgetBytes: 0,
      includePackages: false,
      where: 'memory: acme/app',
      warn: (m) => logs.push(`warning: ${m}`),
      info: (m) => logs.push(`info: ${m}`),
      debug: (m) => logs.push(`debug: ${m}`),
    },
  );
  return { found: read.platforms, bundles: read.sigstoreBundles, logs };
}

describe('what is attached to each platform', () => {
  it("takes a platform's own SBOM first, then BuildKit's, then the whole image's", async () => {
    const store = new MemoryStore();
    const own = artifact(store, [{ content: sbom(['own']), mediaType: SPDX }], SPDX);
    const whole = artifact(store, [{ content: sbom(['a', 'b']), mediaType: SPDX }], SPDX);
    const statement = JSON.stringify({
      predicateType: 'https://spdx.dev/Document',
      predicate: JSON.parse(sbom(['x', 'y', 'z'])),
    });
    const buildkit = artifact(store, [
      {
        content: statement,
        mediaType: IN_TOTO,
        annotations: { 'in-toto.io/predicate-type': 'https://spdx.dev/Document' },
      },
    ]);
    const { found, logs } = await contentsOf(store, {
      platforms: [
        { digest: AMD64, layers: [] },
        { digest: ARM64, layers: [] },
      ],
      referrers: [referrer(whole.digest, ROOT, SPDX), referrer(own.digest, AMD64, SPDX)],
      attestations: [{ digest: buildkit.digest, subject: ARM64 }],
    });
    expect(logs.filter((l) => l.startsWith('warning'))).toEqual([]);
    expect(found.get(AMD64)?.packages).toMatchObject({ total: 1, sbom: { digest: own.digest } });
    expect(found.get(ARM64)?.packages).toMatchObject({
      total: 3,
      sbom: { digest: buildkit.digest },
    });
    // Without a platform's own or BuildKit's, the whole image's counts.
    const alone = await contentsOf(store, {
      platforms: [{ digest: ARM64, layers: [] }],
      referrers: [referrer(whole.digest, ROOT, SPDX)],
    });
    expect(alone.found.get(ARM64)?.packages).toMatchObject({ total: 2 });
  });

  it("counts a referrer that names no artifact type as the platform's own, before BuildKit's", async () => {
    const store = new MemoryStore();
    const untyped = artifact(store, [{ content: sbom(['own']), mediaType: SPDX }]);
    const buildkit = artifact(store, [
      {
        content: JSON.stringify({
          predicateType: 'https://spdx.dev/Document',
          predicate: JSON.parse(sbom(['x', 'y'])),
        }),
        mediaType: IN_TOTO,
      },
    ]);
    const { found } = await contentsOf(store, {
      platforms: [{ digest: AMD64, layers: [] }],
      referrers: [referrer(untyped.digest, AMD64, null)],
      attestations: [{ digest: buildkit.digest, subject: AMD64 }],
    });
    expect(found.get(AMD64)?.packages).toMatchObject({
      total: 1,
      sbom: { digest: untyped.digest },
    });
  });

  it('learns from its manifest that a referrer listed by its empty config is a Sigstore bundle', async () => {
    const store = new MemoryStore();
    const bundleType = 'application/vnd.dev.sigstore.bundle.v0.3+json';
    const signature = artifact(
      store,
      [
        {
          content: JSON.stringify({ messageSignature: { signature: 'MEUC' } }),
          mediaType: bundleType,
        },
      ],
      bundleType,
    );
    const { bundles, logs } = await contentsOf(store, {
      platforms: [{ digest: AMD64, layers: [] }],
      referrers: [referrer(signature.digest, AMD64, 'application/vnd.oci.empty.v1+json')],
    });
    expect(bundles).toEqual([signature.digest]);
    // A bundle of a plain signature holds no statement: nothing to read, nothing to warn of.
    expect(logs.filter((l) => l.startsWith('warning'))).toEqual([]);
  });

  it('passes over an attestation of a predicate not read, without reading it', async () => {
    const store = new MemoryStore();
    const manifest = artifact(store, [
      {
        content: 'never read',
        mediaType: IN_TOTO,
        annotations: { 'in-toto.io/predicate-type': 'https://example.com/custom/v1' },
      },
    ]);
    const layer = JSON.parse(manifest.bytes.toString()).layers[0].digest as string;
    store.blobs.delete(layer);
    const { found, logs } = await contentsOf(store, {
      platforms: [{ digest: AMD64, layers: [] }],
      attestations: [{ digest: manifest.digest, subject: AMD64 }],
    });
    expect(found.get(AMD64)).toEqual({
      distro: null,
      packages: null,
      vulnerabilities: null,
      provenance: null,
    });
    expect(logs).toContain(
      `debug: the attestation manifest ${manifest.digest}: passing over a https://example.com/custom/v1 attestation`,
    );
  });

  it('warns of a document larger than its bound without reading it, naming the referrer', async () => {
    const store = new MemoryStore();
    const config = store.blob('{}', OCI_CONFIG);
    const huge = {
      mediaType: SPDX,
      digest: `sha256:${'e'.repeat(64)}`,
      size: DocumentLimit.bytes + 1,
    };
    const manifest = store.manifest({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config,
      layers: [huge],
    });
    const { found, logs } = await contentsOf(store, {
      platforms: [{ digest: AMD64, layers: [] }],
      referrers: [referrer(manifest.digest, AMD64, SPDX)],
    });
    expect(found.get(AMD64)?.packages).toBeNull();
    expect(logs.filter((l) => l.startsWith('warning'))).toEqual([
      `warning: memory: acme/app: the referrer ${manifest.digest}: skipping ${huge.digest}: it is larger than 32 MiB, the most read of a document`,
    ]);
  });

  it('reads no more than its count of documents for one report', async () => {
    const store = new MemoryStore();
    const manifests = Array.from({ length: DocumentLimit.count + 3 }, (_, i) =>
      artifact(store, [{ content: sbom([`p${i}`]), mediaType: SPDX }], SPDX),
    );
    const { logs } = await contentsOf(store, {
      platforms: [{ digest: AMD64, layers: [] }],
      referrers: manifests.map((m) => referrer(m.digest, AMD64, SPDX)),
    });
    expect(logs.filter((l) => l.includes('attached documents'))).toHaveLength(1);
    expect(logs).toContainEqual(
      expect.stringMatching(
        /^warning: memory: acme\/app: more than 64 attached documents: the referrer sha256:[a-f0-9]{64} and the rest are not read$/,
      ),
    );
  });

  it('reads no more than its count of attachment manifests, and says so once', async () => {
    const store = new MemoryStore();
    // Referrers that say nothing of what they are must be read to find out: bounded too.
    const untyped = Array.from({ length: DocumentLimit.manifests + 2 }, (_, i) =>
      artifact(store, [{ content: `${i}`, mediaType: 'application/octet-stream' }]),
    );
    const { logs } = await contentsOf(store, {
      platforms: [{ digest: AMD64, layers: [] }],
      referrers: untyped.map((m) => referrer(m.digest, AMD64, null)),
    });
    expect(logs.filter((l) => l.startsWith('warning'))).toEqual([
      expect.stringMatching(
        /^warning: memory: acme\/app: more than 128 attachments: the referrer sha256:[a-f0-9]{64} and the rest are not read$/,
      ),
    ]);
  });

  it('warns of a referrer that cannot be read, and of what is neither SBOM nor VEX', async () => {
    const store = new MemoryStore();
    const odd = artifact(store, [{ content: '{"hello":"world"}', mediaType: SPDX }], SPDX);
    const missing = `sha256:${'d'.repeat(64)}`;
    const { logs } = await contentsOf(store, {
      platforms: [{ digest: AMD64, layers: [] }],
      referrers: [referrer(odd.digest, AMD64, SPDX), referrer(missing, AMD64, SPDX)],
    });
    const warnings = logs.filter((l) => l.startsWith('warning'));
    expect(warnings).toHaveLength(2);
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          new RegExp(
            `^warning: memory: acme/app: the referrer ${odd.digest}: skipping sha256:[a-f0-9]{64}: it is neither an SPDX or CycloneDX SBOM nor an OpenVEX document$`,
          ),
        ),
        `warning: memory: acme/app: the referrer ${missing} could not be read: memory: no manifest ${missing}`,
      ]),
    );
  });

  it('leaves out referrers of other subjects and of artifact types that hold no documents', async () => {
    const store = new MemoryStore();
    const sbomManifest = artifact(store, [{ content: sbom(['a']), mediaType: SPDX }], SPDX);
    const { found } = await contentsOf(store, {
      platforms: [{ digest: AMD64, layers: [] }],
      referrers: [
        // An SBOM of a signature: not the image's.
        referrer(sbomManifest.digest, `sha256:${'9'.repeat(64)}`, SPDX),
        // A signature is never read for documents.
        referrer(sbomManifest.digest, AMD64, 'application/vnd.dev.cosign.simplesigning.v1+json'),
      ],
    });
    expect(found.get(AMD64)?.packages).toBeNull();
  });
});
