import { describe, expect, it } from '@jest/globals';
import { maskCredentials, maskSecret, redact, setSecretMasker } from '../../src/secrets.js';

it('announces every secret once, and redacts the longest first', () => {
  const announced: string[] = [];
  setSecretMasker((s) => announced.push(s));
  maskSecret('hunter2-long');
  maskSecret('hunter2-long');
  maskSecret('hunter2');
  maskSecret(undefined);
  expect(announced).toEqual(['hunter2-long', 'hunter2']);
  expect(redact('a hunter2-long b hunter2 c')).toBe('a *** b *** c');
});

it('tells the runner of a very short secret but does not shred text with it', () => {
  const announced: string[] = [];
  setSecretMasker((s) => announced.push(s));
  maskSecret('p');
  expect(announced).toContain('p');
  expect(redact('copied')).toBe('copied');
});

it('masks a multi-line secret line by line, as logs are masked a line at a time', () => {
  const announced: string[] = [];
  setSecretMasker((s) => announced.push(s));
  const key = '{\n  "type": "service_account",\r\n  "private_key_id": "0123456789abcdef"\n}';
  announced.length = 0; // the secrets of earlier tests, replayed to the new masker
  maskSecret(key);
  expect(announced).toEqual([
    key,
    '"type": "service_account",',
    '"private_key_id": "0123456789abcdef"',
  ]);
  // One line of it, as a log line would carry it, is redacted; the braces alone are left.
  expect(redact('key line: "private_key_id": "0123456789abcdef" {')).toBe('key line: *** {');
});

describe('maskCredentials', () => {
  it('masks the password and the base64 user:password form Basic auth sends', () => {
    maskCredentials('robot$ci', 'hunter2-secret');
    const basic = Buffer.from('robot$ci:hunter2-secret').toString('base64');
    expect(redact(`pw hunter2-secret auth ${basic}`)).toBe('pw *** auth ***');
  });
});
