import { describe, expect, it } from '@jest/globals';
import { escapeLogText, safeLogLines, terminalText } from '../../src/log-text.js';

describe('text from outside, escaped for the log', () => {
  it.each([
    ['linux', 'linux'],
    ['a\nb', 'a%0Ab'],
    ['a\r\n::warning::x', 'a%0D%0A::warning::x'],
    ['100%', '100%25'],
    ['::stop-commands::token', '%3A%3Astop-commands::token'],
    ['  ::error::x', '  %3A%3Aerror::x'],
    ['##[error]x', '%23%23[error]x'],
    ['%0A', '%250A'],
  ])('%j → %j', (text, escaped) => {
    expect(escapeLogText(text)).toBe(escaped);
  });
});

describe('log lines', () => {
  it('escapes every line that would open a workflow command, and leaves the others', () => {
    expect(
      safeLogLines('plan:\n  copy 50% of it\n::stop-commands::x\r\n\t::warning::y\r##[group]z'),
    ).toBe('plan:\n  copy 50% of it\n%3A%3Astop-commands::x\n\t%3A%3Awarning::y\n%23%23[group]z');
    for (const line of safeLogLines('a\n::x::\n b ::c').split('\n')) {
      expect(line).not.toMatch(/^\s*(::|##\[)/);
    }
  });
});

describe('text from outside, on a terminal', () => {
  it('shows control characters as text, keeping line feeds and tabs', () => {
    expect(terminalText('a\x1b]0;title\x07b\x1b[2J\rc\bd\u009b31m\x7f\te\nf')).toBe(
      'a\\x1B]0;title\\x07b\\x1B[2J\\x0Dc\\x08d\\x9B31m\\x7F\te\nf',
    );
  });
});
