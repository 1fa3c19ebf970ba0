import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { removeStepDir, runMainOrPost, STATE, withStepDir } from '../../../src/host/step-dir.js';
import { memoryIO } from '../../helpers/io.js';

function withState(initial: Record<string, string> = {}, env: NodeJS.ProcessEnv = {}) {
  const state: Record<string, string> = { ...initial };
  const io = memoryIO({}, env);
  io.saveState = (name, value) => {
    state[name] = value;
  };
  io.getState = (name) => state[name] ?? '';
  return { io, state };
}

describe('the step directory', () => {
  it('is private, named in state, and gone when the step ends, failed or not', async () => {
    const temp = mkdtempSync(path.join(tmpdir(), 'runner-temp-'));
    try {
      const { io, state } = withState({}, { RUNNER_TEMP: temp });
      let seen = '';
      await expect(
        withStepDir(io, async (dir) => {
          seen = dir;
          writeFileSync(path.join(dir, 'config.json'), '{}');
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(path.dirname(seen)).toBe(temp);
      expect(state[STATE.tempDir]).toBe(seen);
      expect(existsSync(seen)).toBe(false);
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  });

  it('is removed by the post step when the main step left it behind, and nothing else is', async () => {
    const temp = mkdtempSync(path.join(tmpdir(), 'runner-temp-'));
    try {
      const left = path.join(temp, 'image-actions-abc123');
      mkdirSync(left);
      writeFileSync(path.join(left, 'config.json'), '{}');
      await removeStepDir(withState({ [STATE.tempDir]: left }).io);
      expect(existsSync(left)).toBe(false);

      const foreign = path.join(temp, 'somebody-else');
      mkdirSync(foreign);
      await removeStepDir(withState({ [STATE.tempDir]: foreign }).io);
      await removeStepDir(withState({ [STATE.tempDir]: 'image-actions-relative' }).io);
      expect(existsSync(foreign)).toBe(true);
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  });

  it('tells the main run from the post run by state', async () => {
    const calls: string[] = [];
    const main = async () => void calls.push('main');
    const post = async () => void calls.push('post');
    const { io, state } = withState();
    await runMainOrPost(main, post, io);
    expect(state[STATE.isPost]).toBe('true');
    await runMainOrPost(main, post, io);
    expect(calls).toEqual(['main', 'post']);
  });
});
