import { describe, expect, it } from '@jest/globals';
import { UserError } from '../../../src/errors.js';
import { parseAnnotations } from '../../../src/report/payload.js';

describe('the annotations input', () => {
  it.each([
    ['', {}],
    ['  \n', {}],
    ['{}', {}],
    ['team: payments', { team: 'payments' }],
    [
      'team: payments\nreplicas: 3\ncanary: false\nratio: 0.5',
      { team: 'payments', replicas: 3, canary: false, ratio: 0.5 },
    ],
    ['version: "1.10"\nticket: JIRA-123', { version: '1.10', ticket: 'JIRA-123' }],
    ['{ a.b-c_d: x, Z9: "" }', { 'a.b-c_d': 'x', Z9: '' }],
    // The largest integers a JSON number carries exactly, either way from 0.
    [
      'max: 9007199254740991\nmin: -9007199254740991',
      { max: 9007199254740991, min: -9007199254740991 },
    ],
    ['mask: 0xFF\noctal: 0o17', { mask: 255, octal: 15 }],
    // Quoted, a large integer is text and arrives exactly.
    ['build: "12345678901234567890"', { build: '12345678901234567890' }],
    // A float is a float: written as one, it is sent as one.
    ['big: 1.5e20', { big: 1.5e20 }],
  ])('%j', (text, expected) => {
    expect(parseAnnotations(text)).toEqual(expected);
  });

  it.each([
    ['1team: x', /the key "1team" is not allowed; keys start with a letter/],
    ['_team: x', /the key "_team" is not allowed/],
    ['"team name": x', /the key "team name" is not allowed/],
    ['owner:\n  name: x', /the value of owner is a map; values are strings, numbers or booleans/],
    ['hosts: [a, b]', /the value of hosts is a list/],
    ['empty:', /the value of empty is empty/],
    ['ratio: .inf', /the value of ratio is not a finite number/],
    [
      'build: 12345678901234567890',
      /the value of build \(12345678901234567890\) is too large an integer to send exactly as a JSON number \(beyond ±9007199254740991\); quote it to send it as a string: build: "12345678901234567890"$/,
    ],
    ['next: 9007199254740992', /the value of next \(9007199254740992\) is too large an integer/],
    ['low: -9007199254740993', /the value of low \(-9007199254740993\) is too large an integer/],
    ['- a\n- b', /expected a YAML map of key: value/],
    ['just text', /expected a YAML map of key: value/],
    ['a: 1\na: 2', /not a valid YAML map \(Map keys must be unique/],
    ['a: [1', /not a valid YAML map/],
  ])('refuses %j', (text, expected) => {
    let thrown: unknown;
    try {
      parseAnnotations(text);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UserError);
    expect((thrown as Error).message).toMatch(/^Input annotations: /);
    expect((thrown as Error).message).toMatch(expected);
  });
});
