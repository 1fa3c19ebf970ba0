import { spawn } from 'node:child_process';
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

/** Runs a program and resolves with its exit code and the tail of its output. */
export function runCommand(command: Command, options: RunOptions): Promise<CommandResult> {
  const keep = options.keep ?? DEFAULT_KEEP;
  return new Promise((resolve, reject) => {
    const child = spawn(command.program, command.args, {
      cwd: options.cwd,
      env: { ...options.env, ...command.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: false,
    });
    const tail: string[] = [];
    const take = (line: string) => {
      options.log?.(line);
      tail.push(line);
      if (tail.length > keep) tail.shift();
    };
    const splitter = () => {
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
    };
    const out = splitter();
    const err = splitter();
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') {
        reject(
          new UserError(
            `${command.program} is not installed (not found on PATH); install ${PROVIDERS[command.program] ?? command.program}`,
          ),
        );
      } else {
        reject(error);
      }
    });
    child.once('close', (code, signal) => {
      out.flush();
      err.flush();
      resolve({ code: code ?? (signal ? 128 : 1), tail });
    });
  });
}

/** How a command is shown in the log: its arguments, quoted where they hold white space. */
export function formatCommand(command: Command): string {
  return [command.program, ...command.args]
    .map((arg) => (/[\s"'$]/.test(arg) || arg === '' ? JSON.stringify(arg) : arg))
    .join(' ');
}
