import { describe, expect, it } from '@jest/globals';
import { isUserError } from '../../../src/errors.js';
import { findIssueKeys, parseIssueKeyPattern } from '../../../src/report/issue-keys.js';

describe('issue keys', () => {
  const jira = parseIssueKeyPattern('');

  it('finds Jira keys in the commit message, the branch and the titles, each once, in order', () => {
    expect(
      findIssueKeys(
        [
          'SHOP-12: cache the catalogue\n\nAlso fixes OPS-7 and SHOP-12 again.',
          'feature/PAY2-301-retry',
          null,
          'Retry payments (PAY2-301, SHOP-9)',
        ],
        jira,
      ),
    ).toEqual(['SHOP-12', 'OPS-7', 'PAY2-301', 'SHOP-9']);
  });

  it.each([
    ['a lower-case key', 'shop-12 fix'],
    ['a one-letter project', 'A-1 fix'],
    ['no number', 'SHOP- fix'],
    ['nothing', ''],
  ])('finds none in %s', (_name, text) => {
    expect(findIssueKeys([text, undefined], jira)).toEqual([]);
  });

  it('takes another pattern, such as GitHub issue numbers', () => {
    const pattern = parseIssueKeyPattern('#\\d+');
    expect(findIssueKeys(['Fix #12 and #3', 'fix-#12'], pattern)).toEqual(['#12', '#3']);
  });

  it.each([
    ['(unclosed', /^Input issue_key_pattern: "\(unclosed" is not a valid regular expression/],
    ['\\d*', /^Input issue_key_pattern: "\\d\*" matches an empty text/],
  ])('refuses %j as a user error naming the input', (pattern, message) => {
    let thrown: unknown;
    try {
      parseIssueKeyPattern(pattern);
    } catch (error) {
      thrown = error;
    }
    expect(isUserError(thrown)).toBe(true);
    expect((thrown as Error).message).toMatch(message);
  });
});
