import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { RequestPace } from '../../../src/distribution/pace.js';
import { RegistrySession } from '../../../src/distribution/session.js';
import { parseRegistries } from '../../../src/credentials/registries-file.js';

afterEach(() => {
  jest.useRealTimers();
});

/** When each of `n` requests may go, in ms from the start (fake time). */
async function releaseTimes(pace: RequestPace, n: number): Promise<number[]> {
  const start = Date.now();
  const times: number[] = [];
  const all = Array.from({ length: n }, () =>
    pace.take().then(() => times.push(Date.now() - start)),
  );
  await jest.runAllTimersAsync();
  await Promise.all(all);
  return times.sort((a, b) => a - b);
}

describe('requests_per_second', () => {
  it('lets a second’s worth go at once, then one request per interval, in order', async () => {
    jest.useFakeTimers({ now: 1_000_000 });
    const times = await releaseTimes(new RequestPace(4), 10);
    expect(times).toEqual([0, 0, 0, 0, 250, 500, 750, 1000, 1250, 1500]);
  });

  it('below one a second: one at a time, spaced', async () => {
    jest.useFakeTimers({ now: 1_000_000 });
    expect(await releaseTimes(new RequestPace(0.5), 3)).toEqual([0, 2000, 4000]);
  });

  it('is read from the registries file and holds for every client of the host, the lowest rate winning', () => {
    const config = parseRegistries(
      `registries:
  - { name: a, domain: ghcr.io, requests_per_second: 30 }
  - { name: b, domain: ghcr.io, requests_per_second: 5 }
  - { name: c, domain: quay.io }
`,
      'registries.yml',
    );
    expect(config.integrations.map((i) => i.requestsPerSecond)).toEqual([30, 5, undefined]);
    const session = new RegistrySession();
    const endpoint = (label: string, host: string, requestsPerSecond?: number) => ({
      host,
      insecure: false,
      label,
      ...(requestsPerSecond ? { requestsPerSecond } : {}),
    });
    const anonymous = session.for(endpoint('ghcr.io (anonymous)', 'ghcr.io'));
    expect(anonymous.pace).toBeUndefined();
    const a = session.for(endpoint('a', 'ghcr.io', 30));
    expect(a.pace?.perSecond).toBe(30);
    // A client made before the rate was known keeps to it too.
    expect(anonymous.pace).toBe(a.pace);
    const b = session.for(endpoint('b', 'ghcr.io', 5));
    expect([a.pace, b.pace, anonymous.pace].map((p) => p?.perSecond)).toEqual([5, 5, 5]);
    expect(session.for(endpoint('c', 'quay.io')).pace).toBeUndefined();
    return session.close();
  });

  it('refuses a rate that is no positive number, naming the line and field', () => {
    expect(() =>
      parseRegistries(
        'registries:\n  - name: a\n    domain: ghcr.io\n    requests_per_second: 0\n',
        'registries.yml',
      ),
    ).toThrow('registries.yml line 4: registries[0].requests_per_second: must be > 0');
  });
});
