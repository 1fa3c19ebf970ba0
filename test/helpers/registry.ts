import { spawn, type ChildProcess } from 'node:child_process';
import { createPrivateKey, randomBytes, randomUUID, sign, X509Certificate } from 'node:crypto';
import { openSync, closeSync } from 'node:fs';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import {
  closeServer,
  freePort,
  killChild,
  listen,
  makeTempDir,
  removeTempDir,
  run,
  trackChild,
  waitForUrl,
} from './util.js';

/**
 * A real registry (distribution's `docker-registry`) on loopback for integration tests, with no
 * auth, htpasswd (Basic) auth, or token auth backed by an in-process token issuer.
 */

export type AuthMode = 'none' | 'htpasswd' | 'token';

export interface UserSpec {
  password: string;
  /** repository name prefixes this user may access; default: all */
  repos?: string[];
  /** default ['pull','push']; '*' stands for every action */
  actions?: string[];
}

export interface StartOptions {
  auth?: AuthMode;
  users?: Record<string, UserSpec>;
  /** token mode: repo prefixes anonymous users may pull */
  anonymousPull?: string[];
  /** IP to bind, default 127.0.0.1 */
  bindHost?: string;
  /** token lifetime in seconds, default 300 */
  tokenTtl?: number;
  /**
   * Token mode: identity (refresh) tokens the issuer accepts in a `grant_type=refresh_token`
   * POST, each standing for one of `users`.
   */
  refreshTokens?: Record<string, string>;
  /**
   * Token mode: the realm the registry names in its challenges, given the issuer's own (to put
   * the token service behind a proxy too, as the benchmark's wide-area link does).
   */
  realm?: (issuerRealm: string) => string | Promise<string>;
}

export interface TokenRequest {
  /** The `scope` query parameters, as sent (several may come). */
  scope: string[];
  /** The user of the Basic credentials, if any came. */
  account?: string;
  /** What the issued token grants (the `access` claim), or the error answered. */
  granted: unknown;
  /** Whether Basic credentials came with the request. */
  basic: boolean;
  /** The `service` query parameter. */
  service?: string;
  /** The status answered: 200, or 401 for bad credentials. */
  status: number;
  method: string;
  /** The OAuth2 grant of a POST: `password` or `refresh_token`. */
  grant?: string;
}

export interface TestRegistry {
  /** '127.0.0.1:PORT' */
  host: string;
  /** 'http://127.0.0.1:PORT' */
  url: string;
  auth: AuthMode;
  users: Record<string, UserSpec>;
  /**
   * An Authorization header value with full access to `repository` (basic or a freshly signed
   * token), undefined in 'none' mode. Token actions default to pull, push and delete.
   */
  authHeader(repository: string, actions?: string[]): Promise<string | undefined>;
  /** Token mode: every request the issuer received. */
  tokenRequests: TokenRequest[];
  /** Token mode: the issuer's realm URL (undefined otherwise). */
  realm?: string;
  /** The registry's storage root directory. */
  dataDir: string;
  /** The registry's log file (level warn). */
  logFile: string;
  stop(): Promise<void>;
}

export const TOKEN_SERVICE = 'test-registry';
export const TOKEN_ISSUER = 'test-issuer';
const ADMIN_USER = 'test-registry-admin';

