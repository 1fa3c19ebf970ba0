import { RegistryError, UserError } from '../errors.js';
import { maskCredentials, maskSecret } from '../secrets.js';
import type { HttpResponse, Transport } from '../http/transport.js';
import { describe, isNetworkError } from '../http/errors.js';
import { readBounded } from '../http/read.js';
import { BodyLimit } from '../http/limits.js';
import { retrying } from '../http/retry.js';
import { basicValue, type Credentials } from '../credentials/credentials.js';
import { parseChallenge, type Challenge } from './challenge.js';
import { registryMessage } from './registry-errors.js';
import { validateTokenAnswer } from '../oci/generated/protocol-validators.js';
import { refreshTokenForm, refusalHint, refusedIdentity } from './identity-token.js';

interface CachedToken {
  value: string;
  expiresAt: number;
}

/** Tokens are renewed this long before they expire, so none lapses mid-request. */
const EXPIRY_MARGIN_MS = 10_000;
/** The distribution spec's default when a token response names no lifetime. */
const DEFAULT_TOKEN_SECONDS = 60;

/**
 * Produces the `Authorization` header for one registry host: Basic where the registry asks for it,
 * else a Bearer token per scope set, fetched from the challenge's realm and cached until it expires.
 */
export class Authenticator {
  private challenge: Challenge | undefined;
  private pinged: Promise<void> | undefined;
  private readonly tokens = new Map<string, Promise<CachedToken>>();

  constructor(
    private readonly transport: Transport,
    private readonly baseUrl: string,
    private readonly label: string,
    private readonly credentials?: Credentials,
  ) {
    if (credentials) {
      maskCredentials(credentials.username, credentials.password);
      maskSecret(credentials.identityToken);
    }
  }

  /** The `/v2/` ping, once per host: it tells whether and how the registry wants auth. */
  ping(): Promise<void> {
    this.pinged ??= this.doPing().catch((error) => {
      this.pinged = undefined;
      throw error;
    });
    return this.pinged;
  }

  private async doPing(): Promise<void> {
    let res;
    try {
      res = await this.transport.sendWithRetry({ method: 'GET', url: `${this.baseUrl}/v2/` });
    } catch (error) {
      throw new UserError(
        `${this.label}: cannot reach the registry at ${this.baseUrl}: ${describe(error)}`,
      );
    }
    await res.body.dump().catch(() => {});
    if (res.status === 401) {
      this.challenge = parseChallenge(res.headers['www-authenticate']);
      return;
    }
    if (res.status >= 200 && res.status < 300) return;
    if (res.status === 404) {
      throw new RegistryError(
        `${this.label}: ${this.baseUrl} does not speak the registry API (GET /v2/ answered HTTP 404)`,
        404,
      );
    }
    throw new RegistryError(
      `${this.label}: GET ${this.baseUrl}/v2/ answered HTTP ${res.status}`,
      res.status,
    );
  }

  /**
   * A 401 on a host whose `/v2/` was open: some registries guard only their repositories. The
   * challenge it carries is learnt, so the retry authenticates. Returns whether it changed.
   */
  learnChallenge(header: string | undefined): boolean {
    const challenge = parseChallenge(header);
    if (!challenge || this.challenge) return false;
    this.challenge = challenge;
    return true;
  }

  /** The header for a request needing `scopes` (e.g. `repository:acme/app:pull,push`). */
  async authorization(scopes: string[]): Promise<string | undefined> {
    await this.ping();
    const challenge = this.challenge;
    if (!challenge) return undefined;
    if (challenge.scheme === 'basic') {
      if (this.credentials?.identityToken) {
        throw new UserError(
          `${this.label}: the registry asks for a username and password (Basic auth); an identity token works only with a registry that has a token service`,
        );
      }
      return this.credentials ? `Basic ${basicValue(this.credentials)}` : undefined;
    }
    const key = [...scopes].sort().join(' ');
    const cached = this.tokens.get(key);
    if (cached) {
      const token = await cached.catch(() => undefined);
      if (token && token.expiresAt > Date.now()) return `Bearer ${token.value}`;
      if (this.tokens.get(key) === cached) this.tokens.delete(key);
      // Another caller may already be fetching a replacement.
      const replacement = this.tokens.get(key);
      if (replacement) return `Bearer ${(await replacement).value}`;
    }
    const pending = this.fetchToken(challenge, scopes);
    this.tokens.set(key, pending);
    pending.catch(() => {
      if (this.tokens.get(key) === pending) this.tokens.delete(key);
    });
    return `Bearer ${(await pending).value}`;
  }

  /**
   * After a 401: drop the token that was refused, so the next request mints a new one. A token
   * another request has minted since is kept: parallel transfers that all met the same expiry
   * fetch one replacement, not one each.
   */
  async invalidate(scopes: string[], refused: string | undefined): Promise<void> {
    const key = [...scopes].sort().join(' ');
    const entry = this.tokens.get(key);
    if (!entry) return;
    const token = await entry.catch(() => undefined);
    if (this.tokens.get(key) === entry && (!token || `Bearer ${token.value}` === refused)) {
      this.tokens.delete(key);
    }
  }

  /** Whether a 401 on this host can be cured by a new token (Bearer), or not at all (Basic). */
  get usesTokens(): boolean {
    return this.challenge?.scheme === 'bearer';
  }

