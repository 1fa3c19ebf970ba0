import { createPrivateKey, scrypt, type KeyObject } from 'node:crypto';
import nacl from 'tweetnacl';
import { UserError } from '../errors.js';

/**
 * cosign's encrypted private key (`cosign generate-key-pair`): a PEM block `ENCRYPTED SIGSTORE
 * PRIVATE KEY` (or `ENCRYPTED COSIGN PRIVATE KEY` from cosign 1) whose body is JSON, as
 * go-securesystemslib's `encrypted` package writes it:
 *
 *   {"kdf":{"name":"scrypt","params":{"N":65536,"r":8,"p":1},"salt":"<base64>"},
 *    "cipher":{"name":"nacl/secretbox","nonce":"<base64 24 bytes>"},
 *    "ciphertext":"<base64>"}
 *
 * The key is scrypt(password, salt, N, r, p) of 32 bytes; the ciphertext opens with NaCl's
 * secretbox (XSalsa20-Poly1305) to the PKCS #8 DER of the private key. No npm package reads this
 * format; scrypt is node:crypto's, secretbox is tweetnacl's (node:crypto has no XSalsa20).
 */

const PEM_RE =
  /-----BEGIN (ENCRYPTED (?:SIGSTORE|COSIGN) PRIVATE KEY)-----([\s\S]*?)-----END \1-----/;
/** What cosign writes is N = 2^15 or 2^16; a larger one would only cost the runner's memory. */
const MAX_SCRYPT_N = 1 << 20;

interface EncryptedKey {
  kdf: { name: string; params: { N: number; r: number; p: number }; salt: string };
  cipher: { name: string; nonce: string };
  ciphertext: string;
}

function problem(where: string, what: string): UserError {
  return new UserError(`${where}: ${what}`);
}

function parseEnvelope(pem: string, where: string): EncryptedKey {
  const match = PEM_RE.exec(pem);
  if (!match) {
    throw problem(
      where,
      'not a cosign private key (a PEM block "ENCRYPTED SIGSTORE PRIVATE KEY", as cosign generate-key-pair writes it)',
    );
  }
  let parsed: EncryptedKey;
  try {
    parsed = JSON.parse(Buffer.from(match[2].replace(/\s+/g, ''), 'base64').toString('utf8'));
  } catch {
    throw problem(where, 'the key block is not the JSON cosign writes');
  }
  const { kdf, cipher } = parsed ?? {};
  if (kdf?.name !== 'scrypt' || cipher?.name !== 'nacl/secretbox') {
    throw problem(
      where,
      `the key is encrypted with ${kdf?.name ?? '?'}/${cipher?.name ?? '?'}; only scrypt/nacl/secretbox (cosign's) is read`,
    );
  }
  const { N, r, p } = kdf.params ?? {};
  if (![N, r, p].every((n) => Number.isInteger(n) && n > 0) || N > MAX_SCRYPT_N || N & (N - 1)) {
    throw problem(where, 'the key has scrypt parameters cosign does not write');
  }
  return parsed;
}

function deriveKey(password: string, salt: Buffer, N: number, r: number, p: number) {
  return new Promise<Buffer>((resolve, reject) =>
    scrypt(password, salt, 32, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/** The private key of a cosign key file, opened with its password. */
export async function decryptCosignKey(
  pem: string,
  password: string,
  where: string,
): Promise<KeyObject> {
  const envelope = parseEnvelope(pem, where);
  const { N, r, p } = envelope.kdf.params;
  const key = await deriveKey(password, Buffer.from(envelope.kdf.salt, 'base64'), N, r, p);
  const nonce = Buffer.from(envelope.cipher.nonce, 'base64');
  if (nonce.length !== nacl.secretbox.nonceLength) throw problem(where, 'the key has a bad nonce');
  const opened = nacl.secretbox.open(
    new Uint8Array(Buffer.from(envelope.ciphertext, 'base64')),
    new Uint8Array(nonce),
    new Uint8Array(key),
  );
  if (!opened) {
    throw problem(where, 'the password (COSIGN_PASSWORD) does not open the key');
  }
  try {
    return createPrivateKey({ key: Buffer.from(opened), format: 'der', type: 'pkcs8' });
  } catch {
    throw problem(where, 'the decrypted key is not a PKCS #8 private key');
  }
}
