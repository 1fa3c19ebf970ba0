import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runAction, type Action } from '../../src/host/run.js';
import { memoryIO, type MemoryIO } from './io.js';

/** A step run in-process as the runner would run it: its environment, its state kept. */
export interface Run extends MemoryIO {
  state: Record<string, string>;
}

export async function runStep(
  action: Action,
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv,
): Promise<Run> {
  const io = memoryIO(inputs, env) as Run;
  io.state = {};
  io.saveState = (name, value) => {
    io.state[name] = value;
  };
  await runAction(action, io);
  return io;
}

/** A build context `root/name` holding the Dockerfile and `files`. */
export async function writeContext(
  root: string,
  name: string,
  dockerfile: string,
  files: Record<string, string> = {},
): Promise<string> {
  const dir = path.join(root, name);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'Dockerfile'), dockerfile);
  for (const [file, text] of Object.entries(files)) await writeFile(path.join(dir, file), text);
  return dir;
}