export async function startRegistry(options: StartOptions = {}): Promise<TestRegistry> {
  const auth = options.auth ?? 'none';
  const users = options.users ?? {};
  const bindHost = options.bindHost ?? '127.0.0.1';
  const tokenTtl = options.tokenTtl ?? 300;
  const dir = await makeTempDir('test-registry-');
  const dataDir = join(dir, 'data');
  const logFile = join(dir, 'registry.log');
  await mkdir(dataDir);

  let issuer: TokenIssuer | undefined;
  let child: ChildProcess | undefined;
  try {
    const config: Record<string, unknown> = {
      version: '0.1',
      log: { level: 'warn', formatter: 'text', accesslog: { disabled: true } },
      storage: {
        filesystem: { rootdirectory: dataDir },
        delete: { enabled: true },
        maintenance: { uploadpurging: { enabled: false } },
      },
      http: { secret: randomBytes(24).toString('hex') },
    };

    const adminPassword = randomBytes(12).toString('hex');
    if (auth === 'htpasswd') {
      const lines: string[] = [];
      for (const [user, spec] of Object.entries({
        ...users,
        [ADMIN_USER]: { password: adminPassword },
      })) {
        lines.push((await run('htpasswd', ['-Bbn', user, spec.password])).trim());
      }
      const path = join(dir, 'htpasswd');
      await writeFile(path, lines.join('\n') + '\n');
      config.auth = { htpasswd: { realm: 'test-registry', path } };
    } else if (auth === 'token') {
      issuer = await startTokenIssuer(
        dir,
        bindHost,
        users,
        options.anonymousPull ?? [],
        tokenTtl,
        options.refreshTokens ?? {},
      );
      config.auth = {
        token: {
          realm: options.realm ? await options.realm(issuer.realm) : issuer.realm,
          service: TOKEN_SERVICE,
          issuer: TOKEN_ISSUER,
          rootcertbundle: issuer.certFile,
        },
      };
    }

    const configFile = join(dir, 'config.yml');
    let host = '';
    for (let attempt = 0; ; attempt++) {
      const port = await freePort(bindHost);
      host = `${bindHost}:${port}`;
      (config.http as Record<string, unknown>).addr = host;
      // JSON is YAML: distribution reads it as is.
      await writeFile(configFile, JSON.stringify(config, null, 2));
      const logFd = openSync(logFile, 'a');
      try {
        child = spawn('docker-registry', ['serve', configFile], {
          stdio: ['ignore', logFd, logFd],
          cwd: dir,
          // distribution lets REGISTRY_* variables override the config file: none may leak in.
          env: Object.fromEntries(
            Object.entries(process.env).filter(([name]) => !name.startsWith('REGISTRY_')),
          ),
        });
      } finally {
        closeSync(logFd);
      }
      // Neither the child nor the issuer keeps the test process alive: a test that forgets
      // stop() still lets jest exit, and the exit handler kills the registry then.
      child.unref();
      trackChild(child);
      const spawned = child;
      let spawnError: Error | undefined;
      spawned.once('error', (error) => (spawnError = error));
      try {
        await waitForUrl(`http://${host}/v2/`, {
          timeoutMs: 15_000,
          accept: (status) => status === 200 || status === 401,
          check: () => {
            if (spawnError) throw spawnError;
            if (spawned.exitCode !== null || spawned.signalCode !== null) {
              throw new Error(`docker-registry exited (${spawned.exitCode ?? spawned.signalCode})`);
            }
          },
        });
        break;
      } catch (error) {
        await killChild(spawned);
        const log = await logTail(logFile);
        if (attempt < 4 && /address already in use/i.test(log)) {
          await writeFile(logFile, '');
          continue;
        }
        throw new Error(`docker-registry did not start: ${(error as Error).message}\n${log}`);
      }
    }

    const running = child!;
    let stopped = false;
    return {
      host,
      url: `http://${host}`,
      auth,
      users,
      dataDir,
      logFile,
      realm: issuer?.realm,
      tokenRequests: issuer?.requests ?? [],
      async authHeader(repository, actions = ['pull', 'push', 'delete']) {
        if (auth === 'htpasswd') {
          return `Basic ${Buffer.from(`${ADMIN_USER}:${adminPassword}`).toString('base64')}`;
        }
        if (auth === 'token' && issuer) {
          const access = [{ type: 'repository', name: repository, actions }];
          return `Bearer ${issuer.signToken(ADMIN_USER, access)}`;
        }
        return undefined;
      },
      async stop() {
        if (stopped) return;
        stopped = true;
        await killChild(running);
        if (issuer) await issuer.stop();
        await removeTempDir(dir);
      },
    };
  } catch (error) {
    if (child) await killChild(child);
    if (issuer) await issuer.stop();
    await removeTempDir(dir);
    throw error;
  }
}

