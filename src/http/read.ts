import type { Readable } from 'node:stream';
import { formatBytes } from '../units.js';

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
