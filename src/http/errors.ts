import { errors as undiciErrors } from './undici.js';

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
