import { Transform, type Readable } from 'node:stream';
import { BodyLimit, idleTimeoutMs, retryPolicy } from '../http/limits.js';
import { formatBytes, formatDuration } from '../units.js';

/**
 * How the AWS SDK's clients (ECR, STS, KMS) talk HTTP, bounded as the registry client is
 * (DESIGN §6): the endpoint (`AWS_ENDPOINT_URL`, a proxy) is not ours, and the SDK on its own
 * waits for ever: its `requestTimeout` only logs a warning unless told to throw and ends with the
 * answer's headers, and it reads a body of any size whole. So: no byte for the idle timeout fails the try
 * (waiting for the answer or during its body), a whole call — the SDK's own retries included —
 * ends with the retry budget of a registry operation, and an answer past its limit is cut off.
 */

/** What every AWS client of the step is made with; the handler is made by `awsRequestHandler`. */
export async function awsClientOptions(service: AwsService) {
  return { maxAttempts: 3, requestHandler: await awsRequestHandler(service) };
}

export type AwsService = 'ECR' | 'STS' | 'KMS';

/** Marks the errors this module's bounds end a call with: their messages are the user's. */
const BOUND = Symbol('an AWS bound ended the call');

/** A body cut off at its limit. */
class AwsAnswerTooLarge extends Error {
  override name = 'AnswerTooLarge';
}

/**
 * A `NodeHttpHandler` that throws on its timeouts, and whose answers' bodies are cut off past
 * `BodyLimit.awsAnswer`. Loaded when a client is made, as the SDK is: other steps do not pay.
 */
async function awsRequestHandler(service: AwsService) {
  const { NodeHttpHandler } = await import('@smithy/node-http-handler');
  const idle = idleTimeoutMs();
  class BoundedHandler extends NodeHttpHandler {
    override async handle(...args: Parameters<InstanceType<typeof NodeHttpHandler>['handle']>) {
      let answer;
      try {
        answer = await super.handle(...args);
      } catch (error) {
        throw sayTimeout(error, service, idle);
      }
      const body = answer.response.body as Readable | undefined;
      if (body && typeof body.pipe === 'function') {
        answer.response.body = limitBody(body, BodyLimit.awsAnswer, service, idle);
      }
      return answer;
    }
  }
  return new BoundedHandler({
    connectionTimeout: Math.min(10_000, idle),
    // Until the answer's headers: throwing, not only warning.
    requestTimeout: idle,
    throwOnRequestTimeout: true,
    // No byte for this long, the body included.
    socketTimeout: idle,
  });
}

/**
 * The handler's timeouts in user words. The error stays a `TimeoutError`, which the SDK retries
 * (within the call's deadline), and is marked as a bound's for `awsBoundFailure`.
 */
function sayTimeout(error: unknown, service: AwsService, idleMs: number): unknown {
  if ((error as Error | undefined)?.name !== 'TimeoutError') return error;
  return Object.assign(error as Error, {
    message: `${service} sent nothing for ${formatDuration(idleMs)}`,
    [BOUND]: true,
  });
}

/** `name: message` of an error a bound of this module ended the call with, else undefined. */
export function awsBoundFailure(error: unknown): string | undefined {
  if (!error || typeof error !== 'object' || !(BOUND in error)) return undefined;
  const { name, message } = error as unknown as Error;
  return `${name}: ${String(message).split('\n')[0]}`;
}

/** `body`, ended with an error (and its connection closed) once more than `limit` bytes came. */
function limitBody(body: Readable, limit: number, service: AwsService, idleMs: number): Readable {
  let seen = 0;
  const counted = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      if (seen > limit) {
        body.destroy();
        done(
          Object.assign(
            new AwsAnswerTooLarge(`the ${service} answer is larger than ${formatBytes(limit)}`),
            { [BOUND]: true },
          ),
        );
        return;
      }
      done(null, chunk);
    },
  });
  body.on('error', (error) => counted.destroy(sayTimeout(error, service, idleMs) as Error));
  counted.on('close', () => body.destroy());
  return body.pipe(counted);
}

/**
 * One AWS call (`send`, given the signal to pass to `client.send`), within the retry budget of a
 * registry operation for the whole of it, the SDK's retries included: a drip of one byte every
 * few seconds never trips an idle timeout. The deadline's error says so in user words.
 */
export async function withinAwsDeadline<T>(
  service: AwsService,
  send: (abortSignal: AbortSignal) => Promise<T>,
): Promise<T> {
  const { budgetMs } = retryPolicy();
  const deadline = AbortSignal.timeout(budgetMs);
  const late = () =>
    Object.assign(
      new Error(`${service} gave no complete answer within ${formatDuration(budgetMs)}`),
      { name: 'TimeoutError', [BOUND]: true },
    );
  // The signal ends what the handler does; the SDK's default credential chain (instance or
  // container credentials) does not take it, so the call is not waited for past the deadline.
  const expired = new Promise<never>((_resolve, reject) =>
    deadline.addEventListener('abort', () => reject(late()), { once: true }),
  );
  try {
    return await Promise.race([send(deadline), expired]);
  } catch (error) {
    if (deadline.aborted) throw late();
    throw error;
  }
}
