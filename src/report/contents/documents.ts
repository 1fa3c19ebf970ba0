import type { ImageSource } from '../../oci/store.js';
import { parseManifestContents, type Descriptor } from '../../oci/manifest.js';
import { verifyingStream } from '../../oci/digest.js';
import { readBounded } from '../../http/read.js';
import { formatBytes } from '../../units.js';
import { escapeLogText } from '../../log-text.js';
import { isUserError } from '../../errors.js';
import { isNetworkError } from '../../http/errors.js';
import { isObject, type Json } from '../../json.js';
import type { ReadDeadline } from './deadline.js';
import { decodeStatement } from './statement.js';
import { readSbom, sbomFormat, type ReadSbom } from './sbom.js';
import {
  isOpenVex,
  readOpenVex,
  readVulnScan,
  type ScanFacts,
  type VexFacts,
} from './vulnerabilities.js';
import { isProvenance, readProvenance, type ProvenanceFacts } from './provenance.js';

/** Bounds on the documents read from attachments (SBOMs, scans, provenance). */
export const DocumentLimit = {
  /** One document: a full SPDX SBOM of a large image is some MiB; 32 leaves room. */
  bytes: 32 * 1024 * 1024,
  /** Documents read for one report in all: a registry listing thousands is not read through. */
  count: 64,
  /** Layers of one manifest looked at: a cosign `.att` tag gathers one per `cosign attest`. */
  layersPerManifest: 32,
  /** Manifests read for their documents in all (4 MiB each at most). */
  manifests: 128,
} as const;

/** Where a document came from, for the report and for warnings. */
export interface Origin {
  /** The manifest that carries it: a referrer, or a BuildKit attestation manifest. */
  digest: string;
  /** How warnings name it: `the referrer sha256:…` */
  label: string;
}

/** What one attachment said, each kind read into the report's shape. */
export type Finding =
  | { kind: 'sbom'; sbom: ReadSbom; signed: boolean; origin: Origin }
  | { kind: 'scan'; scan: ScanFacts; signed: boolean; origin: Origin }
  | { kind: 'vex'; vex: VexFacts; signed: boolean; origin: Origin }
  | {
      kind: 'provenance';
      provenance: Omit<ProvenanceFacts, 'digest' | 'signed'>;
      signed: boolean;
      origin: Origin;
    };

const SPDX_PREDICATE = 'https://spdx.dev/Document';
const CYCLONEDX_PREDICATE = 'https://cyclonedx.org/bom';
const VULN_PREDICATE = 'https://cosign.sigstore.dev/attestation/vuln/v1';
const OPENVEX_PREDICATE = 'https://openvex.dev/ns';

/** Layer media types that hold a statement, bare or in an envelope. */
const STATEMENT_TYPES = [
  'application/vnd.in-toto+json',
  'application/vnd.dsse.envelope.v1+json',
  'application/vnd.dev.sigstore.bundle',
];
/** Artifact and layer media types of documents read as they are. */
const DOCUMENT_TYPES = [
  'application/spdx+json',
  'text/spdx+json',
  'application/vnd.cyclonedx+json',
  'application/vnd.cyclonedx',
  'application/openvex+json',
  'application/vnd.openvex+json',
];

function isOneOf(mediaType: string | null | undefined, types: string[]): boolean {
  return !!mediaType && types.some((type) => mediaType.startsWith(type));
}

/** Whether a referrer may hold what the report reads, by its artifact type or cosign tag. */
export function mayHoldDocuments(artifactType: string | null, tag: string | null): boolean {
  if (tag) return tag.endsWith('.att') || tag.endsWith('.sbom');
  // A referrers tag index written by go-containerregistry (cosign's Sigstore bundles) lists the
  // empty config's type, not the manifest's artifactType: such a manifest is read to find out.
  if (artifactType === null || artifactType === EMPTY_CONFIG) return true;
  return isOneOf(artifactType, [...STATEMENT_TYPES, ...DOCUMENT_TYPES]);
}

const EMPTY_CONFIG = 'application/vnd.oci.empty.v1+json';
const SIGSTORE_BUNDLE = 'application/vnd.dev.sigstore.bundle';

/** A manifest's own `artifactType`, which parseManifestContents does not keep. */
function ownArtifactType(bytes: Buffer): string | null {
  try {
    const parsed: unknown = JSON.parse(bytes.toString('utf8'));
    return isObject(parsed) && typeof parsed.artifactType === 'string' ? parsed.artifactType : null;
  } catch {
    return null;
  }
}

/** Whether a predicate type is one the report reads; a layer annotated otherwise is not read. */
function readablePredicate(type: string): boolean {
  return (
    type.startsWith(SPDX_PREDICATE) ||
    type.startsWith(CYCLONEDX_PREDICATE) ||
    type === VULN_PREDICATE ||
    type.startsWith(OPENVEX_PREDICATE) ||
    isProvenance(type)
  );
}

export interface DocumentReader {
  source: ImageSource;
  where: string;
  warn: (message: string) => void;
  debug: (message: string) => void;
  /** Documents and manifests read so far, shared by every manifest of one report. */
  read: { count: number; manifests: number };
  /** The attachments whose manifest says they are Sigstore bundles. */
  sigstoreBundles: Set<string>;
  deadline?: ReadDeadline;
}

/**
 * The findings of one manifest (a referrer or an attestation manifest), each layer a document,
 * the last layer first.
 * A layer that is not what it claims, too large, or of no shape read here is skipped with a
 * warning naming the manifest: an odd attachment never fails the report.
 */
