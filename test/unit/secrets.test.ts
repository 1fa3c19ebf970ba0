import { expect, it } from '@jest/globals';
import { maskSecret, redact, setSecretMasker } from '../../src/secrets.js';

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
