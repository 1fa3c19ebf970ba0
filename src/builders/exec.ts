import { exec } from '@actions/exec';
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';

/** One program run of a builder: an argument array, never a shell string. */
export interface Command {
  program: string;
  args: string[];
  /** Set on top of the step's environment (e.g. DOCKER_CONFIG). */
  env?: Record<string, string>;
}

export interface CommandResult {
  code: number;
  /** The last lines of stdout and stderr, interleaved as they came. */
  tail: string[];
}

export interface RunOptions {
  env: NodeJS.ProcessEnv;
  /** Each line of output as it comes, for the step log. */
  log?: (line: string) => void;
  cwd?: string;
  /** Lines of output kept for an error message. */
  keep?: number;
}

const DEFAULT_KEEP = 200;

/** The Debian package, or the project, that provides a program: what to install when it is missing. */
const PROVIDERS: Record<string, string> = {
  docker: 'Docker with the buildx plugin',
  buildah: 'buildah (apt-get install buildah)',
};

/**
 * The program's file, found on the PATH of the environment it runs in (not this process's: a
 * step may put its own docker first). @actions/exec would look on this process's PATH.
 */
function locate(program: string, env: NodeJS.ProcessEnv): string {
  if (program.includes('/')) return program;
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const file = path.join(dir, program);
    try {
      accessSync(file, constants.X_OK);
      if (statSync(file).isFile()) return file;
    } catch {
      // not in this directory
    }
  }
  throw new UserError(
    `${program} is not installed (not found on PATH); install ${PROVIDERS[program] ?? program}`,
  );
}

/** Splits a stream's chunks into lines; the last one may come without a newline. */
function lineSplitter(take: (line: string) => void) {
  let rest = '';
  return {
    push(chunk: Buffer) {
      const lines = (rest + chunk.toString('utf8')).split(/\r?\n/);
      rest = lines.pop() ?? '';
      for (const line of lines) take(line);
    },
    flush() {
      if (rest) take(rest);
      rest = '';
    },
  };
}

/**
 * Runs a program with @actions/exec (an argument array, no shell; nothing echoed, the output
 * handed over line by line) and resolves with its exit code and the tail of its output.
 */
export async function runCommand(command: Command, options: RunOptions): Promise<CommandResult> {
  const keep = options.keep ?? DEFAULT_KEEP;
  const env = { ...options.env, ...command.env };
  const file = locate(command.program, env);
  const tail: string[] = [];
  const take = (line: string) => {
    options.log?.(line);
    tail.push(line);
    if (tail.length > keep) tail.shift();
  };
  const out = lineSplitter(take);
  const err = lineSplitter(take);
  const code = await exec(file, command.args, {
    cwd: options.cwd,
    env: Object.fromEntries(
      Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined),
    ),
    silent: true,
    ignoreReturnCode: true,
    listeners: { stdout: (chunk) => out.push(chunk), stderr: (chunk) => err.push(chunk) },
  });
  out.flush();
  err.flush();
  // A program killed by a signal has no exit code.
  return { code: typeof code === 'number' ? code : 128, tail };
}

/** How a command is shown in the log: its arguments, quoted where they hold white space. */
export function formatCommand(command: Command): string {
  return [command.program, ...command.args]
    .map((arg) => (/[\s"'$]/.test(arg) || arg === '' ? JSON.stringify(arg) : arg))
    .join(' ');
}
