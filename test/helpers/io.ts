import type { ActionIO, Summary } from '../../src/host/io.js';
import { runAction, type Action } from '../../src/host/run.js';

/** An in-memory host for an action: what a step would see, without a runner. */
export interface MemoryIO extends ActionIO {
  outputs: Record<string, string>;
  exported: Record<string, string>;
  logs: string[];
  summaries: Summary[];
  failed?: string;
}

export function memoryIO(
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv = {},
  state = new Map<string, string>(),
): MemoryIO {
  const io: MemoryIO = {
    outputs: {},
    exported: {},
    logs: [],
    summaries: [],
    getInput: (name) => (inputs[name] ?? '').trim(),
    setOutput: (name, value) => {
      io.outputs[name] = value;
    },
    info: (m) => io.logs.push(m),
    warning: (m) => io.logs.push(`warning: ${m}`),
    debug: (m) => io.logs.push(`debug: ${m}`),
    writeSummary: async (s) => {
      io.summaries.push(s);
    },
    setFailed: (m) => {
      io.failed = m;
    },
    progress: {
      intervalMs: Number(env.IMAGE_ACTIONS_PROGRESS_SECONDS ?? 10) * 1000,
      say: (line) => io.logs.push(`progress: ${line}`),
      end: () => {},
    },
    group: async (name, work) => {
      io.logs.push(`group: ${name}`);
      return work();
    },
    exportVariable: (name, value) => {
      io.exported[name] = value;
    },
    saveState: (name, value) => {
      state.set(name, value);
    },
    getState: (name) => state.get(name) ?? '',
    env: { HOME: '/nonexistent', ...env },
  };
  return io;
}

/** Runs an action in-process and returns its host, failed or not. */
export async function runWith(
  action: Action,
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv = {},
): Promise<MemoryIO> {
  const io = memoryIO(inputs, env);
  await runAction(action, io);
  return io;
}
