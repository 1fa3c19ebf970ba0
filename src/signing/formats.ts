/**
 * What signatures and attestations look like where cosign looks for them (DESIGN §10): the
 * simple-signing payload of `cosign sign`, the in-toto statement of `cosign attest` in a DSSE
 * envelope, and their annotations and media types on the `sha256-<hex>.sig`/`.att` tags and on
 * OCI 1.1 referrers holding a Sigstore bundle.
 */

export const SigningMediaType = {
  simpleSigning: 'application/vnd.dev.cosign.simplesigning.v1+json',
  dsseEnvelope: 'application/vnd.dsse.envelope.v1+json',
  inTotoPayload: 'application/vnd.in-toto+json',
  bundle: 'application/vnd.dev.sigstore.bundle.v0.3+json',
  emptyConfig: 'application/vnd.oci.empty.v1+json',
  imageConfig: 'application/vnd.oci.image.config.v1+json',
} as const;

export const SigningAnnotation = {
  /** On a `.sig` layer: the signature, base64 (empty on an `.att` layer, as cosign leaves it). */
  signature: 'dev.cosignproject.cosign/signature',
  certificate: 'dev.sigstore.cosign/certificate',
  chain: 'dev.sigstore.cosign/chain',
  /** The Rekor entry (`SignedEntryTimestamp` and `Payload`), as cosign 2 verifies it offline. */
  rekorBundle: 'dev.sigstore.cosign/bundle',
  /** On an `.att` layer. */
  predicateType: 'predicateType',
  bundleContent: 'dev.sigstore.bundle.content',
  bundlePredicateType: 'dev.sigstore.bundle.predicateType',
  created: 'org.opencontainers.image.created',
} as const;

/** The promotion attestation's predicate type (DESIGN §10). */
export const PROMOTION_PREDICATE_TYPE = 'https://image-actions.dev/promotion/v1';
/** What cosign 3 signs, as an in-toto statement, when it stores a signature as a bundle. */
export const COSIGN_SIGN_PREDICATE_TYPE = 'https://sigstore.dev/cosign/sign/v1';
const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';

/**
 * The name cosign puts in `docker-reference`: go-containerregistry's repository name, where
 * Docker Hub is `index.docker.io`.
 */
export function dockerReference(domain: string, repository: string): string {
  return `${domain === 'docker.io' ? 'index.docker.io' : domain}/${repository}`;
}

/** The payload `cosign sign` signs, with its keys in cosign's order. */
export function simpleSigningPayload(reference: string, digest: string): Buffer {
  return Buffer.from(
    JSON.stringify({
      critical: {
        identity: { 'docker-reference': reference },
        image: { 'docker-manifest-digest': digest },
        type: 'cosign container image signature',
      },
      optional: null,
    }),
  );
}

export interface SimpleSigning {
  reference: string;
  digest: string;
}

/** The claims of a simple-signing payload, or undefined when it is none. */
export function parseSimpleSigning(bytes: Buffer): SimpleSigning | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch {
    return undefined;
  }
  const critical = (parsed as { critical?: Record<string, Record<string, unknown> | string> })
    ?.critical;
  if (!critical || critical.type !== 'cosign container image signature') return undefined;
  const digest = (critical.image as Record<string, unknown> | undefined)?.[
    'docker-manifest-digest'
  ];
  const reference = (critical.identity as Record<string, unknown> | undefined)?.[
    'docker-reference'
  ];
  if (typeof digest !== 'string') return undefined;
  return { digest, reference: typeof reference === 'string' ? reference : '' };
}

export interface Statement {
  _type: string;
  subject: { name: string; digest: Record<string, string> }[];
  predicateType: string;
  predicate: unknown;
}

/** An in-toto statement about one image. */
export function statement(
  name: string,
  digest: string,
  predicateType: string,
  predicate: unknown,
): Buffer {
  const [algorithm, hex] = digest.split(':');
  const body: Statement = {
    _type: STATEMENT_TYPE,
    subject: [{ name, digest: { [algorithm]: hex } }],
    predicateType,
    predicate,
  };
  return Buffer.from(JSON.stringify(body));
}

/** The statement in a DSSE payload, when it is one about `digest`. */
export function parseStatement(bytes: Buffer, digest: string): Statement | undefined {
  let parsed: Statement;
  try {
    parsed = JSON.parse(bytes.toString('utf8')) as Statement;
  } catch {
    return undefined;
  }
  if (!parsed || typeof parsed.predicateType !== 'string' || !Array.isArray(parsed.subject))
    return undefined;
  const [algorithm, hex] = digest.split(':');
  return parsed.subject.some((s) => s?.digest?.[algorithm] === hex) ? parsed : undefined;
}

/** DSSE's pre-authentication encoding: what a DSSE signature signs. */
export function preAuthEncoding(payloadType: string, payload: Buffer): Buffer {
  const type = Buffer.from(payloadType);
  return Buffer.concat([
    Buffer.from(`DSSEv1 ${type.length} `),
    type,
    Buffer.from(` ${payload.length} `),
    payload,
  ]);
}

export interface Envelope {
  payloadType: string;
  payload: string;
  signatures: { keyid?: string; sig: string }[];
}

export function parseEnvelope(bytes: Buffer): Envelope | undefined {
  try {
    const parsed = JSON.parse(bytes.toString('utf8')) as Envelope;
    if (
      typeof parsed?.payloadType === 'string' &&
      typeof parsed.payload === 'string' &&
      Array.isArray(parsed.signatures)
    )
      return parsed;
  } catch {
    // not JSON
  }
  return undefined;
}
