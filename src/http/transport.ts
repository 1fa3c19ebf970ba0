import type { Readable } from 'node:stream';
import { RegistryError } from '../errors.js';
import { createDispatcher } from './dispatcher.js';
import { describe, isNetworkError, RetriesSpent } from './errors.js';
import { CountLimit, DEFAULT_RETRY, idleTimeoutMs, type RetryPolicy } from './limits.js';
import { redactUrl } from './read.js';
import { parseRetryAfter } from './retry-after.js';
import { retrying, type RetryBudget } from './retry.js';
import type { Dispatcher } from './undici.js';

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

export function isRetryableStatus(status: number): boolean {
  return RETRY_STATUSES.has(status);
}

function flattenHeaders(headers: Dispatcher.ResponseData['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) {
    if (v === undefined) continue;
    out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

export interface TransportOptions {
  retry?: RetryPolicy;
  /** The pool to send through; a new one by default (see `createDispatcher`). */
  dispatcher?: Dispatcher;
  /** Where retries are told about, for debug logs. */
  onRetry?: (message: string) => void;
  /** Aborts every request in flight and every wait between tries (a cancelled step). */
  signal?: AbortSignal;
}

/** Counts what went over the wire, for the `stats` output and the benchmarks. */
export interface WireStats {
  requests: number;
}

export class Transport {
  readonly stats: WireStats = { requests: 0 };
  private dispatcher: Dispatcher;

  readonly retry: RetryPolicy;
  /** Aborts every request in flight and every wait between tries (a cancelled step). */
  readonly signal?: AbortSignal;
  private readonly onRetry: (message: string) => void;

  constructor({
    retry = DEFAULT_RETRY,
    dispatcher,
    onRetry = () => {},
    signal,
  }: TransportOptions = {}) {
    this.retry = retry;
    this.signal = signal;
    this.onRetry = onRetry;
    // One keep-alive pool for the step's registry requests.
    this.dispatcher =
      dispatcher ??
      createDispatcher(process.env, {
        keepAliveTimeout: 30_000,
        connections: 32,
      });
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
    const once = !isReplayable(req) || req.method === 'PATCH';
    return retrying(
      async (budget) => {
        const res = await this.send(req, budget);
        if (once || !isRetryableStatus(res.status)) return res;
        throw new RetryableAnswer(res);
      },
      {
        retryable: (error) =>
          error instanceof RetryableAnswer
            ? { retryAfterMs: parseRetryAfter(error.res.headers['retry-after']) }
            : !once && isNetworkError(error),
        exhausted: (error, stop) => {
          // The last answer is the caller's to read, with why no more tries were made.
          if (error instanceof RetryableAnswer) return { ...error.res, gaveUp: stop };
          throw new RetriesSpent(error, stop);
        },
        onRetry: async (error, waitMs) => {
          const where = `${req.method} ${redactUrl(req.url)}`;
          if (error instanceof RetryableAnswer) {
            await error.res.body.dump().catch(() => {});
            this.onRetry(`${where}: HTTP ${error.res.status}, retrying in ${waitMs} ms`);
          } else {
            this.onRetry(
              `${where}: connection failed (${describe(error)}), retrying in ${waitMs} ms`,
            );
          }
        },
        signal: this.signal,
        policy: this.retry,
      },
    );
  }

  async close(): Promise<void> {
    // Every response has been read by now: nothing is lost by not waiting for a graceful close.
    await this.dispatcher.destroy();
  }
}

/** An answer worth another try (429, 503, …), carried through the retry loop. */
class RetryableAnswer extends Error {
  constructor(readonly res: HttpResponse) {
    super(`HTTP ${res.status}`);
  }
}

/** Whether a request's body can be sent again: a stream's bytes are gone after the first try. */
export function isReplayable(req: HttpRequest): boolean {
  return req.body === undefined || typeof req.body === 'string' || Buffer.isBuffer(req.body);
}
