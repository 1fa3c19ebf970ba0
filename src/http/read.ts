import type { Readable } from 'node:stream';
import { formatBytes, formatDuration } from '../units.js';
import { idleTimeoutMs, retryPolicy } from './limits.js';
import { budgetRemaining } from './retry.js';

/** Upload URLs carry opaque state tokens; logs keep the path only. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return url;
  }
}

/** A body read whole that was still coming at its deadline: not retried, its time is spent. */
export class BodyTooSlow extends Error {
  override name = 'BodyTooSlow';
  constructor(readonly within: string) {
    super(`the answer was not read whole within ${within}, the retry budget left; refused`);
  }
}

/** How long a body read whole may take, and what the error says when it takes longer. */
export interface ReadDeadline {
  /** What is left of the operation's budget. */
  ms: number;
  late?: (within: string) => Error;
}

/**
 * A body read whole, at most `limit` bytes. Past the limit the connection is dropped: `over`
 * says what the error is (a manifest too large), or, when absent, the start is kept and the rest
 * is dropped (an error body, read only for the registry's message).
 *
 * The whole body has a deadline too, not only the idle timeout (which restarts at every byte: a
 * manifest sent one byte every 20 s would take hours): by default what is left of the running
 * operation's retry budget (DESIGN §6), at least a second; outside any operation, a whole budget.
 * Past it the connection is dropped and `deadline.late` says what was being read (else a
 * `BodyTooSlow`).
 */
export async function readBounded(
  body: Readable,
  limit: number,
  over?: (limit: string) => Error,
  deadline?: Partial<ReadDeadline>,
): Promise<Buffer> {
  const ms = Math.max(1000, deadline?.ms ?? budgetRemaining() ?? retryPolicy().budgetMs);
  const chunks: Buffer[] = [];
  let size = 0;
  let late: Error | undefined;
  let lastByteAt: number | undefined;
  const expire = () => {
    late = deadline?.late?.(formatDuration(ms)) ?? new BodyTooSlow(formatDuration(ms));
    body.destroy(late);
  };
  // A body that went silent is the idle timeout's to fail (it says so, and it is retried when
  // there is time): at the deadline, only one that is still dripping fails here; a silent one
  // gets one more idle timeout (and a second) before it fails here all the same.
  let timer = setTimeout(() => {
    if (lastByteAt !== undefined && Date.now() - lastByteAt < idleTimeoutMs()) return expire();
    timer = setTimeout(expire, idleTimeoutMs() + 1000);
  }, ms);
  try {
    for await (const chunk of body) {
      const data = chunk as Buffer;
      lastByteAt = Date.now();
      if (size + data.length > limit) {
        chunks.push(data.subarray(0, limit - size));
        body.destroy();
        if (over) throw over(formatBytes(limit));
        return Buffer.concat(chunks);
      }
      chunks.push(data);
      size += data.length;
    }
  } catch (error) {
    throw late ?? error;
  } finally {
    clearTimeout(timer);
  }
  if (late) throw late;
  return Buffer.concat(chunks, size);
}
