import { RegistryError } from '../errors.js';
import { Agent, EnvHttpProxyAgent, errors as undiciErrors, type Dispatcher } from './undici.js';
import type { Readable } from 'node:stream';

/**
 * HTTP for the registry protocol: one keep-alive pool per process, redirects followed by hand so
 * that `Authorization` never reaches another host, and retries with backoff for what is worth
 * retrying (DESIGN §6).
 */

export type Body = Buffer | string | Readable;

export interface HttpRequest {
  method: 'GET' | 'HEAD' | 'PUT' | 'POST' | 'PATCH' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  /** A stream body is sent once: such a request is never retried here (the caller retries whole). */
  body?: Body;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  /** The final URL, after redirects. */
  url: string;
  body: Dispatcher.ResponseData['body'];
}

export interface RetryPolicy {
  /** Tries in all, the first included. */
  tries: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { tries: 5, baseDelayMs: 200, maxDelayMs: 10_000 };
const RETRY_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
const MAX_REDIRECTS = 5;

const NETWORK_ERROR_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

/** A dropped connection or a timeout: worth another try. */
export function isNetworkError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: string }).code;
    if (code && NETWORK_ERROR_CODES.has(code)) return true;
    if (current instanceof undiciErrors.SocketError) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

export function isRetryableStatus(status: number): boolean {
  return RETRY_STATUSES.has(status);
}

/** `Retry-After` as seconds or an HTTP date, in milliseconds; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff with full jitter; a server's `Retry-After` wins, capped so a step cannot hang. */
export function retryDelay(attempt: number, policy: RetryPolicy, retryAfterMs?: number): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, 60_000);
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function flattenHeaders(headers: Dispatcher.ResponseData['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) {
    if (v === undefined) continue;
    out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

function createDispatcher(): Dispatcher {
  const options = { keepAliveTimeout: 30_000, connections: 32, headersTimeout: 120_000 };
  const env = process.env;
  const proxied = env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy;
  return proxied ? new EnvHttpProxyAgent(options) : new Agent(options);
}

/** Counts what went over the wire, for the `stats` output and the benchmarks. */
export interface WireStats {
  requests: number;
}

export class Transport {
  readonly stats: WireStats = { requests: 0 };
  private dispatcher: Dispatcher;

  constructor(
    readonly retry: RetryPolicy = DEFAULT_RETRY,
    dispatcher?: Dispatcher,
    /** Where retries are told about, for debug logs. */
    private readonly onRetry: (message: string) => void = () => {},
  ) {
    this.dispatcher = dispatcher ?? createDispatcher();
  }

  /**
   * One request, following redirects. `Authorization` goes only to the origin the request was
   * made for: a redirect to blob storage on another host is followed without it.
   */
  async send(req: HttpRequest): Promise<HttpResponse> {
    let url = new URL(req.url);
    const origin = url.origin;
    let method = req.method;
    let body = req.body;
    for (let hop = 0; ; hop++) {
      const headers = { ...req.headers };
      if (url.origin !== origin) delete headers.authorization;
      this.stats.requests++;
      const res = await this.dispatcher.request({
        origin: url.origin,
        path: `${url.pathname}${url.search}`,
        method,
        headers,
        body,
      });
      const location = res.headers.location;
      if (res.statusCode >= 300 && res.statusCode < 400 && location && hop < MAX_REDIRECTS) {
        const next = new URL(Array.isArray(location) ? location[0] : location, url);
        // TLS is not given up half-way: a redirect from HTTPS to plain HTTP is refused.
        if (url.protocol === 'https:' && next.protocol !== 'https:') {
          await res.body.dump().catch(() => {});
          throw new RegistryError(
            `${url.origin} redirected to ${next.origin}, which is not HTTPS; refused`,
            res.statusCode,
          );
        }
        res.body.resume();
        url = next;
        if (res.statusCode === 303) {
          method = method === 'HEAD' ? 'HEAD' : 'GET';
          body = undefined;
        } else if (body && typeof body !== 'string' && !Buffer.isBuffer(body)) {
          // The stream's bytes went with the first request: they cannot be sent again.
          throw new RegistryError(
            `${url.origin} answered an upload with a ${res.statusCode} redirect to ${next.origin}, which cannot be followed with a streamed body`,
            res.statusCode,
          );
        }
        continue;
      }
      return {
        status: res.statusCode,
        headers: flattenHeaders(res.headers),
        url: url.toString(),
        body: res.body,
      };
    }
  }

  /**
   * `send` with retries for dropped connections and the statuses DESIGN §6 names. A request whose
   * body is a stream is tried once: its bytes are gone after the first try. So is a chunk of an
   * upload (PATCH): the registry may have taken it before the connection dropped, and a resent
   * chunk would land at the wrong offset; the caller restarts the whole upload instead.
   */
  async sendWithRetry(req: HttpRequest): Promise<HttpResponse> {
    const tries = isReplayable(req) && req.method !== 'PATCH' ? this.retry.tries : 1;
    for (let attempt = 1; ; attempt++) {
      let res: HttpResponse;
      try {
        res = await this.send(req);
      } catch (error) {
        if (attempt >= tries || !isNetworkError(error)) throw error;
        const delay = retryDelay(attempt, this.retry);
        this.onRetry(
          `${req.method} ${redactUrl(req.url)}: connection failed (${describe(error)}), retrying in ${delay} ms`,
        );
        await sleep(delay);
        continue;
      }
      if (attempt < tries && isRetryableStatus(res.status)) {
        await res.body.dump().catch(() => {});
        const delay = retryDelay(attempt, this.retry, parseRetryAfter(res.headers['retry-after']));
        this.onRetry(
          `${req.method} ${redactUrl(req.url)}: HTTP ${res.status}, retrying in ${delay} ms`,
        );
        await sleep(delay);
        continue;
      }
      return res;
    }
  }

  async close(): Promise<void> {
    // Every response has been read by now: nothing is lost by not waiting for a graceful close.
    await this.dispatcher.destroy();
  }
}

/** Whether a request's body can be sent again: a stream's bytes are gone after the first try. */
export function isReplayable(req: HttpRequest): boolean {
  return req.body === undefined || typeof req.body === 'string' || Buffer.isBuffer(req.body);
}

/** Upload URLs carry opaque state tokens; logs keep the path only. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return url;
  }
}

export function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: string }).code;
    return code ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}
