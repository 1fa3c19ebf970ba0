import type { Readable } from 'node:stream';
import { RegistryError } from '../../errors.js';
import { formatDuration } from '../../units.js';

/**
 * One deadline for everything read of an image's contents (attachments and layers). The
 * transport fails a body that goes silent, not one that trickles: a registry sending a byte a
 * second could otherwise hold the step for as long as a 32 MiB document or a 64 MiB layer takes.
 */
export class ReadDeadline {
  private readonly at: number;

  constructor(private readonly ms: number) {
    this.at = Date.now() + ms;
  }

  /**
   * The stream, destroyed if it is still open at the deadline with an error naming `what` (a
   * registry's failure, warned of like a refusal).
   */
  guard<T extends Readable>(stream: T, what: string): T {
    const timer = setTimeout(
      () =>
        stream.destroy(
          new RegistryError(
            `${what} was not read within ${formatDuration(this.ms)}: not read further`,
            0,
            'TIMEOUT',
          ),
        ),
      Math.max(0, this.at - Date.now()),
    );
    timer.unref();
    stream.once('close', () => clearTimeout(timer));
    return stream;
  }
}
