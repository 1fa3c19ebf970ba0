import { loopbackLookup } from './loopback.js';
import { Agent, EnvHttpProxyAgent, type Dispatcher } from './undici.js';

/**
 * A connection pool, through the proxy the environment names (HTTPS_PROXY, HTTP_PROXY, NO_PROXY,
 * either case), with names under `localhost` resolved to loopback. Every HTTP client of the
 * step makes its pool here, so a proxy is honoured the same way for registries and reports.
 * Timeouts are set per request, from the operation's retry budget.
 */
export function createDispatcher(
  env: NodeJS.ProcessEnv = process.env,
  pool: { keepAliveTimeout?: number; connections?: number } = {},
): Dispatcher {
  const options = { ...pool, connect: { lookup: loopbackLookup } };
  const proxied = env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy;
  return proxied
    ? new EnvHttpProxyAgent({
        ...options,
        httpProxy: env.HTTP_PROXY || env.http_proxy,
        httpsProxy: env.HTTPS_PROXY || env.https_proxy,
        noProxy: env.NO_PROXY || env.no_proxy,
      })
    : new Agent(options);
}
