import { describe, expect, it } from '@jest/globals';
import { contentsTable } from '../../../src/actions/report-image-info/contents-table.js';
import { renderMarkdown } from '../../../src/host/github.js';
import type { PlatformFacts } from '../../../src/report/image-facts.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;
const platform: PlatformFacts = {
  os: 'linux',
  architecture: 'arm',
  variant: 'v7',
  os_version: null,
  digest: DIGEST,
  image_id: DIGEST,
  size: 1,
  created: null,
  layers: [],
};
const REPORTED = '2024-06-01T00:00:00.000Z';

const scan = (scannedAt: string | null) => ({
  by_severity: { critical: 0, high: 1, medium: 0, low: 0, unknown: 0 },
  total: 1,
  scanner: { name: 'trivy', version: '0.56.2', uri: null },
  database: null,
  scanned_at: scannedAt,
  digest: DIGEST,
  signed: false,
});

describe('the contents table of a platform', () => {
  it('is left out when nothing is known', () => {
    expect(contentsTable(platform, REPORTED)).toBeNull();
    expect(
      contentsTable(
        { ...platform, distro: null, packages: null, vulnerabilities: null, provenance: null },
        REPORTED,
      ),
    ).toBeNull();
  });

  it.each([
    [
      '2024-05-31T00:00:00.000Z',
      '`trivy 0.56.2`, 2024-05-31T00:00:00.000Z, 1 day before this report',
    ],
    [
      '2024-05-25T00:00:00.000Z',
      '`trivy 0.56.2`, 2024-05-25T00:00:00.000Z, 7 days before this report',
    ],
    [
      '2024-05-24T00:00:00.000Z',
      '`trivy 0.56.2`, 2024-05-24T00:00:00.000Z, **8 days before this report: older than 7 days**',
    ],
    ['2024-05-31T23:00:00.000Z', '`trivy 0.56.2`, 2024-05-31T23:00:00.000Z'],
    [null, '`trivy 0.56.2`, scan time unknown'],
  ])('flags a scan of %s by its age', (scannedAt, shown) => {
    const table = contentsTable(
      { ...platform, vulnerabilities: { scan: scan(scannedAt), vex: null } },
      REPORTED,
    );
    expect(table?.rows).toEqual([
      ['Vulnerabilities', '1 (critical 0, high 1, medium 0, low 0, unknown 0)'],
      ['Scanned', shown],
    ]);
  });

  it("says when the scanner's database was built, where the scan tells", () => {
    const built = {
      ...scan('2024-05-31T00:00:00.000Z'),
      database: { uri: null, version: null, built_at: '2024-05-30T00:00:00.000Z' },
    };
    const table = contentsTable(
      { ...platform, vulnerabilities: { scan: built, vex: null } },
      REPORTED,
    );
    expect(table?.rows[1]).toEqual([
      'Scanned',
      '`trivy 0.56.2`, 2024-05-31T00:00:00.000Z, 1 day before this report, database of 2024-05-30T00:00:00.000Z',
    ]);
  });

  it('lets no text of an attachment become a link, an image, HTML or a broken table', () => {
    const hostile =
      'x` [click](https://evil.example) ![i](https://evil.example/i.png) <img src=x> | www.evil.example\n::error::';
    const table = contentsTable(
      {
        ...platform,
        distro: {
          id: null,
          version_id: null,
          pretty_name: hostile,
          source: 'os-release',
          digest: DIGEST,
        },
        provenance: {
          predicate_type: 'https://slsa.dev/provenance/v1',
          builder_id: hostile,
          build_type: null,
          source: { repository: hostile, commit: null },
          base_images: [{ name: hostile, digest: null }],
          digest: DIGEST,
          signed: false,
        },
      },
      REPORTED,
    )!;
    const markdown = renderMarkdown({ title: 'Image report', tables: [table] });
    const [, , ...rows] = markdown.split('\n').filter((line) => line.startsWith('|'));
    expect(rows).toHaveLength(table.rows.length);
    for (const row of rows) {
      // Two cells: the pipe inside the text is escaped and splits none; the text stays whole in
      // one code span, where no link, image, tag or autolink is read.
      expect(row.split(/(?<!\\)\|/)).toHaveLength(4);
      expect(row).toMatch(/`x \[click\].*www\.evil\.example::error::`/);
    }
    expect(table.rows).toEqual([
      [
        'OS',
        '`x [click](https://evil.example) ![i](https://evil.example/i.png) <img src=x> | www.evil.example::error::` (from os-release)',
      ],
      [
        'Built by',
        '`x [click](https://evil.example) ![i](https://evil.example/i.png) <img src=x> | www.evil.example::error::`',
      ],
      [
        'Source',
        '`x [click](https://evil.example) ![i](https://evil.example/i.png) <img src=x> | www.evil.example::error::`',
      ],
      [
        'Base images',
        '`x [click](https://evil.example) ![i](https://evil.example/i.png) <img src=x> | www.evil.example::error::`',
      ],
    ]);
  });

  it('shows packages by type, most first, and VEX statuses escaped', () => {
    const table = contentsTable(
      {
        ...platform,
        packages: {
          total: 6,
          by_type: { npm: 1, deb: 4, apk: 1 },
          sbom: { format: 'cyclonedx', version: '1.5', digest: DIGEST, signed: true },
        },
        vulnerabilities: {
          scan: null,
          vex: {
            by_status: { not_affected: 2 },
            total: 2,
            author: null,
            timestamp: null,
            digest: DIGEST,
            signed: false,
          },
        },
      },
      REPORTED,
    );
    expect(table).toEqual({
      header: ['Contents', 'linux/arm/v7'],
      rows: [
        ['Packages', '6 (deb 4, apk 1, npm 1)'],
        ['SBOM', `CycloneDX 1.5 \`${DIGEST}\`, signed (not verified)`],
        ['VEX statements', '2 (not\\_affected 2)'],
      ],
    });
  });
});