export async function readDocuments(
  reader: DocumentReader,
  origin: Origin,
  artifactType: string | null,
): Promise<Finding[]> {
  if (++reader.read.manifests > DocumentLimit.manifests) {
    if (reader.read.manifests === DocumentLimit.manifests + 1)
      reader.warn(
        `${reader.where}: more than ${DocumentLimit.manifests} attachments: ${origin.label} and the rest are not read`,
      );
    return [];
  }
  const raw = await reader.source.getManifest(origin.digest);
  const manifest = parseManifestContents(raw, reader.where);
  artifactType = ownArtifactType(raw.bytes) ?? artifactType;
  if (artifactType?.startsWith(SIGSTORE_BUNDLE)) reader.sigstoreBundles.add(origin.digest);
  const findings: Finding[] = [];
  // cosign appends each `cosign attest` to the `.att` tag's layers: the newest come last, and are
  // read first (and only they, past the bound), so a re-run scan counts over the one before it.
  const layers = manifest.layers.slice(-DocumentLimit.layersPerManifest).reverse();
  if (manifest.layers.length > layers.length)
    reader.warn(
      `${reader.where}: ${origin.label} has ${manifest.layers.length} layers: only the last ${layers.length} are read`,
    );
  for (const layer of layers) {
    const annotated = predicateAnnotation(layer);
    if (annotated && !readablePredicate(annotated)) {
      reader.debug(`${origin.label}: passing over a ${escapeLogText(annotated)} attestation`);
      continue;
    }
    const statement = isOneOf(layer.mediaType, STATEMENT_TYPES);
    if (
      !statement &&
      !isOneOf(layer.mediaType, DOCUMENT_TYPES) &&
      !isOneOf(artifactType, DOCUMENT_TYPES)
    )
      continue;
    if (++reader.read.count > DocumentLimit.count) {
      if (reader.read.count === DocumentLimit.count + 1)
        reader.warn(
          `${reader.where}: more than ${DocumentLimit.count} attached documents: ${origin.label} and the rest are not read`,
        );
      return findings;
    }
    const skip = (why: string) =>
      reader.warn(
        `${reader.where}: ${origin.label}: skipping ${layer.digest}: ${escapeLogText(why)}`,
      );
    let document: unknown;
    try {
      document = JSON.parse((await readBlob(reader, layer)).toString('utf8'));
    } catch (error) {
      if (error instanceof SyntaxError) skip('it is not JSON');
      else if (isAttachmentProblem(error)) skip(error.message);
      else throw error;
      continue;
    }
    const finding = statement
      ? fromStatement(document, origin)
      : fromDocument(document, origin, false);
    if (typeof finding === 'string') skip(finding);
    else if (finding) findings.push(finding);
  }
  return findings;
}

function predicateAnnotation(layer: Descriptor): string | undefined {
  const annotations = layer.annotations ?? {};
  return annotations['in-toto.io/predicate-type'] ?? annotations.predicateType;
}

async function readBlob(reader: DocumentReader, layer: Descriptor): Promise<Buffer> {
  const tooLarge = () =>
    new Error(`it is larger than ${formatBytes(DocumentLimit.bytes)}, the most read of a document`);
  if (layer.size > DocumentLimit.bytes) throw tooLarge();
  const blob = await reader.source.openBlob(layer.digest);
  reader.deadline?.guard(blob, `the document ${layer.digest}`);
  const body = verifyingStream(blob, layer, reader.where);
  return readBounded(body, DocumentLimit.bytes, tooLarge);
}

function fromStatement(document: unknown, origin: Origin): Finding | string | undefined {
  const statement = decodeStatement(document);
  if (typeof statement === 'string') {
    // A Sigstore bundle of a plain signature carries no statement: nothing to read, no fault.
    return isObject(document) && isObject(document.messageSignature) ? undefined : statement;
  }
  const { predicateType: type, predicate, signed } = statement;
  if (type.startsWith(SPDX_PREDICATE) || type.startsWith(CYCLONEDX_PREDICATE))
    return fromDocument(predicate, origin, signed);
  if (type.startsWith(OPENVEX_PREDICATE)) return fromDocument(predicate, origin, signed);
  if (type === VULN_PREDICATE) {
    const scan = readVulnScan(predicate);
    return typeof scan === 'string' ? scan : { kind: 'scan', scan, signed, origin };
  }
  if (isProvenance(type)) {
    const provenance = readProvenance(type, predicate);
    return typeof provenance === 'string'
      ? provenance
      : { kind: 'provenance', provenance, signed, origin };
  }
  return undefined;
}

function fromDocument(document: unknown, origin: Origin, signed: boolean): Finding | string {
  if (sbomFormat(document)) {
    const sbom = readSbom(document);
    return typeof sbom === 'string' ? sbom : { kind: 'sbom', sbom, signed, origin };
  }
  if (isOpenVex(document)) {
    const vex = readOpenVex(document as Json);
    return typeof vex === 'string' ? vex : { kind: 'vex', vex, signed, origin };
  }
  return 'it is neither an SPDX or CycloneDX SBOM nor an OpenVEX document';
}

/**
 * What an odd attachment or layer causes (a registry's refusal, a dropped connection, a digest
 * that does not match, bad gzip or tar, a limit reached): passed over with a warning. Anything
 * else is a bug and fails as one.
 */
export function isAttachmentProblem(error: unknown): error is Error {
  return (
    isUserError(error) ||
    isNetworkError(error) ||
    (error instanceof Error && Object.getPrototypeOf(error) === Error.prototype)
  );
}
