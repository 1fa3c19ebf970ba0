import { describe, expect, it } from '@jest/globals';
import { decodeStatement } from '../../../../src/report/contents/statement.js';

const statement = {
  _type: 'https://in-toto.io/Statement/v1',
  subject: [{ name: 'x', digest: { sha256: 'a'.repeat(64) } }],
  predicateType: 'https://spdx.dev/Document',
  predicate: { spdxVersion: 'SPDX-2.3' },
};
const envelope = (payload: unknown, signatures: unknown[] = [{ keyid: '', sig: 'MEUCIQ==' }]) => ({
  payloadType: 'application/vnd.in-toto+json',
  payload: Buffer.from(JSON.stringify(payload)).toString('base64'),
  signatures,
});
const read = {
  predicateType: 'https://spdx.dev/Document',
  predicate: { spdxVersion: 'SPDX-2.3' },
};

describe('decoding attestations', () => {
  it('reads a bare statement (BuildKit) as unsigned', () => {
    expect(decodeStatement(statement)).toEqual({ ...read, signed: false });
  });

  it('reads a DSSE envelope (cosign .att), signed when a signature is present', () => {
    expect(decodeStatement(envelope(statement))).toEqual({ ...read, signed: true });
    expect(decodeStatement(envelope(statement, []))).toEqual({ ...read, signed: false });
    expect(decodeStatement(envelope(statement, [{ sig: '' }]))).toEqual({ ...read, signed: false });
  });

  it('reads the envelope of a Sigstore bundle', () => {
    expect(
      decodeStatement({
        mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
        verificationMaterial: {},
        dsseEnvelope: envelope(statement),
      }),
    ).toEqual({ ...read, signed: true });
  });

  it.each([
    [[1, 2], 'it is not a JSON object'],
    [
      { ...envelope(statement), payloadType: 'text/plain' },
      'its envelope carries text/plain, not an in-toto statement',
    ],
    [{ ...envelope(statement), payload: 'not base64!' }, 'its envelope has no base64 payload'],
    [
      { ...envelope(statement), payload: Buffer.from('{').toString('base64') },
      'its envelope payload is not JSON',
    ],
    [{ ...statement, predicateType: undefined }, 'its statement has no predicateType'],
    [{ ...statement, predicate: 'text' }, 'its statement has no predicate object'],
  ])('says why %j holds no statement', (document, reason) => {
    expect(decodeStatement(document)).toBe(reason);
  });
});
