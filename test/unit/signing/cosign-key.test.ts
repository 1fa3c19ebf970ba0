import { describe, expect, it } from '@jest/globals';
import {
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
  scryptSync,
  sign,
  verify,
} from 'node:crypto';
import nacl from 'tweetnacl';
import { decryptCosignKey } from '../../../src/signing/cosign-key.js';

/** A key file as cosign writes it (a small N: the format is the point here, not the cost). */
function cosignKeyFile(password: string, overrides: Record<string, unknown> = {}, N = 1024) {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const der = privateKey.export({ type: 'pkcs8', format: 'der' });
  const salt = randomBytes(32);
  const nonce = randomBytes(24);
  const key = scryptSync(password, salt, 32, { N, r: 8, p: 1 });
  const ciphertext = nacl.secretbox(
    new Uint8Array(der),
    new Uint8Array(nonce),
    new Uint8Array(key),
  );
  const body = {
    kdf: { name: 'scrypt', params: { N, r: 8, p: 1 }, salt: salt.toString('base64') },
    cipher: { name: 'nacl/secretbox', nonce: nonce.toString('base64') },
    ciphertext: Buffer.from(ciphertext).toString('base64'),
    ...overrides,
  };
  const b64 = Buffer.from(JSON.stringify(body))
    .toString('base64')
    .replace(/(.{64})/g, '$1\n');
  return {
    pem: `-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n${b64}\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----\n`,
    publicKey: createPublicKey(privateKey),
  };
}

describe('decryptCosignKey', () => {
  it('opens the key with its password: it signs what its public key verifies', async () => {
    const file = cosignKeyFile('s3cret');
    const key = await decryptCosignKey(file.pem, 's3cret', 'COSIGN_PRIVATE_KEY');
    const signature = sign('sha256', Buffer.from('payload'), key);
    expect(verify('sha256', Buffer.from('payload'), file.publicKey, signature)).toBe(true);
  });

  it('reads cosign 1 keys (ENCRYPTED COSIGN PRIVATE KEY) and an empty password', async () => {
    const file = cosignKeyFile('');
    const pem = file.pem.replace(/SIGSTORE/g, 'COSIGN');
    await expect(decryptCosignKey(pem, '', 'K')).resolves.toBeDefined();
  });

  it.each([
    [
      'a wrong password',
      cosignKeyFile('right').pem,
      'wrong',
      /K: the password \(COSIGN_PASSWORD\) does not open the key/,
    ],
    ['no PEM block', 'just text', 'x', /K: not a cosign private key/],
    [
      'another cipher',
      cosignKeyFile('x', { cipher: { name: 'aes-gcm', nonce: '' } }).pem,
      'x',
      /scrypt\/nacl\/secretbox \(cosign's\) is read/,
    ],
    [
      'an scrypt cost cosign never writes',
      cosignKeyFile('x', {
        kdf: { name: 'scrypt', params: { N: 1 << 24, r: 8, p: 1 }, salt: '' },
      }).pem,
      'x',
      /scrypt parameters cosign does not write/,
    ],
  ])('%s is a user error naming the variable', async (_, pem, password, message) => {
    await expect(decryptCosignKey(pem, password, 'K')).rejects.toThrow(message);
  });
});
