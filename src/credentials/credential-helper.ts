import { spawn } from 'node:child_process';
import { UserError } from '../errors.js';
import { BodyLimit, helperTimeoutMs } from '../http/limits.js';
import { formatBytes } from '../units.js';
import { maskCredentials, maskSecret } from '../secrets.js';
import type { Credentials } from './credentials.js';
import { DOCKER_HUB } from '../oci/reference.js';

/**
 * Docker credential helpers (github.com/docker/docker-credential-helpers): `docker-credential-NAME
 * get` reads a server URL on stdin and answers `{"ServerURL","Username","Secret"}` on stdout; a
 * username of `<token>` makes the secret an identity token. It says "credentials not found" (on
 * stdout, exit 1) when it holds nothing for that server.
 */

/** The helper protocol's marker of an identity token in the Username field. */
export const TOKEN_USERNAME = '<token>';
const NOT_FOUND = /credentials not found/i;
const HELPER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** What a helper is asked for a registry: Docker Hub by its v1 URL, as docker asks; else the host. */
export function helperServerUrl(domain: string): string {
  return domain === DOCKER_HUB ? 'https://index.docker.io/v1/' : domain;
}

export interface HelperRequest {
  /** `gcloud` for `docker-credential-gcloud`. */
  helper: string;
  /** What is written on the helper's stdin: a host, or `https://index.docker.io/v1/`. */
  serverUrl: string;
  /** Who asks for it, for messages: `Registry prod (registries.yml line 4)`, a Docker config file. */
  where: string;
  env: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

interface HelperRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  /** Ended at the timeout: the helper, or something it left holding its stdout, never finished. */
  timedOut: boolean;
  /** Ended when its stdout passed the size limit. */
  flooded: boolean;
}

/**
 * After the helper exits, how long what it left behind may keep its stdout open: its answer is
 * written by then; a child still holding the pipe is killed with the group, not waited for.
 */
const EXIT_GRACE_MS = 2_000;

/**
 * Runs the helper with an argument array (no shell), the server URL on stdin. Its stderr is
 * dropped: helpers print diagnostics there that may name accounts or files, never for our log.
 *
 * It runs detached, the leader of its own process group, and every way out kills the whole group:
 * killing the helper alone leaves a child it forked holding the stdout pipe open, and waiting for
 * that pipe to close would wait for as long as the child likes. Its stdout is read to a size
 * limit only: a helper that floods it is ended there.
 */
function runHelper(program: string, request: HelperRequest): Promise<HelperRun> {
  const timeoutMs = request.timeoutMs ?? helperTimeoutMs();
  return new Promise((resolve, reject) => {
    const child = spawn(program, ['get'], {
      env: request.env,
      stdio: ['pipe', 'pipe', 'ignore'],
      detached: true,
    });
    const chunks: Buffer[] = [];
    let size = 0;
    let code: number | null = null;
    let signal: NodeJS.Signals | null = null;
    let settled = false;
    let grace: NodeJS.Timeout | undefined;
    const killGroup = () => {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // The group is gone already: everything in it has exited.
      }
    };
    // Out of our process group, a Ctrl-C no longer reaches it: a step that ends (cancelled,
    // SIGINT/SIGTERM) while it runs takes it along.
    process.once('exit', killGroup);
    const finish = (ending: { timedOut?: boolean; flooded?: boolean }) => {
      if (settled) return;
      settled = true;
      process.off('exit', killGroup);
      clearTimeout(timer);
      clearTimeout(grace);
      killGroup();
      child.stdout.destroy();
      resolve({
        code,
        signal,
        stdout: Buffer.concat(chunks).toString('utf8'),
        timedOut: ending.timedOut ?? false,
        flooded: ending.flooded ?? false,
      });
    };
    const timer = setTimeout(() => finish({ timedOut: true }), timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > BodyLimit.helperAnswer) finish({ flooded: true });
      else chunks.push(chunk);
    });
    child.once('error', (error) => {
      if (settled) return;
      settled = true;
      process.off('exit', killGroup);
      clearTimeout(timer);
      clearTimeout(grace);
      killGroup();
      reject(error);
    });
    child.once('exit', (exitCode, exitSignal) => {
      code = exitCode;
      signal = exitSignal;
      grace = setTimeout(() => finish({}), EXIT_GRACE_MS);
    });
    child.once('close', () => finish({}));
    // A helper may exit without reading its input: its answer says what went wrong.
    child.stdin.on('error', () => {});
    child.stdin.end(request.serverUrl);
  });
}

/**
 * The credentials a helper holds for a server, undefined when it holds none. A helper that is
 * not installed, fails, hangs or answers garbage is an error naming it and who asked for it; the
 * secret is masked before anything else is done with it.
 */
export async function helperCredentials(request: HelperRequest): Promise<Credentials | undefined> {
  const { helper, where } = request;
  if (!HELPER_NAME.test(helper)) {
    throw new UserError(`${where}: "${helper}" is not a credential helper name`);
  }
  const program = `docker-credential-${helper}`;
  let run: HelperRun;
  try {
    run = await runHelper(program, request);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new UserError(
        `${where}: the credential helper ${program} is not installed (not found on PATH); install it, or log in another way`,
      );
    }
    throw new UserError(`${where}: cannot run the credential helper ${program}: ${code ?? error}`);
  }
  if (run.timedOut) {
    throw new UserError(
      `${where}: the credential helper ${program} did not answer within ${Math.round((request.timeoutMs ?? helperTimeoutMs()) / 1000)} s`,
    );
  }
  if (run.flooded) {
    throw new UserError(
      `${where}: the credential helper ${program} answered more than ${formatBytes(BodyLimit.helperAnswer)}, far more than credentials; it was stopped`,
    );
  }
  if (run.code !== 0) {
    if (NOT_FOUND.test(run.stdout)) return undefined;
    // Never what it said: a helper that fails half-way may have printed the secret already.
    throw new UserError(
      `${where}: the credential helper ${program} failed (${run.code !== null ? `exit code ${run.code}` : run.signal}); run it by hand to see why`,
    );
  }
  let answer: { Username?: unknown; Secret?: unknown };
  try {
    answer = JSON.parse(run.stdout) as typeof answer;
  } catch {
    throw new UserError(
      `${where}: the credential helper ${program} answered something that is not its JSON ({"Username","Secret"})`,
    );
  }
  if (typeof answer !== 'object' || answer === null || typeof answer.Secret !== 'string') {
    throw new UserError(
      `${where}: the credential helper ${program} answered without a Secret for ${request.serverUrl}`,
    );
  }
  const secret = answer.Secret;
  maskSecret(secret);
  if (!secret) return undefined;
  const username = typeof answer.Username === 'string' ? answer.Username : '';
  const source = `${program}, asked for ${where.replace(/^The /, 'the ')}`;
  if (username === TOKEN_USERNAME) {
    return { username, password: '', identityToken: secret, source };
  }
  maskCredentials(username, secret);
  return { username, password: secret, source };
}
