import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import type { Server as HttpServer } from 'node:http';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInThisContext } from 'node:vm';

/** Small shared utilities for the test helpers: ports, temp dirs, waiting, child processes. */

/**
 * A port that was free a moment ago on `host` (listen on port 0, read the port, close). Another
 * process may take it before it is used, so callers that hand it to a child retry on EADDRINUSE.
 */
export async function freePort(host = '127.0.0.1'): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await new Promise<number>((resolve, reject) => {
        const server = createServer();
        server.unref();
        server.once('error', reject);
        server.listen(0, host, () => {
          const address = server.address();
          const port = typeof address === 'object' && address ? address.port : 0;
          server.close(() => (port ? resolve(port) : reject(new Error('no port assigned'))));
        });
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || attempt >= 5) throw error;
    }
  }
}

/** Listens on a free port of `host` and resolves with the port. */
export async function listen(server: Server | HttpServer, host: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => {
      server.off('error', reject);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
}

/** Closes a server, cutting keep-alive connections so it does not wait for them. */
export async function closeServer(server: HttpServer): Promise<void> {
  if (!server.listening) return;
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/** A fresh directory under the OS temp dir, removed at process exit if still there. */
export async function makeTempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  cleanup.dirs.add(dir);
  return dir;
}

export async function removeTempDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  cleanup.dirs.delete(dir);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Polls `url` with GET until `accept(status)` holds; `check` is called between tries and may
 * throw to give up early (e.g. the server process exited).
 */
export async function waitForUrl(
  url: string,
  options: {
    timeoutMs?: number;
    accept?: (status: number) => boolean;
    check?: () => void;
  } = {},
): Promise<number> {
  const { timeoutMs = 15_000, accept = (status) => status < 500, check } = options;
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    check?.();
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (accept(response.status)) return response.status;
      lastError = new Error(`status ${response.status}`);
    } catch (error) {
      lastError = error;
    }
    await sleep(50);
  }
  check?.();
  throw new Error(`${url} did not answer within ${timeoutMs} ms: ${String(lastError)}`);
}

/** Runs a program (argument array, no shell) and resolves with its stdout; rejects on failure. */
export async function run(
  command: string,
  args: string[],
  options: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => err.push(chunk));
    child.once('error', reject);
    child.once('close', (code, signal) => {
      if (code === 0) resolve(Buffer.concat(out).toString('utf8'));
      else {
        const stderr = Buffer.concat(err).toString('utf8').trim();
        reject(new Error(`${command} ${args.join(' ')} failed (${code ?? signal}): ${stderr}`));
      }
    });
    if (child.stdin) {
      // A program may exit without reading its input: that is its answer, not an error here.
      child.stdin.on('error', () => {});
      child.stdin.end(options.input);
    }
  });
}

/** Kills a child (SIGTERM, then SIGKILL after `graceMs`) and waits for it to exit. */
export async function killChild(child: ChildProcess, graceMs = 3_000): Promise<void> {
  cleanup.children.delete(child);
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/** Registers a child to be killed if the process exits without stopping it. */
export function trackChild(child: ChildProcess): void {
  cleanup.children.add(child);
  child.once('exit', () => cleanup.children.delete(child));
}

const cleanup = {
  children: new Set<ChildProcess>(),
  dirs: new Set<string>(),
  registered: false,
};

function registerExitHandler(): void {
  if (cleanup.registered) return;
  cleanup.registered = true;
  // Under jest the global `process` is a copy with its own listeners, which never hear the real
  // exit; the main context's process is reached through vm.
  let realProcess: NodeJS.Process = process;
  try {
    const candidate = runInThisContext('process') as NodeJS.Process | undefined;
    if (candidate && typeof candidate.on === 'function') realProcess = candidate;
  } catch {
    // keep the global one
  }
  realProcess.on('exit', () => {
    for (const child of cleanup.children) {
      try {
        child.kill('SIGKILL');
      } catch {
        // already gone
      }
    }
    for (const dir of cleanup.dirs) {
      try {
        rmSync(dir, { recursive: true, force: true });
      } catch {
        // best effort
      }
    }
  });
}
registerExitHandler();
