import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  ACTION_INPUTS,
  checkInputNames,
  checkingInputs,
  givenInputs,
  meantInput,
} from '../../../src/actions/action-inputs.js';
import { ACTIONS } from '../../../src/actions/catalog.js';
import { memoryIO } from '../../helpers/io.js';
import { runAction } from '../../../src/host/run.js';

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
