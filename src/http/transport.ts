import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { RegistryError } from '../errors.js';
import {
  CountLimit,
  DEFAULT_RETRY,
  formatBytes,
  idleTimeoutMs,
  type RetryPolicy,
} from './limits.js';
import { RetryBudget, sleep, withRetryBudget } from './retry.js';
import { isLocalhostName } from '../oci/reference.js';
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
  /** Instead of the transport's: a clean-up request after a cancel has its own deadline. */
  signal?: AbortSignal;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  /** The final URL, after redirects. */
  url: string;
  body: Dispatcher.ResponseData['body'];
  /** Why no more tries were made, when a retryable answer is handed back as the last one. */
  gaveUp?: string;
}

const RETRY_STATUSES = new Set([408, 429, 500, 502, 503, 504]);

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

const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const LONG_DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = `(${MONTHS.join('|')})`;
const TIME = '(\\d{2}):(\\d{2}):(\\d{2})';
/** The three forms of HTTP-date (RFC 9110 §5.6.7): IMF-fixdate, RFC 850 and asctime. */
const HTTP_DATES: { re: RegExp; parts: (m: RegExpExecArray) => number[] }[] = [
  {
    re: new RegExp(`^${DAY}, (\\d{2}) ${MONTH} (\\d{4}) ${TIME} GMT$`),
    parts: (m) => [Number(m[3]), MONTHS.indexOf(m[2]), Number(m[1]), +m[4], +m[5], +m[6]],
  },
  {
    re: new RegExp(`^${LONG_DAY}, (\\d{2})-${MONTH}-(\\d{2}) ${TIME} GMT$`),
    // Two-digit years: the recipient's rule of RFC 9110 reads them within 50 years from now.
    parts: (m) => [fullYear(Number(m[3])), MONTHS.indexOf(m[2]), Number(m[1]), +m[4], +m[5], +m[6]],
  },
  {
    re: new RegExp(`^${DAY} ${MONTH} ( \\d|\\d{2}) ${TIME} (\\d{4})$`),
    parts: (m) => [Number(m[6]), MONTHS.indexOf(m[1]), Number(m[2]), +m[3], +m[4], +m[5]],
  },
];

function fullYear(twoDigits: number): number {
  const year = 2000 + twoDigits;
  return year > new Date().getUTCFullYear() + 50 ? year - 100 : year;
}

/**
 * `Retry-After` in milliseconds: delay-seconds or an HTTP-date (RFC 9110 §10.2.3). Anything else
 * (`-1`, `+1`, two values joined by a comma, a date in some other form) is treated as absent: a
 * lenient date parser reads such values as dates long past, which would mean "retry now".
 */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  for (const { re, parts } of HTTP_DATES) {
    const match = re.exec(trimmed);
    if (!match) continue;
    const [year, month, day, hours, minutes, seconds] = parts(match);
    const date = Date.UTC(year, month, day, hours, minutes, seconds);
    // Date.UTC rolls 31 Feb over into March: such a date is not one.
    if (new Date(date).getUTCDate() !== day || hours > 23 || minutes > 59 || seconds > 60) {
      return undefined;
    }
    return Math.max(0, date - now);
  }
  return undefined;
}

