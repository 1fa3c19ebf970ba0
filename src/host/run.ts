import { FileError, isUserError } from '../errors.js';
import { redact } from '../secrets.js';
import { CancelledError, cancelledBy, exitCodeFor, listenForCancel } from './cancel.js';
import type { ActionIO } from './io.js';

export type Action = (io: ActionIO) => Promise<void>;

/**
 * The one wrapper every action runs in: user errors fail the step with their message alone,
 * bugs keep their stack so they can be reported. A step cancelled by SIGINT/SIGTERM unwinds
 * (its temporary files go with it) and fails with one line. Returns false when the action failed.
 */
export async function runAction(action: Action, io: ActionIO): Promise<boolean> {
  const stopListening = listenForCancel();
  try {
    await action(io);
    return true;
  } catch (error) {
    const signal = cancelledBy();
    if (signal && !(error instanceof CancelledError)) {
      // Whatever the abort broke off, the line says it was a cancel, not a fault.
      io.setFailed(redact(new CancelledError(signal, 'stopped before it finished').message));
    } else if (error instanceof FileError) {
      io.setFailed(
        redact(error.message),
        error.locations.map((l) => ({ ...l, message: redact(l.message) })),
      );
    } else if (isUserError(error)) {
      io.setFailed(redact(error.message));
    } else if (error instanceof Error) {
      io.setFailed(redact(error.stack ?? error.message));
    } else {
      io.setFailed(redact(String(error)));
    }
    return false;
  } finally {
    stopListening();
  }
}

/**
 * For a process's entry point: a cancelled step exits 130 (SIGINT) or 143 (SIGTERM). Its output
 * is let drain first; should anything still hold the process, it goes two seconds later.
 */
export function exitIfCancelled(): void {
  const signal = cancelledBy();
  if (!signal) return;
  process.exitCode = exitCodeFor(signal);
  setTimeout(() => process.exit(exitCodeFor(signal)), 2_000).unref();
}
