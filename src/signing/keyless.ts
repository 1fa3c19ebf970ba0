import { generateKeyPairSync, sign as cryptoSign, createPublicKey } from 'node:crypto';
import { RekorWitness, type Witness } from '@sigstore/sign';
// sigstore-js's Fulcio client: its FulcioSigner keeps only the leaf of the chain Fulcio answers,
// while cosign's `chain` annotation, and checking a certificate found on the target, need it all.
import { CAClient } from '@sigstore/sign/dist/signer/fulcio/ca.js';
import { extractJWTSubject } from '@sigstore/sign/dist/util/oidc.js';
import { ASN1Obj, X509Certificate } from '@sigstore/core';
import { UserError } from '../errors.js';
import { isLoopback } from '../http/loopback.js';
import { githubOidcToken } from '../credentials/github-oidc.js';
import { maskSecret } from '../secrets.js';
import { verifiesWith, type ImageSigner, type LogEntryKind } from './signer.js';

/**
 * Keyless signing (DESIGN §10), as `cosign sign` without a key: the job's OIDC token is exchanged
 * at Fulcio for a short-lived certificate of an ephemeral key, and each signature is logged in
 * Rekor. The token is the GitHub Actions one for audience `sigstore` (the job needs `permissions:
 * id-token: write`), or `SIGSTORE_ID_TOKEN` (as cosign reads it) on any CI. A private Sigstore is
 * named by `SIGSTORE_FULCIO_URL` and `SIGSTORE_REKOR_URL`.
 */

export const DEFAULT_FULCIO_URL = 'https://fulcio.sigstore.dev';
export const DEFAULT_REKOR_URL = 'https://rekor.sigstore.dev';
const FETCH = { timeout: 60_000, retry: { retries: 2 } };
/** Fulcio's OIDC issuer extensions: v2 (DER UTF8String) and v1 (raw bytes). */
const ISSUER_V2 = '1.3.6.1.4.1.57264.1.8';
const ISSUER_V1 = '1.3.6.1.4.1.57264.1.1';

export interface CertificateIdentity {
  /** The subject alternative name: a URI (a workflow) or an email. */
  subject: string;
  issuer: string;
}

function serviceUrl(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const value = env[name] || fallback;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UserError(`${name}: "${value}" is not a URL`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.host))) {
    throw new UserError(`${name}: "${value}" is not an HTTPS URL`);
  }
  return value.replace(/\/+$/, '');
}

/** Whether a keyless signature can be made here: a token is at hand. Checked before any write. */
export function checkKeylessToken(env: NodeJS.ProcessEnv): void {
  if (env.SIGSTORE_ID_TOKEN) return;
  if (env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) return;
  throw new UserError(
    'Input sign: keyless signing needs an OIDC token: give the job permissions: id-token: write (GitHub Actions), or set SIGSTORE_ID_TOKEN to a token Fulcio accepts',
  );
}

async function identityToken(env: NodeJS.ProcessEnv): Promise<string> {
  checkKeylessToken(env);
  if (env.SIGSTORE_ID_TOKEN) {
    maskSecret(env.SIGSTORE_ID_TOKEN);
    return env.SIGSTORE_ID_TOKEN;
  }
  return githubOidcToken(env, 'sigstore', 'Input sign (keyless)');
}

/** The identity Fulcio bound the certificate to; undefined when it names none. */
export function certificateIdentity(certificate: X509Certificate): CertificateIdentity | undefined {
  const san = certificate.extSubjectAltName;
  const subject = san?.uri ?? san?.rfc822Name;
  const v2 = certificate.extension(ISSUER_V2);
  const v1 = certificate.extension(ISSUER_V1);
  let issuer: string | undefined;
  if (v2) issuer = ASN1Obj.parseBuffer(v2.value as Buffer<ArrayBuffer>).value.toString('utf8');
  else if (v1) issuer = v1.value.toString('utf8');
  return subject && issuer ? { subject, issuer } : undefined;
}

function parseCertificate(pem: string): X509Certificate | undefined {
  try {
    return X509Certificate.parse(pem);
  } catch {
    return undefined;
  }
}

export async function keylessSigner(env: NodeJS.ProcessEnv): Promise<ImageSigner> {
  const fulcioBaseURL = serviceUrl(env, 'SIGSTORE_FULCIO_URL', DEFAULT_FULCIO_URL);
  const rekorBaseURL = serviceUrl(env, 'SIGSTORE_REKOR_URL', DEFAULT_REKOR_URL);
  const token = await identityToken(env);
  let subject: string;
  try {
    subject = extractJWTSubject(token);
  } catch (error) {
    throw new UserError(
      `Input sign (keyless): the OIDC token names no subject (${(error as Error).message})`,
    );
  }
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const publicPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const challenge = cryptoSign('sha256', Buffer.from(subject), privateKey);
  let chain: string[];
  try {
    chain = await new CAClient({ fulcioBaseURL, ...FETCH }).createSigningCertificate(
      token,
      publicPem,
      challenge,
    );
  } catch (error) {
    throw new UserError(
      `Input sign (keyless): Fulcio at ${fulcioBaseURL} gave no certificate: ${(error as Error).message}`,
    );
  }
  const leaf = chain.length ? parseCertificate(chain[0]) : undefined;
  const identity = leaf && certificateIdentity(leaf);
  if (!leaf || !identity) {
    throw new UserError(
      `Input sign (keyless): Fulcio at ${fulcioBaseURL} answered no certificate that names an identity`,
    );
  }
  if (!createPublicKey(chain[0]).equals(publicKey)) {
    throw new UserError(`Input sign (keyless): Fulcio certified another key than the one sent`);
  }
  const issuerCertificate = chain.length > 1 ? parseCertificate(chain[1]) : undefined;
  return {
    mode: 'keyless',
    label: `keyless: ${identity.subject} (OIDC issuer ${identity.issuer}), certificate from ${fulcioBaseURL}, logged in ${rekorBaseURL}`,
    chain,
    signer: {
      async sign(data: Buffer) {
        return {
          signature: cryptoSign('sha256', data, privateKey),
          key: { $case: 'x509Certificate', certificate: chain[0] },
        };
      },
    },
    witnesses: (kind: LogEntryKind): Witness[] => [
      new RekorWitness({
        rekorBaseURL,
        ...(kind === 'intoto' ? { entryType: 'intoto' } : {}),
        ...FETCH,
      }),
    ],
    // A signature under the same identity, by a certificate of the same Fulcio issuer: what a
    // verifier with `--certificate-identity` and `--certificate-oidc-issuer` accepts.
    owns(found) {
      const certificate = found.certificate && parseCertificate(found.certificate);
      if (!certificate) return false;
      const theirs = certificateIdentity(certificate);
      if (theirs?.subject !== identity.subject || theirs.issuer !== identity.issuer) return false;
      if (
        !certificate.equals(leaf) &&
        !(issuerCertificate && certificate.verify(issuerCertificate))
      )
        return false;
      return verifiesWith(createPublicKey(found.certificate!), found.data, found.signature);
    },
  };
}
