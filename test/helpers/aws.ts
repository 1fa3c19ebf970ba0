import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { closeServer, freePort, killChild, listen, trackChild, waitForUrl } from './util.js';

/**
 * AWS for the tests, on loopback only: moto in server mode (a real implementation of the ECR, STS
 * and KMS APIs, from the machine's Python or Debian's python3-moto), and a stand-in for the GitHub
 * Actions OIDC token endpoint the runner offers to jobs with `id-token: write`.
 */

/** moto_server on PATH, else in pyenv's shims (the machine image's Python), as ensure-system-deps looks. */
function motoServer(): string {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), join(homedir(), '.pyenv', 'shims')];
  for (const dir of dirs.filter(Boolean)) {
    try {
      accessSync(join(dir, 'moto_server'), constants.X_OK);
      return join(dir, 'moto_server');
    } catch {
      // not here
    }
  }
  throw new Error('moto_server is not installed: run "node scripts/ensure-system-deps.mjs"');
}

const KMS_DIGEST_FIX = join(dirname(fileURLToPath(import.meta.url)), 'moto-kms-digest');

export interface Moto {
  /** `http://127.0.0.1:PORT`: AWS_ENDPOINT_URL. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts `moto_server`. `strict` makes it check every request's credentials
 * (INITIAL_NO_AUTH_ACTION_COUNT=0): keys it never issued are refused, as AWS refuses them.
 */
export async function startMoto(options: { strict?: boolean } = {}): Promise<Moto> {
  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !name.startsWith('AWS_') && name !== 'MOTO'),
    );
    if (options.strict) env.INITIAL_NO_AUTH_ACTION_COUNT = '0';
    // KMS Sign of a DIGEST message signs the digest, as AWS does (moto-kms-digest/sitecustomize.py).
    env.PYTHONPATH = [KMS_DIGEST_FIX, env.PYTHONPATH].filter(Boolean).join(delimiter);
    const child: ChildProcess = spawn(motoServer(), ['-H', '127.0.0.1', '-p', String(port)], {
      stdio: 'ignore',
      env,
    });
    child.unref();
    trackChild(child);
    let spawnError: Error | undefined;
    child.once('error', (error) => (spawnError = error));
    const url = `http://127.0.0.1:${port}`;
    try {
      await waitForUrl(`${url}/moto-api/`, {
        timeoutMs: 30_000,
        accept: (status) => status === 200,
        check: () => {
          if (spawnError) throw spawnError;
          if (child.exitCode !== null) throw new Error(`moto_server exited (${child.exitCode})`);
        },
      });
    } catch (error) {
      await killChild(child);
      if (attempt < 3 && !spawnError) continue;
      throw new Error(
        `moto_server did not start (${(error as Error).message}); install it with: apt-get install -y python3-moto`,
      );
    }
    return { url, stop: () => killChild(child) };
  }
}

export interface OidcStandIn {
  /** ACTIONS_ID_TOKEN_REQUEST_URL, with a query of its own as the runner's has. */
  requestUrl: string;
  requestToken: string;
  /** The token it hands out. */
  token: string;
  /** The audience of each request, and whether the bearer token matched. */
  requests: { audience: string | null; authorized: boolean }[];
  /** Answer with this status instead of a token. */
  refuseWith?: number;
  stop(): Promise<void>;
}

/** The runner's OIDC endpoint: `GET …?audience=A` with `Authorization: Bearer <request token>`. */
export async function startOidcStandIn(): Promise<OidcStandIn> {
  const stand: Omit<OidcStandIn, 'requestUrl' | 'stop'> = {
    requestToken: 'oidc-request-token-6d2b9f0e4a',
    token: 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOmFjbWUvd2lkZ2V0cyJ9.oidc-test-signature',
    requests: [],
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const authorized = req.headers.authorization === `Bearer ${stand.requestToken}`;
    stand.requests.push({ audience: url.searchParams.get('audience'), authorized });
    const status = !authorized ? 401 : (stand.refuseWith ?? 200);
    const body = status === 200 ? JSON.stringify({ count: 1, value: stand.token }) : '{}';
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(body);
  });
  const port = await listen(server, '127.0.0.1');
  server.unref();
  return Object.assign(stand, {
    requestUrl: `http://127.0.0.1:${port}/_apis/distributedtask/token?api-version=2.0`,
    stop: () => closeServer(server),
  }) as OidcStandIn;
}
