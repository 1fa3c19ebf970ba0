import { spawn } from 'node:child_process';
import { UserError } from '../errors.js';
import { escapeLogText } from '../log-text.js';
import { maskCredentials, maskSecret } from '../secrets.js';
import type { Credentials } from './credentials.js';
import { DOCKER_HUB } from '../oci/reference.js';

/**
 * Docker credential helpers (github.com/docker/docker-credential-helpers): `docker-credential-NAME
 * get` reads a server URL on stdin and answers `{"ServerURL","Username","Secret"}` on stdout; a
 * username of `<token>` makes the secret an identity token. It says "credentials not found" (on
 * stdout, exit 1) when it holds nothing for that server.
 */

/** Some helpers (gcloud, ecr-login) call a cloud API: generous, but a hung one fails the step. */
export const HELPER_TIMEOUT_MS = 60_000;
const MAX_ANSWER_BYTES = 1024 * 1024;
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
  timedOut: boolean;
}

/**
 * Runs the helper with an argument array (no shell), the server URL on stdin. Its stderr is
 * dropped: helpers print diagnostics there that may name accounts or files, never for our log.
 */
function runHelper(program: string, request: HelperRequest): Promise<HelperRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, ['get'], {
      env: request.env,
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    const chunks: Buffer[] = [];
    let size = 0;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, request.timeoutMs ?? HELPER_TIMEOUT_MS);
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_ANSWER_BYTES) child.kill('SIGKILL');
      else chunks.push(chunk);
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout: Buffer.concat(chunks).toString('utf8'), timedOut });
    });
    // A helper may exit without reading its input: its answer says what went wrong.
    child.stdin.on('error', () => {});
    child.stdin.end(request.serverUrl);
  });
}

/** The first line of what a failing helper said, short and without control characters. */
function helperMessage(stdout: string): string {
  const line = stdout.trim().split(/\r?\n/)[0] ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = line.replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, 200);
  return clean ? `: ${escapeLogText(clean)}` : '';
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
      `${where}: the credential helper ${program} did not answer within ${Math.round((request.timeoutMs ?? HELPER_TIMEOUT_MS) / 1000)} s`,
    );
  }
  if (run.code !== 0) {
    if (NOT_FOUND.test(run.stdout)) return undefined;
    throw new UserError(
      `${where}: the credential helper ${program} failed (${run.code !== null ? `exit code ${run.code}` : run.signal})${helperMessage(run.stdout)}`,
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
