import { humanDuration, humanSize } from '../units.js';

/**
 * How far a transfer is: blobs and bytes done of what the plan found missing, the rate, and the
 * time left at that rate. The copy engine counts; whoever hosts it decides how often to say so.
 */
export class TransferProgress {
  blobsTotal = 0;
  blobsDone = 0;
  bytesTotal = 0;
  bytesDone = 0;
  readonly started: number;

  constructor(now = Date.now()) {
    this.started = now;
  }

  /** A blob that will move (or be mounted: no bytes). */
  planned(size: number): void {
    this.blobsTotal++;
    this.bytesTotal += size;
  }

  moved(bytes: number): void {
    this.bytesDone += bytes;
  }

  /** Bytes of a try that failed: they will move again. */
  unmoved(bytes: number): void {
    this.bytesDone -= bytes;
  }

  finished(): void {
    this.blobsDone++;
  }

  get idle(): boolean {
    return this.blobsTotal === 0 || this.blobsDone >= this.blobsTotal;
  }

  /** `3/8 blobs, 96.0 MB of 128.0 MB, 24.1 MB/s, about 1 s left`. */
  line(now = Date.now()): string {
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const rate = this.bytesDone / seconds;
    const left = this.bytesTotal - this.bytesDone;
    const eta = rate > 0 && left > 0 ? `, about ${humanDuration(left / rate)} left` : '';
    return `${this.blobsDone}/${this.blobsTotal} blobs, ${humanSize(this.bytesDone)} of ${humanSize(this.bytesTotal)}, ${humanSize(rate)}/s${eta}`;
  }
}

/**
 * Says the progress every `intervalMs` while blobs are moving; nothing for a transfer shorter
 * than one interval. The timer does not keep the process alive. Returns the stop function.
 */
export function reportProgress(
  progress: TransferProgress,
  say: (line: string) => void,
  intervalMs: number,
): () => void {
  const timer = setInterval(() => {
    if (!progress.idle) say(progress.line());
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
