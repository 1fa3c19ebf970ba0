import { describe, expect, it } from '@jest/globals';
import { RegistryError, UserError } from '../../../src/errors.js';
import { workPostponing } from '../../../src/sync/postpone.js';

const limited = (retryAfterMs: number) =>
  new RegistryError('reg: HTTP 429', 429, 'TOOMANYREQUESTS', { retryAfterMs });

describe('postponing rate-limited items', () => {
  it('sets a 429 item aside for its Retry-After while the others take its slot', async () => {
    const order: string[] = [];
    let first = true;
    const result = await workPostponing(
      ['a', 'b', 'c'],
      async (item) => {
        order.push(item);
        if (item === 'a' && first) {
          first = false;
          throw limited(30);
        }
        return item.toUpperCase();
      },
      (item) => item,
      { concurrency: 1, log: (m) => order.push(m) },
    );
    expect(order).toEqual([
      'a',
      'a: rate-limited (HTTP 429); postponed for 30 ms while the others go on',
      'b',
      'c',
      'a',
    ]);
    expect([...result.done]).toEqual([
      ['b', 'B'],
      ['c', 'C'],
      ['a', 'A'],
    ]);
    expect(result.unfinished).toEqual([]);
  });

  it('gives up an item after its tries, or when the wait ends past the horizon; other failures at once', async () => {
    let tries = 0;
    const refused = new UserError('reg: HTTP 403 DENIED');
    const result = await workPostponing(
      ['again', 'far', 'refused'],
      async (item) => {
        if (item === 'again') {
          tries++;
          throw limited(1);
        }
        if (item === 'far') throw limited(60_000);
        throw refused;
      },
      (item) => item,
      { concurrency: 2, tries: 3, horizon: Date.now() + 10_000 },
    );
    expect(tries).toBe(3);
    expect(result.unfinished.map((u) => [u.item, u.error.message]).sort()).toEqual([
      ['again', 'reg: HTTP 429'],
      ['far', 'reg: HTTP 429'],
      ['refused', 'reg: HTTP 403 DENIED'],
    ]);
  });

  it('stops at a bug, which keeps its stack', async () => {
    await expect(
      workPostponing(
        [1],
        async () => {
          throw new TypeError('boom');
        },
        String,
        { concurrency: 1 },
      ),
    ).rejects.toThrow(TypeError);
  });
});
