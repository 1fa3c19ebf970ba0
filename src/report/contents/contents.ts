import type { ImageSource } from '../../oci/store.js';
import type { Descriptor } from '../../oci/manifest.js';
import { createLimiter } from '../../concurrency.js';
import { isUserError } from '../../errors.js';
import { isNetworkError } from '../../http/errors.js';
import type { ReferrerFacts } from '../referrer-facts.js';
import type { DistroFacts } from './os-release.js';
import { PACKAGE_LIST_LIMIT, type PackageFacts } from './sbom.js';
import type { ScanFacts, VexFacts } from './vulnerabilities.js';
import type { ProvenanceFacts } from './provenance.js';
import {
  isAttachmentProblem,
  mayHoldDocuments,
  readDocuments,
  type DocumentReader,
  type Finding,
  type Origin,
} from './documents.js';
import { readDistroFromLayers } from './os-release-layers.js';
import { ReadDeadline } from './deadline.js';
import { retryPolicy } from '../../http/limits.js';

/** A scan's findings (DESIGN §5 `vulnerabilities`) and, where one is attached, a VEX's statuses. */
export interface VulnerabilityFacts {
  /** Null when only a VEX document was found. */
  scan: (ScanFacts & { digest: string; signed: boolean }) | null;
  vex: (VexFacts & { digest: string; signed: boolean }) | null;
}

/** What a platform image holds, as it tells without a scanner being run (DESIGN §5). */
export interface PlatformContents {
  distro: DistroFacts | null;
  packages: PackageFacts | null;
  vulnerabilities: VulnerabilityFacts | null;
  provenance: ProvenanceFacts | null;
}

/** What each platform holds, and what was learnt of the attachments on the way. */
export interface ContentsReport {
  platforms: Map<string, PlatformContents>;
  /**
   * Referrers whose manifest says they are Sigstore bundles, which a referrers tag index may
   * list by their empty config's type: signatures the listing alone does not show.
   */
  sigstoreBundles: string[];
}

export interface ContentsInput {
  /** The reported manifest: an index, or the single platform's own manifest. */
  root: string;
  /** Each platform's manifest digest and layers, in the report's order. */
  platforms: { digest: string; layers: Descriptor[] }[];
  /** What refers to the image and its parts; null when they could not be read. */
  referrers: ReferrerFacts[] | null;
  /** BuildKit's attestation manifests in the index, each with the platform it is about. */
  attestations: { digest: string; subject: string }[];
}

export interface ContentsOptions {
  /** Compressed layer bytes read per platform for os-release; 0: layers are not read. */
  layerBudgetBytes: number;
  /** Whether the SBOM's packages are listed, not only counted. */
  includePackages: boolean;
  where: string;
  warn: (message: string) => void;
  info: (message: string) => void;
  debug: (message: string) => void;
}

/** Manifests read at once, and platforms whose layers are read at once. */
const CONCURRENCY = 4;
const LAYER_CONCURRENCY = 2;

/**
 * What each platform image holds: its distro, packages, vulnerabilities and provenance, read from
 * the SBOMs, scans and provenance attached to it (as referrers of the platform or of the whole
 * image, and as BuildKit attestation manifests in the index), and the distro from the os-release
 * file of its layers where no SBOM names one. A platform's own attachments come first, then
 * BuildKit's, then those of the whole image; of each kind the first found counts, but of scans
 * the latest. Nothing here fails the report: a document that cannot be read is passed over with
 * a warning.
 */
