import { describe, expect, it } from '@jest/globals';
import { StepCache } from '../../../src/credentials/step-cache.js';

/** A token that lives until `expiresAt`, on a clock the test moves. */
function setup() {
  const clock = { now: 1_000_000 };
  let minted = 0;
  const cache = new StepCache<{ n: number; expiresAt: number }>(
    (t) => t.expiresAt - 100,
    () => clock.now,
  );
  const mint = (lifetime: number) => async () => ({ n: ++minted, expiresAt: clock.now + lifetime });
  return { clock, cache, mint, minted: () => minted };
}

describe('StepCache', () => {
  it('keeps a value for its step until shortly before it expires, then mints anew', async () => {
    const { clock, cache, mint } = setup();
    const step = {};
    expect((await cache.get(step, 'ecr', mint(1000))).n).toBe(1);
    clock.now += 800;
    expect((await cache.get(step, 'ecr', mint(1000))).n).toBe(1);
    clock.now += 150; // within the margin of expiry
    expect((await cache.get(step, 'ecr', mint(1000))).n).toBe(2);
  });

  it('never keeps a value that is already expired when it arrives: each request mints its own, once', async () => {
    const { cache, mint, minted } = setup();
    const step = {};
    // moto's ECR tokens expired in 2015.
    expect((await cache.get(step, 'ecr', mint(-1e9))).n).toBe(1);
    expect((await cache.get(step, 'ecr', mint(-1e9))).n).toBe(2);
    expect(minted()).toBe(2);
  });

  it('shares one mint among concurrent callers, keeps steps and keys apart, forgets failures', async () => {
    const { cache, mint, minted } = setup();
    const step = {};
    const [a, b] = await Promise.all([
      cache.get(step, 'ecr', mint(1000)),
      cache.get(step, 'ecr', mint(1000)),
    ]);
    expect(a).toBe(b);
    expect((await cache.get({}, 'ecr', mint(1000))).n).toBe(2);
    expect((await cache.get(step, 'other', mint(1000))).n).toBe(3);
    await expect(
      cache.get(step, 'bad', () => Promise.reject(new Error('refused'))),
    ).rejects.toThrow();
    expect((await cache.get(step, 'bad', mint(1000))).n).toBe(4);
    expect(minted()).toBe(4);
  });
});