function flattenHeaders(headers: Dispatcher.ResponseData['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) {
    if (v === undefined) continue;
    out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * Names under `localhost` are loopback (RFC 6761 §6.3: resolvers should answer them so, as curl
 * and browsers do); k3d names its registries `k3d-NAME.localhost`. Other names go to the system.
 */
export function loopbackLookup(hostname: string, options: LookupOptions, callback: LookupCallback) {
  if (!isLocalhostName(hostname)) {
    (dnsLookup as (name: string, o: LookupOptions, cb: LookupCallback) => void)(
      hostname,
      options,
      callback,
    );
    return;
  }
  if (options.all) callback(null, [{ address: '127.0.0.1', family: 4 }]);
  else callback(null, '127.0.0.1', 4);
}

function createDispatcher(): Dispatcher {
  // Timeouts are set per request, from the operation's retry budget (see `send`).
  const options = {
    keepAliveTimeout: 30_000,
    connections: 32,
    connect: { lookup: loopbackLookup },
  };
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
    /** Aborts every request in flight and every wait between tries (a cancelled step). */
    readonly signal?: AbortSignal,
  ) {
    this.dispatcher = dispatcher ?? createDispatcher();
  }

  /**
   * One request, following redirects. `Authorization` goes only to the origin the request was
   * made for: a redirect to blob storage on another host is followed without it. No byte for the
   * idle timeout, before the headers or during the body, fails it (shorter when the operation's
   * budget ends sooner).
   */
  async send(req: HttpRequest, budget?: RetryBudget): Promise<HttpResponse> {
    const idle = idleTimeoutMs();
    const timeouts = budget?.tryTimeouts() ?? { headersTimeout: idle, bodyTimeout: idle };
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
        ...timeouts,
        signal: req.signal ?? this.signal,
      });
      const location = res.headers.location;
      if (res.statusCode >= 300 && res.statusCode < 400 && location && hop < CountLimit.redirects) {
        const next = new URL(Array.isArray(location) ? location[0] : location, url);
        // TLS is not given up half-way: a redirect from HTTPS to plain HTTP is refused.
        if (url.protocol === 'https:' && next.protocol !== 'https:') {
          await res.body.dump().catch(() => {});
          throw new RegistryError(
            `${url.origin} redirected to ${next.origin}, which is not HTTPS; refused`,
            res.statusCode,
          );
        }
        await res.body.dump().catch(() => {});
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
   * `send` with retries for dropped connections and the statuses DESIGN §6 names, drawing on the
   * operation's retry budget (a new one when the request is an operation of its own). A request
   * whose body is a stream is tried once: its bytes are gone after the first try. So is a chunk
   * of an upload (PATCH): the registry may have taken it before the connection dropped, and a
   * resent chunk would land at the wrong offset; the caller restarts the whole upload instead.
   * A retryable answer the budget allows no more tries for is returned, with `gaveUp` saying why.
   */
  sendWithRetry(req: HttpRequest): Promise<HttpResponse> {
    return withRetryBudget(async (budget) => {
      const once = !isReplayable(req) || req.method === 'PATCH';
      for (;;) {
        let res: HttpResponse;
        try {
          res = await this.send(req, budget);
        } catch (error) {
          if (once || !isNetworkError(error)) throw error;
          const next = budget.next();
          if ('stop' in next) throw new RetriesSpent(error, next.stop);
          this.onRetry(
            `${req.method} ${redactUrl(req.url)}: connection failed (${describe(error)}), retrying in ${next.waitMs} ms`,
          );
          await sleep(next.waitMs, this.signal);
          continue;
        }
        if (once || !isRetryableStatus(res.status)) return res;
        const next = budget.next(parseRetryAfter(res.headers['retry-after']));
        if ('stop' in next) return { ...res, gaveUp: next.stop };
        await res.body.dump().catch(() => {});
        this.onRetry(
          `${req.method} ${redactUrl(req.url)}: HTTP ${res.status}, retrying in ${next.waitMs} ms`,
        );
        await sleep(next.waitMs, this.signal);
      }
    }, this.retry);
  }

  async close(): Promise<void> {
    // Every response has been read by now: nothing is lost by not waiting for a graceful close.
    await this.dispatcher.destroy();
  }
}

/** A connection failure after which the operation's budget allows no more tries. */
export class RetriesSpent extends Error {
  override name = 'RetriesSpent';
  readonly code?: string;
  constructor(
    cause: unknown,
    readonly reason: string,
  ) {
    super(`${describe(cause)}; ${reason}`, { cause });
    this.code = (cause as { code?: string }).code;
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

/**
 * A body read whole, at most `limit` bytes. Past the limit the connection is dropped: `over`
 * says what the error is (a manifest too large), or, when absent, the start is kept and the rest
 * is dropped (an error body, read only for the registry's message).
 */
export async function readBounded(
  body: Readable,
  limit: number,
  over?: (limit: string) => Error,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const data = chunk as Buffer;
    if (size + data.length > limit) {
      chunks.push(data.subarray(0, limit - size));
      body.destroy();
      if (over) throw over(formatBytes(limit));
      return Buffer.concat(chunks);
    }
    chunks.push(data);
    size += data.length;
  }
  return Buffer.concat(chunks, size);
}

/** An error's reason in user words: undici's timeouts say what went silent and for how long. */
export function describe(error: unknown): string {
  if (error instanceof RetriesSpent) return error.message;
  const code = (error as { code?: string } | undefined)?.code;
  if (code === 'UND_ERR_HEADERS_TIMEOUT') return 'no answer came in time (headers timeout)';
  if (code === 'UND_ERR_BODY_TIMEOUT') return 'the answer stopped coming (body timeout)';
  if (error instanceof Error) {
    const code = (error as { code?: string }).code;
    return code ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}
