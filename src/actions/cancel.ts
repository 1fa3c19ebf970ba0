import { UserError } from '../errors.js';

/**
 * A cancelled job (Ctrl-C, or the runner's SIGINT then SIGTERM): in-flight requests are aborted
 * through one signal, upload sessions are cancelled, no tag is written, temporary files go with
 * the unwinding step, and the process exits 130 (SIGINT) or 143 (SIGTERM) with one line saying
 * what was and was not done (DESIGN §7). A second signal exits at once.
 */

const controller = new AbortController();
let received: NodeJS.Signals | undefined;

/** Aborted once the step is cancelled: every registry request of the process listens to it. */
export const cancelSignal: AbortSignal = controller.signal;

export function cancelledBy(): NodeJS.Signals | undefined {
  return received;
}

export function exitCodeFor(signal: NodeJS.Signals): number {
  return signal === 'SIGINT' ? 130 : 143;
}

/** The one line a cancelled step ends with; `detail` says what was done and what not. */
export class CancelledError extends UserError {
  override name = 'CancelledError';
  constructor(signal: NodeJS.Signals, detail: string) {
    super(`Cancelled by ${signal}: ${detail}`);
  }
}

function onSignal(signal: NodeJS.Signals): void {
  if (received) process.exit(exitCodeFor(received));
  received = signal;
  controller.abort(new CancelledError(signal, 'stopped'));
}

/** Listens for SIGINT and SIGTERM while a step runs; returns the function that stops listening. */
export function listenForCancel(): () => void {
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
}
