import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  ACTION_INPUTS,
  checkInputNames,
  checkingInputs,
  getBoolean,
  getTags,
  givenInputs,
  meantInput,
  parseList,
  parseMap,
} from '../../../src/actions/inputs.js';
import { ACTIONS } from '../../../src/actions/catalog.js';
import { memoryIO } from '../../helpers/io.js';
import { runAction } from '../../../src/host/run.js';

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

function declared(action: string): string[] {
  const file = path.resolve('actions', action, 'action.yml');
  const spec = parseYaml(readFileSync(file, 'utf8')) as { inputs: Record<string, unknown> };
  return Object.keys(spec.inputs);
}

describe('the inputs each action knows', () => {
  it.each(Object.keys(ACTIONS))('%s: exactly those its action.yml declares', (action) => {
    expect([...ACTION_INPUTS[action]].sort()).toEqual(declared(action).sort());
  });

  it.each(Object.keys(ACTIONS))('%s: every declared input passes', (action) => {
    expect(() => checkInputNames(action, declared(action))).not.toThrow();
  });
});

describe('an input the action does not know', () => {
  it.each([
    ['image-name', 'image_name'],
    ['build-args', 'build_arguments'],
    ['context', 'working_directory'],
    ['file', 'dockerfile'],
    ['platforms', 'platform'],
    ['push', 'disable_push'],
    ['cache-from', 'cache_from'],
    ['cache-to', 'cache_to'],
    ['no-cache', 'no_cache'],
    ['dockerfil', 'dockerfile'],
    ['registry_context', 'registry_contexts'],
  ])("build: docker/build-push-action's or a mistyped %s means %s", (given, meant) => {
    expect(meantInput(given, ACTION_INPUTS.build)).toBe(meant);
    expect(() => checkInputNames('build', ['image_name', given])).toThrow(
      `Unknown input ${given} (did you mean ${meant}?) for build; its inputs are ${ACTION_INPUTS.build.join(', ')}`,
    );
  });

  it.each([
    ['push', 'registry-context', 'registry_context'],
    ['push', 'candidat', 'candidate'],
    ['promote', 'expected-digest', 'expected_digest'],
    ['promote', 'dry-run', 'dry_run'],
    ['report-image-info', 'timeout', 'timeout_seconds'],
    ['report-image-info', 'fail-on-error', 'fail_on_error'],
  ])('%s: %s means %s', (action, given, meant) => {
    expect(() => checkInputNames(action, [given])).toThrow(
      `Unknown input ${given} (did you mean ${meant}?) for ${action}`,
    );
  });

  it('names every unknown input, and one with nothing close alone', () => {
    expect(() => checkInputNames('promote', ['zzzzzz', 'canddate'])).toThrow(
      'Unknown inputs canddate (did you mean candidate?), zzzzzz for promote',
    );
  });

  it('reads the names from the INPUT_ variables the runner sets, dashes kept', () => {
    expect(
      givenInputs({ INPUT_IMAGE_NAME: 'x', 'INPUT_BUILD-ARGS': 'A=1', PATH: '/bin', INPUT: 'y' }),
    ).toEqual(['image_name', 'build-args']);
  });

  it('fails the step before the action runs', async () => {
    let ran = false;
    const io = memoryIO({}, { INPUT_IMAGE_NAME: 'app', 'INPUT_BUILD-ARGS': 'A=1' });
    await runAction(
      checkingInputs('build', async () => {
        ran = true;
      }),
      io,
    );
    expect(ran).toBe(false);
    expect(io.failed).toMatch(
      /^Unknown input build-args \(did you mean build_arguments\?\) for build/,
    );
  });
});
