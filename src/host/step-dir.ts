import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ActionIO } from './io.js';
import { runAction, type Action } from './run.js';

/** Names of the state the main step leaves for the post step. */
export const STATE = {
  isPost: 'isPost',
  tempDir: 'temp_dir',
} as const;

export const STEP_DIR_PREFIX = 'image-actions-';

/**
 * Runs `fn` with a private temporary directory (mode 0700) for the step's auth files and the
 * builder's output files, and removes it when `fn` ends, however it ends. Its path is saved as
 * state, so the post step removes it should this process die first.
 */
export async function withStepDir<T>(io: ActionIO, fn: (dir: string) => Promise<T>): Promise<T> {
  const base = io.env.RUNNER_TEMP && existsSync(io.env.RUNNER_TEMP) ? io.env.RUNNER_TEMP : tmpdir();
  const dir = await mkdtemp(path.join(base, STEP_DIR_PREFIX));
  io.saveState(STATE.tempDir, dir);
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
    io.debug(`removed ${dir}`);
  }
}

/** The post step: removes the main step's temporary directory if it is still there. */
export async function removeStepDir(io: ActionIO): Promise<void> {
  const dir = io.getState(STATE.tempDir);
  // Only a directory this code made: state is not trusted to name anything else.
  if (!dir || !path.basename(dir).startsWith(STEP_DIR_PREFIX) || !path.isAbsolute(dir)) return;
  if (!existsSync(dir)) return;
  await rm(dir, { recursive: true, force: true });
  io.info(`Removed the temporary credentials left in ${dir}`);
}

/**
 * One entry for an action with a post step (action.yml `post:`): the runner runs the same
 * bundle twice, and the state saved by the first run tells the second that it is the post step.
 */
export async function runMainOrPost(main: Action, post: Action, io: ActionIO): Promise<boolean> {
  if (io.getState(STATE.isPost)) return runAction(post, io);
  io.saveState(STATE.isPost, 'true');
  return runAction(main, io);
}
