import { describe, expect, it } from '@jest/globals';
import { renderMarkdown } from '../../../src/actions/github-io.js';
import { summaryOff } from '../../../src/actions/io.js';

describe('job summary', () => {
  it('shows key/value facts as a table whose first fact is the header: no empty row', () => {
    const markdown = renderMarkdown({
      title: 'Image promoted',
      facts: [
        ['Source', 'a'],
        ['Target', 'b'],
      ],
    });
    expect(markdown).toBe(
      '### Image promoted\n\n| **Source** | a |\n| --- | --- |\n| **Target** | b |\n',
    );
    expect(markdown).not.toContain('| | |');
  });

  it.each([
    ['false', true],
    ['FALSE', true],
    ['0', true],
    ['true', false],
    [undefined, false],
  ])('IMAGE_ACTIONS_SUMMARY=%s turns it off: %s', (value, off) => {
    expect(summaryOff(value === undefined ? {} : { IMAGE_ACTIONS_SUMMARY: value })).toBe(off);
  });
});
