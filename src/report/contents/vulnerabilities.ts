import { isObject, text, type Json } from '../../json.js';
import { isoTime } from '../time.js';

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'unknown'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A scan's findings as the scanner wrote them (DESIGN §5 `vulnerabilities`): never recomputed. */
export interface ScanFacts {
  /** Findings by the severity the scan gave; one it names otherwise (negligible) is `unknown`. */
  by_severity: Record<Severity, number>;
  total: number;
  scanner: { name: string | null; version: string | null; uri: string | null };
  /** The predicate's `scanner.db`, and when the database was built where the result says. */
  database: { uri: string | null; version: string | null; built_at: string | null } | null;
  /** When the scan finished (else started), UTC ISO 8601. */
  scanned_at: string | null;
}

/** An OpenVEX document's statements counted by status (not_affected, affected, fixed, …). */
export interface VexFacts {
  by_status: Record<string, number>;
  total: number;
  author: string | null;
  timestamp: string | null;
}

/** Findings read at most from one scan: a result listing more is refused, not half counted. */
const FINDING_LIMIT = 1_000_000;
const FIELD_LENGTH = 256;

function cut(value: string | null): string | null {
  return value === null ? null : value.slice(0, FIELD_LENGTH);
}

function severityOf(value: unknown): Severity {
  const name = typeof value === 'string' ? value.toLowerCase() : '';
  return (SEVERITIES as readonly string[]).includes(name) ? (name as Severity) : 'unknown';
}

/**
 * cosign's vulnerability scan record (`https://cosign.sigstore.dev/attestation/vuln/v1`):
 * `scanner` (uri, version, db, result) and `metadata` (scanStartedOn, scanFinishedOn). The result
 * is the scanner's own report: Trivy's JSON (`Results[].Vulnerabilities[].Severity`, what
 * `trivy --format cosign-vuln` writes) or Grype's (`matches[].vulnerability.severity`).
 */
export function readVulnScan(predicate: Json): ScanFacts | string {
  const scanner = isObject(predicate.scanner) ? predicate.scanner : undefined;
  if (!scanner) return 'its predicate has no scanner';
  const severities = findings(scanner.result);
  if (typeof severities === 'string') return severities;
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const severity of severities) bySeverity[severityOf(severity)]++;
  const uri = cut(text(scanner.uri));
  const db = isObject(scanner.db) ? scanner.db : {};
  const metadata = isObject(predicate.metadata) ? predicate.metadata : {};
  const database = {
    uri: cut(text(db.uri)),
    version: cut(text(db.version)),
    built_at: databaseBuilt(scanner.result),
  };
  return {
    by_severity: bySeverity,
    total: severities.length,
    scanner: { name: scannerName(uri), version: cut(text(scanner.version)), uri },
    database: database.uri || database.version || database.built_at ? database : null,
    scanned_at: isoTime(metadata.scanFinishedOn) ?? isoTime(metadata.scanStartedOn),
  };
}

/**
 * The scanner's name from its uri: a purl's name (`pkg:github/aquasecurity/trivy@v0.50.1` →
 * `trivy`), a GitHub or GitLab address's repository
 * (`https://github.com/anchore/grype/releases/tag/v0.80.0` → `grype`), else the last segment.
 */
function scannerName(uri: string | null): string | null {
  if (!uri) return null;
  const forge = /^https?:\/\/(?:www\.)?(?:github|gitlab)\.com\/[^/]+\/([^/?#]+)/.exec(uri);
  if (forge) return forge[1];
  const path = uri.replace(/[?#].*$/, '').replace(/@[^/]*$/, '');
  return path.split(/[/:]/).filter(Boolean).pop() ?? null;
}

/** When Grype's database was built: `descriptor.db.built` (`descriptor.db.status.built` since v0.88). */
function databaseBuilt(result: unknown): string | null {
  const descriptor = isObject(result) && isObject(result.descriptor) ? result.descriptor : {};
  const db = isObject(descriptor.db) ? descriptor.db : {};
  return isoTime(db.built) ?? isoTime(isObject(db.status) ? db.status.built : undefined);
}

/** The severities of a scan result's findings, in the shapes known; a reason when none fits. */
function findings(result: unknown): unknown[] | string {
  if (!isObject(result)) return 'its scanner has no result object';
  const severities: unknown[] = [];
  const add = (severity: unknown): boolean => {
    severities.push(severity);
    return severities.length <= FINDING_LIMIT;
  };
  if (Array.isArray(result.Results)) {
    for (const target of result.Results) {
      if (!isObject(target) || !Array.isArray(target.Vulnerabilities)) continue;
      for (const v of target.Vulnerabilities) if (isObject(v) && !add(v.Severity)) return tooMany();
    }
    return severities;
  }
  if (Array.isArray(result.matches)) {
    for (const match of result.matches) {
      const vulnerability = isObject(match) ? match.vulnerability : undefined;
      if (isObject(vulnerability) && !add(vulnerability.severity)) return tooMany();
    }
    return severities;
  }
  return 'its result is neither a Trivy nor a Grype report';
}

function tooMany(): string {
  return `its result lists more than ${FINDING_LIMIT} findings`;
}

/** Whether a document is OpenVEX, by its `@context`. */
export function isOpenVex(document: unknown): document is Json {
  return (
    isObject(document) &&
    typeof document['@context'] === 'string' &&
    document['@context'].startsWith('https://openvex.dev/ns')
  );
}

/** An OpenVEX document's statements counted by status. */
export function readOpenVex(document: Json): VexFacts | string {
  if (!Array.isArray(document.statements)) return 'its statements are not a list';
  if (document.statements.length > FINDING_LIMIT)
    return `it has more than ${FINDING_LIMIT} statements`;
  const byStatus: Record<string, number> = {};
  let total = 0;
  for (const statement of document.statements) {
    if (!isObject(statement)) continue;
    const status = /^[a-z_]{1,40}$/.test(String(statement.status))
      ? String(statement.status)
      : 'unknown';
    byStatus[status] = (byStatus[status] ?? 0) + 1;
    total++;
  }
  return {
    by_status: byStatus,
    total,
    author: cut(text(document.author)),
    timestamp: isoTime(document.timestamp),
  };
}
