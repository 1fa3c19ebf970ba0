import { setMaxListeners } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { UserError } from '../errors.js';

/**
 * A cancelled job (Ctrl-C, or the runner's SIGINT then SIGTERM): in-flight requests are aborted
 * through one signal, upload sessions are cancelled, no tag is written, temporary files go with
 * the unwinding step, and the process exits 130 (SIGINT) or 143 (SIGTERM) with one line saying
 * what was and was not done (DESIGN §7). A second signal exits at once.
 */

const controller = new AbortController();
// Every request in flight listens to it: a sync's many at once are no leak to warn of.
setMaxListeners(0, controller.signal);
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
  forwardToChildren(signal);
}

/**
 * A builder (docker, buildah) or credential helper this step runs stops with it: the signal goes
 * on to this process's own children, so a push under way does not finish and write its tags after
 * the cancel, and the step can unwind (its temporary auth files with it). A runner or a terminal
 * usually signals the whole tree; a plain `kill` of this process does not. Linux names a task's
 * children in /proc; elsewhere there is nothing to read and nothing is sent.
 */
export function forwardToChildren(signal: NodeJS.Signals): number {
  let sent = 0;
  let tasks: string[];
  try {
    tasks = readdirSync('/proc/self/task');
  } catch {
    return 0;
  }
  for (const task of tasks) {
    let children: string;
    try {
      children = readFileSync(`/proc/self/task/${task}/children`, 'utf8');
    } catch {
      continue;
    }
    for (const pid of children.split(/\s+/).filter(Boolean).map(Number)) {
      try {
        process.kill(pid, signal);
        sent++;
      } catch {
        // Gone already.
      }
    }
  }
  return sent;
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
