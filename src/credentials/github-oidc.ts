import { UserError } from '../errors.js';
import { isLoopback } from '../http/loopback.js';
import { retrying } from '../http/retry.js';
import { maskSecret } from '../secrets.js';

/**
 * The GitHub Actions OIDC token of the job (what `core.getIDToken` fetches): the runner offers
 * it at `ACTIONS_ID_TOKEN_REQUEST_URL` to a job with `permissions: id-token: write`.
 */

const TIMEOUT_MS = 30_000;
const MAX_ANSWER_BYTES = 1024 * 1024;

/** The runner's endpoint is HTTPS; a loopback stand-in may be plain HTTP. */
function allowedUrl(url: URL): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.host));
}

async function readBounded(res: Response): Promise<string> {
  const reader = res.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > MAX_ANSWER_BYTES) {
      await reader.cancel();
      throw new Error(`an answer larger than ${MAX_ANSWER_BYTES} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The job's OIDC token for `audience`, masked. `where` names who needs it, for messages: without
 * the runner's variables the error says to grant `id-token: write`.
 */
export async function githubOidcToken(
  env: NodeJS.ProcessEnv,
  audience: string,
  where: string,
): Promise<string> {
  const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!requestUrl || !requestToken) {
    throw new UserError(
      `${where}: role_arn is assumed with the GitHub OIDC token, but ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set: give the job permissions: id-token: write (GitHub Actions only), or leave out role_arn and provide AWS credentials in the environment`,
    );
  }
  maskSecret(requestToken);
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    throw new UserError(`${where}: ACTIONS_ID_TOKEN_REQUEST_URL is not a URL`);
  }
  if (!allowedUrl(url)) {
    throw new UserError(`${where}: ACTIONS_ID_TOKEN_REQUEST_URL is not an HTTPS URL; refused`);
  }
  url.searchParams.set('audience', audience);
  // A try that fails for a reason worth another throws a Retry with that reason: tried again
  // with backoff within the step's retry budget (DESIGN §6), as every other request is.
  const { res, text } = await retrying(
    async () => {
      let res: Response;
      try {
        // No redirect is followed: the bearer token goes to the runner's endpoint only.
        res = await fetch(url, {
          headers: { authorization: `Bearer ${requestToken}`, accept: 'application/json' },
          redirect: 'error',
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
      } catch (error) {
        throw new Retry(`cannot reach it (${(error as Error).cause ?? (error as Error).message})`);
      }
      let text: string;
      try {
        text = await readBounded(res);
      } catch (error) {
        throw new Retry(`its answer could not be read (${(error as Error).message})`);
      }
      if (res.status >= 500) throw new Retry(`it answered HTTP ${res.status}`);
      return { res, text };
    },
    {
      retryable: (error) => error instanceof Retry,
      exhausted: (error, stop) => {
        throw new UserError(
          `${where}: cannot get the GitHub OIDC token: ${url.origin} ${(error as Error).message} (${stop})`,
        );
      },
    },
  );
  if (res.status !== 200) {
    throw new UserError(
      `${where}: the GitHub OIDC token endpoint answered HTTP ${res.status}; check that the job has permissions: id-token: write`,
    );
  }
  let value: unknown;
  try {
    value = (JSON.parse(text) as { value?: unknown }).value;
  } catch {
    value = undefined;
  }
  if (typeof value !== 'string' || !value) {
    throw new UserError(`${where}: the GitHub OIDC token endpoint sent no token`);
  }
  maskSecret(value);
  return value;
}

/** A try that failed for a reason worth another, said as the message will say it. */
class Retry extends Error {}
