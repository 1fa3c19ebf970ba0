/**
 * The parts of undici this project uses: a pooled Agent (or the environment's proxy agent) and
 * its errors. undici's index also loads fetch, WebSocket, caches, mocks and cookies (whose module
 * even wakes Node's own copy of undici): some 70 ms of loading at every start of a step, for code
 * that never runs. undici's version is pinned in package.json; the tests run every request,
 * through a proxy too, over these imports.
 */
import type { Dispatcher } from 'undici';
import DispatcherBase from 'undici/lib/dispatcher/dispatcher.js';
import api from 'undici/lib/api/index.js';
import Agent from 'undici/lib/dispatcher/agent.js';
import EnvHttpProxyAgent from 'undici/lib/dispatcher/env-http-proxy-agent.js';
import errors from 'undici/lib/core/errors.js';

// What undici's index does first: every dispatcher gets `request`, `stream`, `connect`… (a proxy
// agent opens its tunnels with `connect`).
Object.assign(DispatcherBase.prototype, api);

export { Agent, EnvHttpProxyAgent, errors };
export type { Dispatcher };
