import { describe, expect, it } from '@jest/globals';
import { parseList, parseMap, getTags, getBoolean } from '../../../src/actions/inputs.js';
import { memoryIO } from '../../helpers/io.js';

describe('multi-value inputs', () => {
  it.each([
    ['', []],
    ['a', ['a']],
    ['a,b , c', ['a', 'b', 'c']],
    ['a\nb\n\n c ', ['a', 'b', 'c']],
    ['- a\n- b', ['a', 'b']],
    ['[a, b]', ['a', 'b']],
    ['- 1.0\n- 2', ['1.0', '2']],
  ])('%j', (text, expected) => {
    expect(parseList(text, 'tags')).toEqual(expected);
  });

  it('refuses a list of maps, naming the input', () => {
    expect(() => parseList('- a: 1', 'tags')).toThrow('Input tags: expected a list of strings');
  });
});

describe('map inputs', () => {
  it.each([
    ['A=1\nB=x,y', { A: '1', B: 'x,y' }],
    ['- A=1\n- B=http://x:1/', { A: '1', B: 'http://x:1/' }],
    ['A: 1\nB: two\nV: 1.10', { A: '1', B: 'two', V: '1.10' }],
    ['URL=http://example.com', { URL: 'http://example.com' }],
    ['', {}],
  ])('%j', (text, expected) => {
    expect(parseMap(text, 'build_arguments')).toEqual(expected);
  });

  it('names the input for an item with no =', () => {
    expect(() => parseMap('JUSTAKEY', 'build_arguments')).toThrow(
      'Input build_arguments: "JUSTAKEY" is not KEY=VALUE',
    );
  });
});

describe('tags', () => {
  it('puts tag first, then tags, without duplicates; full references give their tag', () => {
    const io = memoryIO({ tag: '1.0', tags: 'ghcr.io/acme/app:1.0\nghcr.io/acme/app:latest,edge' });
    expect(getTags(io)).toEqual(['1.0', 'latest', 'edge']);
  });
  it('is empty when neither is given, so the action applies its default', () => {
    expect(getTags(memoryIO({}))).toEqual([]);
  });
  it('names the input of a bad tag', () => {
    expect(() => getTags(memoryIO({ tag: '-bad' }))).toThrow(/tag/);
  });
});

it('reads booleans as true/false only', () => {
  expect(getBoolean(memoryIO({ dry_run: 'true' }), 'dry_run', false)).toBe(true);
  expect(getBoolean(memoryIO({}), 'dry_run', false)).toBe(false);
  expect(() => getBoolean(memoryIO({ dry_run: 'yes' }), 'dry_run', false)).toThrow(
    'Input dry_run: "yes" is not a boolean; use true or false',
  );
});
