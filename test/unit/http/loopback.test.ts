import { describe, expect, it } from '@jest/globals';
import { isLoopback } from '../../../src/http/loopback.js';
import { createDispatcher } from '../../../src/http/dispatcher.js';
import { Agent, EnvHttpProxyAgent } from '../../../src/http/undici.js';

describe('one loopback rule', () => {
  // Four copies before: the OIDC one did not know names under localhost (k3d's registries).
  it.each([
    ['localhost', true],
    ['localhost:5000', true],
    ['k3d-registry.localhost:5000', true],
    ['127.0.0.1', true],
    ['127.8.9.10:443', true],
    ['[::1]:5000', true],
    ['localhost.example.com', false],
    ['128.0.0.1', false],
    ['registry.example.com', false],
    ['not a host', false],
  ])('%s → %s', (domain, loopback) => {
    expect(isLoopback(domain)).toBe(loopback);
  });
});

describe('one dispatcher for every HTTP client', () => {
  it('goes through the proxy the environment names, in either case', async () => {
    for (const env of [{ HTTPS_PROXY: 'http://proxy:3128' }, { http_proxy: 'http://proxy:3128' }]) {
      const dispatcher = createDispatcher(env);
      expect(dispatcher).toBeInstanceOf(EnvHttpProxyAgent);
      await dispatcher.close();
    }
  });

  it('connects directly without one', async () => {
    const dispatcher = createDispatcher({});
    expect(dispatcher).toBeInstanceOf(Agent);
    await dispatcher.close();
  });
});
