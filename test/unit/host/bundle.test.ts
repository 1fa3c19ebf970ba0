import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * What every start of an action loads: its bundle's entry file. (Chunks load on demand: the
 * report's pull-request lookup brings @actions/github, with its own undici 6, only when asked.)
 */
function entryText(action: string): string {
  const dir = path.resolve('actions', action, 'dist');
  expect(readdirSync(dir)).toContain('index.js');
  return readFileSync(path.join(dir, 'index.js'), 'utf8');
}

// @actions/core's http-client gets undici's ProxyAgent from packages/undici-proxy-agent, not
// undici's index (docs/decisions.md): one undici in the bundle, and none of fetch's code.
describe('the action bundles', () => {
  it.each(['promote', 'build', 'push', 'login', 'report-image-info'])(
    '%s holds one undici, without its index',
    (action) => {
      const text = entryText(action);
      expect(text.match(/class ProxyAgent extends/g)?.length).toBe(1);
      expect(text.match(/class Agent extends DispatcherBase/g)?.length).toBe(1);
      expect(text).not.toContain('function fetchFinale');
      expect(text).not.toContain('class WebSocket extends');
    },
  );
});
