import { formatBytes } from '../units.js';

/**
 * A `fetch` whose answers' bodies end with an error past `limit` bytes (DESIGN §6: every body
 * from outside is read within a limit, whoever reads it). For clients that read bodies whole on
 * their own and take a `fetch` (Octokit): without it, an endpoint that answers without end fills
 * the step's memory. The connection is dropped at the limit; `service` names who answered.
 */
export interface BoundedFetch {
  fetch: typeof fetch;
  /**
   * The error an answer ended with at the limit, once one did. Octokit swallows a body's error
   * (it hands on what text it got, or none): its caller asks here afterwards.
   */
  overLimit?: Error;
}

export function boundedFetch(inner: typeof fetch, limit: number, service: string): BoundedFetch {
  const bounded: BoundedFetch = {
    fetch: async (input, init) => {
      const answer = await inner(input, init);
      if (!answer.body) return answer;
      let seen = 0;
      const counted = answer.body.pipeThrough(
        new TransformStream<Uint8Array, Uint8Array>({
          transform(chunk, controller) {
            seen += chunk.byteLength;
            // Erroring the transform cancels the source: the connection is closed, not drained.
            if (seen > limit) {
              bounded.overLimit = new Error(
                `the ${service} answer is larger than ${formatBytes(limit)}`,
              );
              controller.error(bounded.overLimit);
            } else {
              controller.enqueue(chunk);
            }
          },
        }),
      );
      const response = new Response(counted, {
        status: answer.status,
        statusText: answer.statusText,
        headers: answer.headers,
      });
      // A constructed Response has no URL; clients name the request by it.
      Object.defineProperty(response, 'url', { value: answer.url });
      return response;
    },
  };
  return bounded;
}
