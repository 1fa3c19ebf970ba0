import { describe, expect, it } from '@jest/globals';
import { pairTags, renderTag, selectTags, type TagRules } from '../../../src/sync/rules.js';

const rules = (r: Partial<TagRules>): TagRules => ({ allow: [], deny: [], ...r });
const TAGS = [
  'latest',
  '1.24.0',
  '1.24.1',
  '1.25.0-rc.1',
  '1.25.0',
  'v1.26.0',
  '1.26.1-alpine',
  '2.0.0',
  'sha-abc123',
  '1.25',
  'mainline',
];

describe('tag rules, as a table: tags in, ordered selection out', () => {
  it.each<[string, Partial<TagRules>, string[]]>([
    [
      'no rules: every tag, versions highest first, then the rest in byte order',
      {},
      [
        '2.0.0',
        // A prerelease of 1.26.1 ranks above 1.26.0.
        '1.26.1-alpine',
        'v1.26.0',
        '1.25.0',
        '1.25.0-rc.1',
        '1.24.1',
        '1.24.0',
        '1.25',
        'latest',
        'mainline',
        'sha-abc123',
      ],
    ],
    ['allow', { allow: [/^1\.24\./] }, ['1.24.1', '1.24.0']],
    [
      'deny wins over allow',
      { allow: [/^1\./], deny: [/-rc/, /alpine/] },
      ['1.25.0', '1.24.1', '1.24.0', '1.25'],
    ],
    [
      'a range skips non-versions, and prereleases as semver says',
      { range: '>=1.24 <2' },
      ['v1.26.0', '1.25.0', '1.24.1', '1.24.0'],
    ],
    [
      'a range naming a prerelease admits that version’s prereleases',
      { range: '>=1.25.0-rc.0 <1.26' },
      ['1.25.0', '1.25.0-rc.1'],
    ],
    ['latest N of what passes', { range: '<2', latest: 2 }, ['v1.26.0', '1.25.0']],
    [
      'latest alone orders every version, prereleases below their release',
      { latest: 4, deny: [/^v/] },
      ['2.0.0', '1.26.1-alpine', '1.25.0', '1.25.0-rc.1'],
    ],
  ])('%s', (_, r, expected) => {
    expect(selectTags(TAGS, rules(r))).toEqual(expected);
  });

  it('drops what is no tag at all (a hostile listing)', () => {
    expect(selectTags(['ok', '../x', 'a'.repeat(129), ''], rules({}))).toEqual(['ok']);
  });
});

describe('target tags', () => {
  it('fills the template, with version fields for versions only', () => {
    expect(renderTag('{tag}', 'v1.2.3')).toBe('v1.2.3');
    expect(renderTag('{major}.{minor}', 'v1.2.3')).toBe('1.2');
    expect(renderTag('mirror-{tag}-{patch}', '1.2.3-rc.1')).toBe('mirror-1.2.3-rc.1-3');
    expect(renderTag('{major}', 'latest')).toBeUndefined();
  });

  it('gives a floating tag to the highest version, and leaves out what is no tag', () => {
    const selected = selectTags(['1.24.0', '1.24.2', '1.25.1', '1.24.1'], rules({ range: '*' }));
    expect(pairTags(selected, '{major}.{minor}')).toEqual({
      pairs: [
        { source: '1.25.1', target: '1.25' },
        { source: '1.24.2', target: '1.24' },
      ],
      invalid: [],
    });
    expect(pairTags(['1.0.0'], '-{tag}')).toEqual({ pairs: [], invalid: ['-1.0.0'] });
  });
});
