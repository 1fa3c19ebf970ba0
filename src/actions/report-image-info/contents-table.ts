import type { PlatformFacts } from '../../report/image-facts.js';
import { SEVERITIES } from '../../report/contents/vulnerabilities.js';
import type { SummaryTable } from '../../host/io.js';
import { codeText, markdownText, platformName } from './markdown.js';

/** A scan older than this many days is flagged: a week-old database misses the week's CVEs. */
export const STALE_SCAN_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * What a platform image holds, as the container details of an images dashboard show it: OS,
 * packages by type, vulnerabilities by severity with the scan's age, builder and source. Null
 * when nothing is known of it. Every text from an attachment goes through markdownText.
 */
export function contentsTable(platform: PlatformFacts, reportedAt: string): SummaryTable | null {
  const rows: [string, string][] = [];
  const { distro, packages, vulnerabilities, provenance } = platform;
  if (distro) {
    const name = distro.pretty_name ?? [distro.id, distro.version_id].filter(Boolean).join(' ');
    const from = distro.source === 'sbom' ? 'from the SBOM' : 'from os-release';
    rows.push(['OS', `${codeText(name)} (${from})`]);
  }
  if (packages) {
    const types = Object.entries(packages.by_type)
      .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
      .map(([type, n]) => `${markdownText(type)} ${n}`)
      .join(', ');
    rows.push(['Packages', `${packages.total}${types ? ` (${types})` : ''}`]);
    const { format, version, digest, signed } = packages.sbom;
    rows.push([
      'SBOM',
      `${format === 'spdx' ? 'SPDX' : 'CycloneDX'}${version ? ` ${markdownText(version)}` : ''} \`${digest}\`${signed ? ', signed (not verified)' : ''}`,
    ]);
  }
  const scan = vulnerabilities?.scan;
  if (scan) {
    const counts = SEVERITIES.map((s) => `${s} ${scan.by_severity[s]}`).join(', ');
    rows.push(['Vulnerabilities', `${scan.total} (${counts})`]);
    const scanner = [scan.scanner.name, scan.scanner.version].filter(Boolean).join(' ');
    rows.push([
      'Scanned',
      [
        codeText(scanner),
        scanAge(scan.scanned_at, reportedAt),
        scan.database?.built_at && `database of ${scan.database.built_at}`,
      ]
        .filter(Boolean)
        .join(', '),
    ]);
  }
  const vex = vulnerabilities?.vex;
  if (vex) {
    const statuses = Object.entries(vex.by_status)
      .map(([status, n]) => `${markdownText(status)} ${n}`)
      .join(', ');
    rows.push(['VEX statements', `${vex.total}${statuses ? ` (${statuses})` : ''}`]);
  }
  if (provenance) {
    const builder = [
      provenance.builder_id && codeText(provenance.builder_id),
      provenance.build_type && `(${codeText(provenance.build_type)})`,
    ]
      .filter(Boolean)
      .join(' ');
    rows.push(['Built by', builder || 'unknown']);
    const { repository, commit } = provenance.source;
    if (repository || commit) {
      rows.push([
        'Source',
        [repository && codeText(repository), commit && codeText(commit.slice(0, 12))]
          .filter(Boolean)
          .join(' at '),
      ]);
    }
    if (provenance.base_images.length) {
      rows.push([
        'Base images',
        provenance.base_images.map((image) => codeText(image.name)).join(', '),
      ]);
    }
  }
  if (!rows.length) return null;
  return { header: ['Contents', markdownText(platformName(platform))], rows };
}

/** `2024-05-01T12:00:00.000Z, 3 days before the report`, flagged when older than a week. */
function scanAge(scannedAt: string | null, reportedAt: string): string {
  if (!scannedAt) return 'scan time unknown';
  const days = Math.floor((Date.parse(reportedAt) - Date.parse(scannedAt)) / DAY_MS);
  if (!(days >= 1)) return scannedAt;
  const age = `${days} day${days === 1 ? '' : 's'} before this report`;
  return days > STALE_SCAN_DAYS
    ? `${scannedAt}, **${age}: older than ${STALE_SCAN_DAYS} days**`
    : `${scannedAt}, ${age}`;
}
