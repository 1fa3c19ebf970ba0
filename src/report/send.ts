import { randomUUID } from 'node:crypto';
import { UserError } from '../errors.js';
import { BodyLimit, type RetryPolicy } from '../http/limits.js';
import { retrying } from '../http/retry.js';
import { isNetworkError } from '../http/errors.js';
import { parseRetryAfter } from '../http/retry-after.js';
import { readBounded, redactUrl } from '../http/read.js';
import { createDispatcher } from '../http/dispatcher.js';
import type { Dispatcher } from '../http/undici.js';
import { redact } from '../secrets.js';

/** A report that could not be delivered: the step fails or warns, as `fail_on_error` says. */
export class DeliveryError extends UserError {
  override name = 'DeliveryError';
  constructor(
    message: string,
    readonly attempts: number,
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface SendOptions {
  /** Already checked by the caller: http(s), no credentials in it. */
  endpoint: URL;
  /** Sent as `Authorization: Bearer`; the caller has masked it. */
  token?: string;
  /** Per attempt: connecting, sending and reading the answer. */
  timeoutMs: number;
  retry?: RetryPolicy;
  /** The same for every attempt of one report, so the receiver can drop repeats. */
  idempotencyKey?: string;
  env?: NodeJS.ProcessEnv;
  debug?: (message: string) => void;
  dispatcher?: Dispatcher;
}

export interface Delivery {
  /** The endpoint without query string or fragment, for messages and summaries. */
  endpoint: string;
  status: number;
  attempts: number;
  idempotencyKey: string;
}

/** The start of an answer's body in messages: enough to see the receiver's error. */
const BODY_EXCERPT = 300;

/**
 * Answers worth another try: 408 and 429 (the receiver asks to come back), and any 5xx but
 * 501 Not Implemented and 505 HTTP Version Not Supported, which say the request itself will never
 * be served. Wider than the registry's list (src/http/transport.ts): a reporting endpoint is often
 * behind a proxy or CDN answering 507, 520, 522 or 524 for a passing failure.
 */
export function isRetryableReportStatus(status: number): boolean {
  if (status === 408 || status === 429) return true;
  return status >= 500 && status <= 599 && status !== 501 && status !== 505;
}

/** The endpoint as messages name it: origin and path, never the query (which may carry a key). */
export function describeEndpoint(endpoint: URL): string {
  return redactUrl(endpoint.toString());
}

/**
 * POSTs the report as JSON. 2xx is success. 408, 429, 5xx (but 501 and 505), dropped
 * connections and timeouts are tried again, after the answer's Retry-After if any, else with
 * backoff and jitter, within one retry budget (`retry.tries` attempts and its time; a
 * Retry-After beyond it fails at once); other answers (a 401, a 422, a redirect) fail at once.
 * Redirects are not followed: the token would go to wherever they point, and a 307 re-POST is
 * not something a report should rely on.
 */
export async function sendReport(body: string, options: SendOptions): Promise<Delivery> {
  const idempotencyKey = options.idempotencyKey ?? randomUUID();
  const endpoint = describeEndpoint(options.endpoint);
  const debug = options.debug ?? (() => {});
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/json, */*;q=0.5',
    'idempotency-key': idempotencyKey,
    'user-agent': 'image-actions/report-image-info',
    ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
  };
  const dispatcher = options.dispatcher ?? createDispatcher(options.env ?? process.env);
  /** The step's failure for an attempt that did not deliver; `stop` when the budget said so. */
  const failed = ({ outcome, attempt }: Undelivered, next?: { stop: string }) =>
    outcome.kind === 'answer'
      ? new DeliveryError(
          `Reporting to ${endpoint} failed: HTTP ${outcome.status}${hint(outcome, options.endpoint)}${excerpt(outcome.body)}${tries(attempt, next)}`,
          attempt,
          outcome.status,
        )
      : new DeliveryError(
          `Reporting to ${endpoint} failed: ${outcome.reason}${tries(attempt, next)}`,
          attempt,
        );
  try {
    return await retrying(
      async (_budget, attempt) => {
        const outcome = await attemptOnce(
          options.endpoint,
          body,
          headers,
          options.timeoutMs,
          dispatcher,
        );
        if (outcome.kind === 'answer' && outcome.status >= 200 && outcome.status < 300) {
          return { endpoint, status: outcome.status, attempts: attempt, idempotencyKey };
        }
        throw new Undelivered(outcome, attempt);
      },
      {
        retryable: (error) => {
          if (!(error instanceof Undelivered)) return false;
          const { outcome } = error;
          if (outcome.kind !== 'answer') return outcome.retryable;
          return (
            isRetryableReportStatus(outcome.status) && {
              retryAfterMs: parseRetryAfter(outcome.retryAfter),
            }
          );
        },
        exhausted: (error, stop) => {
          throw failed(error as Undelivered, { stop });
        },
        onRetry: (error, waitMs) => {
          const { outcome } = error as Undelivered;
          const what = outcome.kind === 'answer' ? `HTTP ${outcome.status}` : outcome.reason;
          debug(`POST ${endpoint}: ${what}, retrying in ${waitMs} ms`);
        },
        policy: options.retry,
      },
    );
  } catch (error) {
    throw error instanceof Undelivered ? failed(error) : error;
  } finally {
    if (!options.dispatcher) await dispatcher.close().catch(() => {});
  }
}

interface Answer {
  kind: 'answer';
  status: number;
  body: string;
  retryAfter?: string;
  location?: string;
}

type Outcome = Answer | { kind: 'failure'; reason: string; retryable: boolean };

/** An attempt that did not deliver, carried through the retry loop. */
class Undelivered extends Error {
  constructor(
    readonly outcome: Outcome,
    readonly attempt: number,
  ) {
    super('not delivered');
  }
}

async function attemptOnce(
  endpoint: URL,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number,
  dispatcher: Dispatcher,
): Promise<Outcome> {
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const res = await dispatcher.request({
      origin: endpoint.origin,
      path: `${endpoint.pathname}${endpoint.search}`,
      method: 'POST',
      headers,
      body,
      signal,
    });
    // Only a failure's answer is read, for its message, and at most 1 MiB of it: a receiver
    // that answers without end holds neither the memory nor (past its timeout) the step.
    const ok = res.statusCode >= 200 && res.statusCode < 300;
    const text = ok
      ? (await res.body.dump().catch(() => {}), '')
      : (
          await readBounded(res.body, BodyLimit.reportAnswer, (max) => new AnswerTooLarge(max))
        ).toString('utf8');
    return {
      kind: 'answer',
      status: res.statusCode,
      body: text,
      retryAfter: firstHeader(res.headers['retry-after']),
      location: firstHeader(res.headers.location),
    };
  } catch (error) {
    if (error instanceof AnswerTooLarge) {
      return { kind: 'failure', reason: error.message, retryable: false };
    }
    if (signal.aborted) {
      return {
        kind: 'failure',
        reason: `no answer within ${timeoutMs / 1000} s (timeout_seconds)`,
        retryable: true,
      };
    }
    return { kind: 'failure', reason: reasonOf(error), retryable: isNetworkError(error) };
  }
}

/** An answer past the limit: the endpoint is broken, not busy, so it is not tried again. */
class AnswerTooLarge extends Error {
  constructor(limit: string) {
    super(`it answered with more than ${limit} (the limit for an answer); not read further`);
  }
}

/** What went wrong, read by shape: errors from Node's sockets need not be this realm's Error. */
function reasonOf(error: unknown): string {
  const { code, message, errors } = (error ?? {}) as {
    code?: unknown;
    message?: unknown;
    errors?: unknown[];
  };
  if (!message && Array.isArray(errors) && errors.length) return reasonOf(errors[0]);
  const text = typeof message === 'string' && message ? message : String(error);
  return typeof code === 'string' && !text.includes(code) ? `${code}: ${text}` : text;
}

function firstHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function hint({ status, location }: Answer, endpoint: URL): string {
  if (status === 401 || status === 403) return ' (the endpoint did not accept the token)';
  if (status >= 300 && status < 400) {
    const target = location ? redirectTarget(location, endpoint) : undefined;
    return ` (a redirect${target ? ` to ${target}` : ''}: redirects are not followed, so that the report and its token go only where endpoint says; set endpoint to the final address)`;
  }
  return '';
}

/** Where a redirect points, shown without its query, like the endpoint: it may carry a key. */
function redirectTarget(location: string, endpoint: URL): string | undefined {
  try {
    return redact(redactUrl(new URL(location, endpoint).toString()));
  } catch {
    return undefined;
  }
}

function excerpt(body: string): string {
  const oneLine = body.replace(/\s+/g, ' ').trim();
  if (!oneLine) return '';
  const clipped = oneLine.length > BODY_EXCERPT ? `${oneLine.slice(0, BODY_EXCERPT)}…` : oneLine;
  // A receiver may echo what it was sent; the token must not come back through the message.
  return `: ${redact(clipped)}`;
}

/**
 * How many attempts were made, and why no more when it was not for the count of them (`next`,
 * the budget's last word: a Retry-After beyond it, its time spent).
 */
function tries(attempts: number, next?: { stop: string } | { waitMs: number }): string {
  const why = next && 'stop' in next && !next.stop.endsWith(' tries') ? `; ${next.stop}` : '';
  if (attempts === 1 && !why) return '';
  return ` (after ${attempts} attempt${attempts > 1 ? 's' : ''}${why})`;
}
