import {
  createHash,
  createPublicKey,
  sign as cryptoSign,
  verify as cryptoVerify,
  type KeyObject,
} from 'node:crypto';
import type { Signer as SigstoreSigner, Witness } from '@sigstore/sign';

/**
 * Who signs (DESIGN §10): a key of the user's (cosign's key file, or a KMS key), or the job's
 * identity (keyless). Each is a sigstore-js `Signer`, so the bundles, DSSE envelopes and Rekor
 * entries are built by sigstore-js alike, and each can tell whether a signature it finds on the
 * target is its own: made with its key, or under its identity.
 */

export type SignMode = 'key' | 'kms' | 'keyless';

/** A signature found on the target, as far as it says who made it. */
export interface FoundSignature {
  /** What was signed: the payload, or a DSSE envelope's pre-authentication encoding. */
  data: Buffer;
  signature: Buffer;
  /** PEM, where the signature came with a certificate (keyless). */
  certificate?: string;
}

/** What makes Rekor entries, by what is logged: cosign 2 logs `intoto` entries of attestations. */
export type LogEntryKind = 'hashedrekord' | 'intoto' | 'dsse';

export interface ImageSigner {
  mode: SignMode;
  /** Which key or identity, in words for the log and the summary. */
  label: string;
  signer: SigstoreSigner;
  /** The transparency log that witnesses each signature (keyless: Rekor); none for keys. */
  witnesses(kind: LogEntryKind): Witness[];
  /** The certificate chain, leaf first (keyless): cosign's `chain` annotation. */
  chain?: string[];
  /** Whether a signature found on the target is this signer's. */
  owns(found: FoundSignature): boolean;
  /** Lets go of what it holds open (a KMS client). */
  close?(): void;
}

/** A public key's SHA-256 fingerprint, as `SHA256:…` (base64 of the DER), for messages. */
export function fingerprint(key: KeyObject): string {
  const der = (key.type === 'private' ? createPublicKey(key) : key).export({
    type: 'spki',
    format: 'der',
  });
  return `SHA256:${createHash('sha256').update(der).digest('base64').replace(/=+$/, '')}`;
}

/** The digest algorithm node:crypto signs with for the key: Ed25519 takes none. */
export function hashFor(key: KeyObject): string | null {
  return key.asymmetricKeyType === 'ed25519' ? null : 'sha256';
}

/** The key's kind in words: `ECDSA P-256`, `RSA 3072`, `Ed25519`. */
export function describeKey(key: KeyObject): string {
  const details = key.asymmetricKeyDetails ?? {};
  switch (key.asymmetricKeyType) {
    case 'ec':
      return `ECDSA ${details.namedCurve === 'prime256v1' ? 'P-256' : (details.namedCurve ?? '')}`.trim();
    case 'rsa':
      return `RSA ${details.modulusLength ?? ''}`.trim();
    case 'ed25519':
      return 'Ed25519';
    default:
      return key.asymmetricKeyType ?? 'unknown';
  }
}

/** A signature by `publicKey` over `data` (ECDSA as ASN.1 DER, RSA PKCS #1 v1.5, as cosign's). */
export function verifiesWith(publicKey: KeyObject, data: Buffer, signature: Buffer): boolean {
  try {
    return cryptoVerify(hashFor(publicKey), data, publicKey, signature);
  } catch {
    return false;
  }
}

/** A signer holding the private key itself (cosign's key file). */
export function keySigner(privateKey: KeyObject, label: string): ImageSigner {
  const publicKey = createPublicKey(privateKey);
  const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  return {
    mode: 'key',
    label,
    signer: {
      async sign(data: Buffer) {
        return {
          signature: cryptoSign(hashFor(privateKey), data, privateKey),
          key: { $case: 'publicKey', publicKey: pem, hint: '' },
        };
      },
    },
    witnesses: () => [],
    owns: (found) => !found.certificate && verifiesWith(publicKey, found.data, found.signature),
  };
}
