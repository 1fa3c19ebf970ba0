import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import type { ActionIO } from '../host/io.js';

/**
 * The `archive` input of save and load: a path, or in the CLI `-` for standard input or output
 * (a GitHub step has neither).
 */
export function getArchivePath(io: ActionIO, direction: 'stdin' | 'stdout'): string {
  const archive = io.getInput('archive');
  if (!archive) throw new UserError('Input archive is required: the path of the archive');
  if (archive === '-' && !io.stdio) {
    throw new UserError(
      'Input archive: "-" (standard input or output) is for the image-actions CLI; give a path',
    );
  }
  // A terminal there is a forgotten pipe: a load would wait for ever, a save print a tar.
  if (archive === '-' && io.stdio?.terminal[direction]) {
    throw new UserError(
      `Input archive: standard ${direction === 'stdin' ? 'input' : 'output'} is a terminal; ${direction === 'stdin' ? 'pipe the archive in, or give its path' : 'pipe or redirect it, or give a path'}`,
    );
  }
  return archive;
}

/**
 * A folder for an archive's work files beside where it goes (so the finished archive is renamed
 * into place, never copied across file systems), removed when `fn` ends however it ends.
 */
export async function withWorkDir<T>(
  near: string,
  fallback: string,
  fn: (dir: string) => Promise<T>,
): Promise<T> {
  const parent = near === '-' ? fallback : path.dirname(path.resolve(near));
  let dir: string;
  try {
    dir = await mkdtemp(path.join(parent, '.image-actions-'));
  } catch (error) {
    throw new UserError(
      `Input archive: cannot write in ${parent} (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
