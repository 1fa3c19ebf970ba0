import { describe, expect, it } from '@jest/globals';
import { parseKmsUri } from '../../../src/signing/kms.js';

describe('parseKmsUri', () => {
  it.each([
    ['awskms:///alias/release', { keyId: 'alias/release' }],
    [
      'awskms:///1234abcd-12ab-34cd-56ef-1234567890ab',
      { keyId: '1234abcd-12ab-34cd-56ef-1234567890ab' },
    ],
    [
      'awskms:///arn:aws:kms:eu-west-1:111122223333:key/abc',
      { keyId: 'arn:aws:kms:eu-west-1:111122223333:key/abc', region: 'eu-west-1' },
    ],
    ['awskms://localhost:4566/alias/x', { keyId: 'alias/x', endpoint: 'http://localhost:4566' }],
    ['awskms://kms.example.com/alias/x', { keyId: 'alias/x', endpoint: 'https://kms.example.com' }],
  ])('%s', (uri, expected) => {
    expect(parseKmsUri(uri)).toEqual(expected);
  });

  it.each(['alias/release', 'gcpkms://projects/p', 'awskms://'])('%s is refused', (uri) => {
    expect(() => parseKmsUri(uri)).toThrow(/Input sign_key: .* is not an AWS KMS key/);
  });
});