async function logTail(file: string, lines = 30): Promise<string> {
  try {
    const text = await readFile(file, 'utf8');
    return text.trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

// ---------------------------------------------------------------------------------------------
// Token issuer

interface Access {
  type: string;
  name: string;
  actions: string[];
}

interface TokenIssuer {
  realm: string;
  certFile: string;
  requests: TokenRequest[];
  signToken(subject: string, access: Access[]): string;
  stop(): Promise<void>;
}

const base64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

async function startTokenIssuer(
  dir: string,
  bindHost: string,
  users: Record<string, UserSpec>,
  anonymousPull: string[],
  ttl: number,
  refreshTokens: Record<string, string>,
): Promise<TokenIssuer> {
  const keyFile = join(dir, 'token-key.pem');
  const certFile = join(dir, 'token-cert.pem');
  // prettier-ignore
  await run('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
    '-keyout', keyFile, '-out', certFile, '-days', '2', '-subj', `/CN=${TOKEN_ISSUER}`,
  ]);
  const privateKey = createPrivateKey(await readFile(keyFile));
  const certDer = new X509Certificate(await readFile(certFile)).raw;
  const header = base64url(
    JSON.stringify({ typ: 'JWT', alg: 'ES256', x5c: [certDer.toString('base64')] }),
  );

  const signToken = (subject: string, access: Access[]): string => {
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      iss: TOKEN_ISSUER,
      sub: subject,
      aud: TOKEN_SERVICE,
      exp: now + ttl,
      nbf: now - 1,
      iat: now,
      jti: randomUUID(),
      access,
    };
    const payload = `${header}.${base64url(JSON.stringify(claims))}`;
    const signature = sign('sha256', Buffer.from(payload), {
      key: privateKey,
      dsaEncoding: 'ieee-p1363',
    });
    return `${payload}.${base64url(signature)}`;
  };

  const requests: TokenRequest[] = [];

  const allowedActions = (account: string | undefined, type: string, name: string): string[] => {
    if (account === undefined) {
      if (type !== 'repository') return [];
      return anonymousPull.some((prefix) => name.startsWith(prefix)) ? ['pull'] : [];
    }
    const spec = users[account];
    if (type === 'registry') return spec.repos === undefined ? ['*'] : [];
    if (type !== 'repository') return [];
    if (spec.repos !== undefined && !spec.repos.some((prefix) => name.startsWith(prefix))) {
      // Anonymous pull rights are everyone's.
      return anonymousPull.some((prefix) => name.startsWith(prefix)) ? ['pull'] : [];
    }
    const actions = spec.actions ?? ['pull', 'push'];
    if (anonymousPull.some((prefix) => name.startsWith(prefix)) && !actions.includes('pull')) {
      return [...actions, 'pull'];
    }
    return actions;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? bindHost}`);
    const reply = (status: number, body: unknown) => {
      const text = JSON.stringify(body);
      res.writeHead(status, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(text),
      });
      res.end(text);
    };
    if (url.pathname !== '/token' || (req.method !== 'GET' && req.method !== 'POST')) {
      reply(404, { errors: [{ code: 'NOT_FOUND', message: 'not found' }] });
      return;
    }

    let scopes = url.searchParams.getAll('scope');
    let service = url.searchParams.get('service') ?? undefined;
    let credentials: { user: string; password: string } | undefined;
    const authorization = req.headers.authorization;
    if (authorization?.toLowerCase().startsWith('basic ')) {
      const decoded = Buffer.from(authorization.slice(6).trim(), 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      credentials = { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
    }
    let grant: string | undefined;
    let refreshRefused = false;
    if (req.method === 'POST') {
      // OAuth2 form (what docker uses with refresh tokens): grant_type=password&username=…
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
      // docker joins the scopes with spaces, containers/image repeats the field: both count.
      scopes = form
        .getAll('scope')
        .flatMap((s) => s.split(' '))
        .filter(Boolean);
      service = form.get('service') ?? service;
      grant = form.get('grant_type') ?? undefined;
      if (grant === 'password') {
        credentials = { user: form.get('username') ?? '', password: form.get('password') ?? '' };
      } else if (grant === 'refresh_token') {
        // As distribution's token servers do: the refresh token stands for its account.
        const account = refreshTokens[form.get('refresh_token') ?? ''];
        if (account && users[account]) {
          credentials = { user: account, password: users[account].password };
        } else {
          refreshRefused = true;
        }
      }
    }

    const record: TokenRequest = {
      method: req.method,
      scope: scopes,
      account: credentials?.user,
      basic: credentials !== undefined,
      service,
      granted: undefined,
      status: 200,
      ...(grant ? { grant } : {}),
    };
    requests.push(record);

    if (refreshRefused) {
      record.status = 401;
      record.granted = 'UNAUTHORIZED';
      reply(401, {
        errors: [{ code: 'UNAUTHORIZED', message: 'invalid or expired refresh token' }],
      });
      return;
    }
    if (credentials && users[credentials.user]?.password !== credentials.password) {
      record.status = 401;
      record.granted = 'UNAUTHORIZED';
      reply(401, {
        errors: [{ code: 'UNAUTHORIZED', message: 'invalid username or password' }],
      });
      return;
    }

    const access: Access[] = [];
    for (const scope of scopes) {
      const first = scope.indexOf(':');
      const last = scope.lastIndexOf(':');
      if (first < 0 || last <= first) continue;
      const type = scope.slice(0, first).replace(/\(.*\)$/, '');
      const name = scope.slice(first + 1, last);
      const requested = scope
        .slice(last + 1)
        .split(',')
        .filter(Boolean);
      const allowed = allowedActions(credentials?.user, type, name);
      const actions = allowed.includes('*')
        ? requested
        : requested.filter((action) => allowed.includes(action));
      if (actions.length > 0) access.push({ type, name, actions });
    }
    record.granted = access;

    const token = signToken(credentials?.user ?? '', access);
    if (grant === 'refresh_token') {
      // The OAuth2 answer: access_token only, as distribution's token servers send it.
      reply(200, { access_token: token, expires_in: ttl, scope: scopes.join(' ') });
      return;
    }
    reply(200, {
      token,
      access_token: token,
      expires_in: ttl,
      issued_at: new Date().toISOString(),
    });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: Error) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error.stack ?? error));
    });
  });
  const port = await listen(server, bindHost);
  server.unref();
  return {
    realm: `http://${bindHost}:${port}/token`,
    certFile,
    requests,
    signToken,
    stop: () => closeServer(server),
  };
}

/** Decodes a JWT's claims without verifying it (for assertions on issued tokens). */
export function decodeTokenClaims(token: string): Record<string, unknown> {
  const payload = token.replace(/^Bearer\s+/i, '').split('.')[1] ?? '';
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}
