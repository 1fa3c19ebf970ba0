'use strict';
// @actions/http-client (under @actions/core) imports `{ ProxyAgent } from 'undici'`. undici's
// index also loads fetch, WebSocket, caches, mocks and cookies: ~40 ms at every start of a step
// on Node 24, for code that never runs. npm `overrides` point http-client's `undici` here; these
// requires resolve to the project's own undici (package.json pins it), so the bundle holds one
// copy. CommonJS, as undici is.
const DispatcherBase = require('undici/lib/dispatcher/dispatcher.js');
const api = require('undici/lib/api/index.js');
const ProxyAgent = require('undici/lib/dispatcher/proxy-agent.js');

// What undici's index does first: every dispatcher gets `request`, `stream`, `connect`…
Object.assign(DispatcherBase.prototype, api);

module.exports = { ProxyAgent };
