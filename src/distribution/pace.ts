import { sleep } from '../http/retry.js';

/**
 * A registry's request rate, as its integration caps it (`requests_per_second`, DESIGN §9): GHCR
 * allows 2000 requests a minute, Docker Hub counts pulls. A token bucket that holds one second's
 * worth, so a step that idles may send a short burst, and a long run keeps to the rate on
 * average. Each request takes its turn when it is made: waits are handed out in order.
 */
export class RequestPace {
  private readonly intervalMs: number;
  /** Requests that may go at once after a pause. */
  private readonly burst: number;
  /** When the bucket would be full again if no more requests came (GCRA's arrival time). */
  private due = 0;

  constructor(readonly perSecond: number) {
    this.intervalMs = 1000 / perSecond;
    this.burst = Math.max(1, Math.floor(perSecond));
  }

  /** Waits, if need be, until this request may go. */
  take(signal?: AbortSignal): Promise<void> {
    const now = Date.now();
    this.due = Math.max(this.due, now);
    const wait = this.due - now - (this.burst - 1) * this.intervalMs;
    this.due += this.intervalMs;
    return wait > 0 ? sleep(wait, signal) : Promise.resolve();
  }
}