  private async fetchToken(challenge: Challenge, scopes: string[]): Promise<CachedToken> {
    const realm = challenge.params.realm;
    let url: URL;
    try {
      url = new URL(realm ?? '');
    } catch {
      throw new RegistryError(
        `${this.label}: the registry's auth challenge names no valid realm`,
        401,
      );
    }
    // Credentials go to a token service over TLS only, unless the registry itself is plain HTTP.
    if (url.protocol !== 'https:' && !this.baseUrl.startsWith('http:')) {
      throw new RegistryError(
        `${this.label}: the registry asks for credentials at ${url.origin}, which is not HTTPS; refused`,
        401,
      );
    }
    if (challenge.params.service) url.searchParams.set('service', challenge.params.service);
    for (const scope of scopes) url.searchParams.append('scope', scope);
    const { res, text } = await this.askForToken(url, realm as string, challenge, scopes);
    // OAuth2 answers a refused refresh token with 400 invalid_grant.
    const refused = this.credentials?.identityToken ? [400, 401, 403] : [401, 403];
    if (refused.includes(res.status)) {
      throw new RegistryError(
        `${this.label}: the token service at ${url.origin} refused ${refusedIdentity(this.credentials)} (HTTP ${res.status})${registryMessage(text)}${refusalHint(this.credentials)}`,
        res.status,
      );
    }
    if (res.status < 200 || res.status >= 300) {
      throw new RegistryError(
        `${this.label}: the token service at ${url.origin} answered HTTP ${res.status}${registryMessage(text)}`,
        res.status,
      );
    }
    const parsed = parseTokenAnswer(text, `${this.label}: the token service at ${url.origin}`);
    const value = (parsed.token || parsed.access_token) as string;
    const lifetime =
      (parsed.expires_in && parsed.expires_in > 0 ? parsed.expires_in : DEFAULT_TOKEN_SECONDS) *
      1000;
    // The lifetime counts from now, not from the service's `issued_at`: a token service whose
    // clock runs behind would otherwise make every token look expired on arrival.
    return { value, expiresAt: Date.now() + lifetime - Math.min(EXPIRY_MARGIN_MS, lifetime / 2) };
  }

  /**
   * A GET with Basic credentials (or none), or with an identity token the OAuth2 POST of
   * `grant_type=refresh_token` to the realm itself, as docker and containers/image send it.
   */
  private askForToken(url: URL, realm: string, challenge: Challenge, scopes: string[]) {
    const identityToken = this.credentials?.identityToken;
    if (identityToken) {
      const form = refreshTokenForm(identityToken, challenge.params.service, scopes);
      const headers = { 'content-type': 'application/x-www-form-urlencoded' };
      return this.askTokenService(new URL(realm), headers, form);
    }
    const headers: Record<string, string> = {};
    if (this.credentials) headers.authorization = `Basic ${basicValue(this.credentials)}`;
    return this.askTokenService(url, headers);
  }

  /**
   * One token request, its answer read whole (at most 1 MiB; an error answer to 64 KiB): a
   * connection dropped mid-answer is retried too, from the same retry budget as the request.
   */
  private askTokenService(
    url: URL,
    headers: Record<string, string>,
    form?: string,
  ): Promise<{ res: HttpResponse; text: string }> {
    const service = `${this.label}: the token service at ${url.origin}`;
    const unreachable = (error: unknown) =>
      new RegistryError(`${service} could not be reached: ${describe(error)}`, 0, 'NETWORK', {
        cause: error,
      });
    return retrying(
      async (budget) => {
        let res;
        try {
          // Connection failures before the answer are retried in there.
          res = await this.transport.sendWithRetry(
            form === undefined
              ? { method: 'GET', url: url.toString(), headers }
              : { method: 'POST', url: url.toString(), headers, body: form },
          );
        } catch (error) {
          throw isNetworkError(error) ? unreachable(error) : error;
        }
        const ok = res.status >= 200 && res.status < 300;
        const bytes = await readBounded(
          res.body,
          ok ? BodyLimit.tokenAnswer : BodyLimit.errorBody,
          ok
            ? (max) =>
                new RegistryError(`${service} answered with more than ${max}; refused`, res.status)
            : undefined,
          // A token answer that drips ends with the budget, not when its last byte comes.
          {
            ms: budget.remaining(),
            late: (within) =>
              new RegistryError(
                `${service}: its answer was not read whole within ${within}, the retry budget left; refused`,
                res.status,
                'TIMEOUT',
              ),
          },
        );
        return { res, text: bytes.toString('utf8') };
      },
      {
        // An answer that broke off half-way is asked for again.
        retryable: (error) => isNetworkError(error) && !(error instanceof RegistryError),
        exhausted: (error, stop) => {
          throw unreachable(`${describe(error)}; ${stop}`);
        },
        policy: this.transport.retry,
      },
    );
  }
}

/** What a token service answered, checked: an object carrying a token. */
interface TokenAnswer {
  token?: string;
  access_token?: string;
  refresh_token?: string;
  expires_in?: number;
}

/**
 * Parses and checks a token answer before any of it is used; `service` names the token service
 * in messages. Every token in it is masked first, the ones not used here too.
 */
export function parseTokenAnswer(text: string, service: string): TokenAnswer {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new RegistryError(`${service} answered with no JSON`, 0, 'TOKEN_INVALID');
  }
  if (typeof parsed === 'object' && parsed !== null) {
    for (const key of ['token', 'access_token', 'refresh_token'] as const) {
      const minted = (parsed as Record<string, unknown>)[key];
      if (typeof minted === 'string') maskSecret(minted);
    }
  }
  if (!validateTokenAnswer(parsed)) {
    const error = validateTokenAnswer.errors?.[0];
    const why =
      error && error.instancePath
        ? `${error.instancePath.slice(1)} ${error.message ?? 'is not valid'}`
        : 'expected a JSON object with a token or access_token';
    throw new RegistryError(`${service} sent no usable token (${why})`, 0, 'TOKEN_INVALID');
  }
  return parsed as TokenAnswer;
}