export async function readContents(
  source: ImageSource,
  input: ContentsInput,
  options: ContentsOptions,
): Promise<ContentsReport> {
  const reader: DocumentReader = {
    source,
    where: options.where,
    warn: options.warn,
    debug: options.debug,
    read: { count: 0, manifests: 0 },
    sigstoreBundles: new Set(),
    deadline: new ReadDeadline(retryPolicy().budgetMs),
  };
  const platformDigests = new Set(input.platforms.map((p) => p.digest));
  const origins: {
    origin: Origin;
    subject: string;
    artifactType: string | null;
    buildkit: boolean;
  }[] = [];
  for (const referrer of input.referrers ?? []) {
    if (referrer.subject !== input.root && !platformDigests.has(referrer.subject)) continue;
    if (!mayHoldDocuments(referrer.artifact_type, referrer.tag)) continue;
    origins.push({
      origin: { digest: referrer.digest, label: `the referrer ${referrer.digest}` },
      subject: referrer.subject,
      artifactType: referrer.artifact_type,
      buildkit: false,
    });
  }
  for (const attestation of input.attestations) {
    if (!platformDigests.has(attestation.subject)) continue;
    origins.push({
      origin: {
        digest: attestation.digest,
        label: `the attestation manifest ${attestation.digest}`,
      },
      subject: attestation.subject,
      artifactType: null,
      buildkit: true,
    });
  }
  const limit = createLimiter(CONCURRENCY);
  const found = await Promise.all(
    origins.map(({ origin, artifactType }) =>
      limit(async () => {
        try {
          return await readDocuments(reader, origin, artifactType);
        } catch (error) {
          if (!isAttachmentProblem(error)) throw error;
          options.warn(`${options.where}: ${origin.label} could not be read: ${error.message}`);
          return [];
        }
      }),
    ),
  );

  const layerLimit = createLimiter(LAYER_CONCURRENCY);
  const contents = await Promise.all(
    input.platforms.map((platform) =>
      layerLimit(async (): Promise<[string, PlatformContents]> => {
        // The platform's own, then BuildKit's for it, then the whole image's.
        const ranked = [
          ...origins.flatMap((o, i) =>
            o.subject === platform.digest && !o.buildkit ? found[i] : [],
          ),
          ...origins.flatMap((o, i) =>
            o.subject === platform.digest && o.buildkit ? found[i] : [],
          ),
          ...origins.flatMap((o, i) =>
            o.subject === input.root && o.subject !== platform.digest ? found[i] : [],
          ),
        ];
        const facts = fromFindings(ranked, options.includePackages);
        if (!facts.distro && options.layerBudgetBytes > 0)
          facts.distro = await distroFromLayers(source, platform, options, reader.deadline);
        return [platform.digest, facts];
      }),
    ),
  );
  return { platforms: new Map(contents), sigstoreBundles: [...reader.sigstoreBundles] };
}

function first<K extends Finding['kind']>(
  findings: Finding[],
  kind: K,
): Extract<Finding, { kind: K }> | undefined {
  return findings.find((f): f is Extract<Finding, { kind: K }> => f.kind === kind);
}

/**
 * The scan to report: the latest by its scan time, wherever it hangs (a scan re-run on a schedule
 * is attached anew each time); of scans that give no time, the first found.
 */
function latestScan(findings: Finding[]): Extract<Finding, { kind: 'scan' }> | undefined {
  let latest: Extract<Finding, { kind: 'scan' }> | undefined;
  for (const finding of findings) {
    if (finding.kind !== 'scan') continue;
    const time = Date.parse(finding.scan.scanned_at ?? '');
    const best = Date.parse(latest?.scan.scanned_at ?? '');
    if (!latest || (!Number.isNaN(time) && (Number.isNaN(best) || time > best))) latest = finding;
  }
  return latest;
}

function fromFindings(findings: Finding[], includePackages: boolean): PlatformContents {
  const sbom = first(findings, 'sbom');
  const scan = latestScan(findings);
  const vex = first(findings, 'vex');
  const provenance = first(findings, 'provenance');
  let packages: PackageFacts | null = null;
  if (sbom) {
    const { entries, total, by_type } = sbom.sbom.packages;
    packages = {
      total,
      by_type,
      sbom: {
        format: sbom.sbom.format,
        version: sbom.sbom.version,
        digest: sbom.origin.digest,
        signed: sbom.signed,
      },
      ...(includePackages
        ? {
            list: entries.slice(0, PACKAGE_LIST_LIMIT),
            list_complete: entries.length <= PACKAGE_LIST_LIMIT,
          }
        : {}),
    };
  }
  const distro = sbom?.sbom.distro
    ? { ...sbom.sbom.distro, source: 'sbom' as const, digest: sbom.origin.digest }
    : null;
  return {
    distro,
    packages,
    vulnerabilities:
      scan || vex
        ? {
            scan: scan ? { ...scan.scan, digest: scan.origin.digest, signed: scan.signed } : null,
            vex: vex ? { ...vex.vex, digest: vex.origin.digest, signed: vex.signed } : null,
          }
        : null,
    provenance: provenance
      ? { ...provenance.provenance, digest: provenance.origin.digest, signed: provenance.signed }
      : null,
  };
}

async function distroFromLayers(
  source: ImageSource,
  platform: ContentsInput['platforms'][number],
  options: ContentsOptions,
  deadline: ReadDeadline | undefined,
): Promise<DistroFacts | null> {
  const where = `${options.where}@${platform.digest}`;
  try {
    return await readDistroFromLayers(source, platform.layers, {
      budgetBytes: options.layerBudgetBytes,
      note: options.info,
      warn: options.warn,
      deadline,
      where,
    });
  } catch (error) {
    if (!isAttachmentProblem(error)) throw error;
    const message = `${where}: os-release could not be read from the layers: ${error.message}`;
    // A registry's failure or bytes that do not match their digest are warned of; a verified
    // layer that is no tar this can read is the image's own way, told in the log only.
    if (isUserError(error) || isNetworkError(error)) options.warn(message);
    else options.info(message);
    return null;
  }
}
