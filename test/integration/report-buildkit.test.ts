import { describe, expect, it } from '@jest/globals';
import { build } from '../../src/actions/build/index.js';
import { reportImageInfo } from '../../src/actions/report-image-info/index.js';
import type { ImageReport } from '../../src/report/payload.js';
import { validateReport } from '../../src/report/schema.js';
import { useEngineSuite } from '../helpers/engine-suite.js';
import { getManifest, MEDIA_TYPES } from '../helpers/images.js';
import { DEBIAN_OS_RELEASE } from '../helpers/rootfs.js';

// The report of an image the real BuildKit built and attested: trixie's dockerd on the containerd
// image store with buildx, FROM scratch (nothing pulled), provenance in mode=max. Its SBOM
// scanner image (docker/buildkit-syft-scanner) would be pulled from the internet, which is not
// reachable here: BuildKit-shaped SBOM attestations are written through the registry API in
// report-contents.test.ts instead.
const suite = useEngineSuite({ containerdStore: true });
const { step, context } = suite;

describe('the report of an image BuildKit built and attested', () => {
  it("reads BuildKit's own provenance attestation and the os-release of its layers", async () => {
    const dir = await context(
      'contents',
      'FROM scratch\nCOPY os-release /usr/lib/os-release\nCOPY hello.txt /srv/hello.txt\n',
      { 'os-release': DEBIAN_OS_RELEASE, 'hello.txt': 'hello\n' },
    );
    const built = await step(build, {
      image_name: 'contents',
      tag: 'c1',
      working_directory: dir,
      provenance: 'mode=max',
      sbom: 'false',
    });
    expect(built.failed).toBeUndefined();

    // What BuildKit pushed: the image and its attestation manifest, named by the index.
    const raw = await getManifest(suite.r2, 'acme/contents', 'c1');
    const index = JSON.parse(raw.bytes.toString('utf8')) as {
      manifests: { digest: string; annotations?: Record<string, string> }[];
    };
    const attestation = index.manifests.find(
      (m) => m.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest',
    );
    expect(attestation).toBeDefined();
    const image = attestation!.annotations!['vnd.docker.reference.digest'];

    const run = await step(reportImageInfo, { image: `${suite.r2.host}/acme/contents:c1` });
    expect(run.failed).toBeUndefined();
    expect(run.logs.filter((l) => l.startsWith('warning:'))).toEqual([]);
    const sent = JSON.parse(run.outputs.report) as ImageReport;
    expect(validateReport(sent)).toEqual([]);
    expect(sent.image.media_type).toBe(MEDIA_TYPES.ociIndex);
    expect(sent.image.platforms).toHaveLength(1);
    const [platform] = sent.image.platforms;
    expect(platform.digest).toBe(image);
    expect(platform.distro).toMatchObject({
      id: 'debian',
      version_id: '12',
      pretty_name: 'Debian GNU/Linux 12 (bookworm)',
      source: 'os-release',
    });
    expect(platform.provenance).toMatchObject({
      predicate_type: 'https://slsa.dev/provenance/v0.2',
      build_type: 'https://mobyproject.org/buildkit@v1',
      // FROM scratch pulls nothing.
      base_images: [],
      digest: attestation!.digest,
      signed: false,
    });
    expect(sent.image.base).toBeNull();
    const table = run.summaries[0].tables?.find((t) => t.header[0] === 'Contents');
    expect(table?.rows).toContainEqual([
      'OS',
      '`Debian GNU/Linux 12 (bookworm)` (from os-release)',
    ]);
    expect(table?.rows).toContainEqual([
      'Built by',
      expect.stringContaining('(`https://mobyproject.org/buildkit@v1`)'),
    ]);
  });
});
