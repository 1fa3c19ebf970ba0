import type { ImageSource } from '../oci/store.js';
import { parseImageManifest, type Descriptor } from '../oci/manifest.js';
import { discoverReferrers, type Referrer } from '../images/referrers.js';
import {
  COSIGN_SIGN_PREDICATE_TYPE,
  SigningAnnotation,
  SigningMediaType,
  parseEnvelope,
  parseSimpleSigning,
  parseStatement,
  preAuthEncoding,
  type Envelope,
} from './formats.js';
import type { ImageSigner } from './signer.js';

/**
 * Finds a signer's signatures and attestations of one image on the target, as a verifier does:
 * cosign's `.sig`/`.att` tags and the referrers (API or `sha256-<hex>` tag index) that hold a
 * Sigstore bundle, each signature checked against the signer's key or identity. Used before
 * signing (a re-run adds none) and after it (the step succeeds only when they are there).
 */

/** What is read of a signature blob: payloads are small, an envelope or a bundle a few KB. */
const MAX_SIGNATURE_BLOB = 1024 * 1024;

export interface FoundOnTarget {
  /** `.sig` tag, `.att` tag or referrer: where a verifier finds it. */
  storage: 'cosign-tag' | 'referrer';
  /** The cosign tag, or the referrer's manifest digest. */
  where: string;
}

export interface Findings {
  signatures: FoundOnTarget[];
  /** Attestations of `predicateType`. */
  attestations: FoundOnTarget[];
}

async function readSmallBlob(repo: ImageSource, layer: Descriptor): Promise<Buffer | undefined> {
  if (typeof layer.size !== 'number' || layer.size > MAX_SIGNATURE_BLOB) return undefined;
  return repo.getBlob(layer.digest).catch(() => undefined);
}

function certificatePem(der: string | undefined): string | undefined {
  if (!der) return undefined;
  const lines = der.match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}

/** Whether any of the envelope's signatures is the signer's, over a statement of `predicateType`. */
function envelopeIsOwn(
  envelope: Envelope,
  digest: string,
  predicateType: string,
  signer: ImageSigner,
  certificate: string | undefined,
): boolean {
  if (envelope.payloadType !== SigningMediaType.inTotoPayload) return false;
  const payload = Buffer.from(envelope.payload, 'base64');
  if (parseStatement(payload, digest)?.predicateType !== predicateType) return false;
  const data = preAuthEncoding(envelope.payloadType, payload);
  return envelope.signatures.some(
    (s) =>
      typeof s?.sig === 'string' &&
      signer.owns({ data, signature: Buffer.from(s.sig, 'base64'), certificate }),
  );
}

async function ownLayers(
  repo: ImageSource,
  referrer: Referrer,
  digest: string,
  signer: ImageSigner,
  predicateType: string,
): Promise<boolean> {
  if (!referrer.manifest) return false;
  const where = `${repo.label}: ${repo.name}:${referrer.tag}`;
  const { layers } = parseImageManifest(referrer.manifest, where);
  for (const layer of layers) {
    const annotations = layer.annotations ?? {};
    const certificate = annotations[SigningAnnotation.certificate] || undefined;
    if (referrer.tag?.endsWith('.sig') && layer.mediaType === SigningMediaType.simpleSigning) {
      const signature = annotations[SigningAnnotation.signature];
      if (!signature) continue;
      const payload = await readSmallBlob(repo, layer);
      if (!payload || parseSimpleSigning(payload)?.digest !== digest) continue;
      if (signer.owns({ data: payload, signature: Buffer.from(signature, 'base64'), certificate }))
        return true;
    }
    if (referrer.tag?.endsWith('.att') && layer.mediaType === SigningMediaType.dsseEnvelope) {
      const bytes = await readSmallBlob(repo, layer);
      const envelope = bytes && parseEnvelope(bytes);
      if (envelope && envelopeIsOwn(envelope, digest, predicateType, signer, certificate))
        return true;
    }
  }
  return false;
}

interface SerializedBundle {
  verificationMaterial?: {
    certificate?: { rawBytes?: string };
    x509CertificateChain?: { certificates?: { rawBytes?: string }[] };
  };
  dsseEnvelope?: Envelope;
}

/** The predicate type of the signer's bundle in this referrer, if it holds one. */
async function ownBundle(
  repo: ImageSource,
  referrer: Referrer,
  digest: string,
  signer: ImageSigner,
  predicateTypes: string[],
): Promise<string | undefined> {
  const raw = await repo.getManifest(referrer.digest);
  const where = `${repo.label}: ${repo.name}@${referrer.digest}`;
  const { layers } = parseImageManifest(raw, where);
  for (const layer of layers) {
    if (!layer.mediaType.startsWith('application/vnd.dev.sigstore.bundle')) continue;
    const bytes = await readSmallBlob(repo, layer);
    if (!bytes) continue;
    let bundle: SerializedBundle;
    try {
      bundle = JSON.parse(bytes.toString('utf8')) as SerializedBundle;
    } catch {
      continue;
    }
    const material = bundle.verificationMaterial;
    const certificate = certificatePem(
      material?.certificate?.rawBytes ??
        material?.x509CertificateChain?.certificates?.[0]?.rawBytes,
    );
    const envelope = bundle.dsseEnvelope;
    if (!envelope) continue;
    const found = predicateTypes.find((type) =>
      envelopeIsOwn(envelope, digest, type, signer, certificate),
    );
    if (found) return found;
  }
  return undefined;
}

/** The signer's signatures and attestations (of `predicateType`) of `digest` in `repo`. */
export async function findOwn(
  repo: ImageSource,
  digest: string,
  signer: ImageSigner,
  predicateType: string,
): Promise<Findings> {
  const findings: Findings = { signatures: [], attestations: [] };
  const referrers = await discoverReferrers(repo, [digest], { maxDepth: 1 });
  for (const referrer of referrers) {
    if (referrer.source === 'cosign-tag' && referrer.tag) {
      if (!(await ownLayers(repo, referrer, digest, signer, predicateType))) continue;
      const list = referrer.tag.endsWith('.sig') ? findings.signatures : findings.attestations;
      list.push({ storage: 'cosign-tag', where: referrer.tag });
    } else if (referrer.artifactType.startsWith('application/vnd.dev.sigstore.bundle')) {
      const type = await ownBundle(repo, referrer, digest, signer, [
        COSIGN_SIGN_PREDICATE_TYPE,
        predicateType,
      ]);
      if (!type) continue;
      const list =
        type === COSIGN_SIGN_PREDICATE_TYPE ? findings.signatures : findings.attestations;
      list.push({ storage: 'referrer', where: referrer.digest });
    }
  }
  return findings;
}
