import { isUserError } from '../errors.js';
import { redact } from '../secrets.js';
import type { ActionIO } from './io.js';

export type Action = (io: ActionIO) => Promise<void>;

/**
 * The one wrapper every action runs in: user errors fail the step with their message alone,
 * bugs keep their stack so they can be reported. Returns false when the action failed.
 */
export async function runAction(action: Action, io: ActionIO): Promise<boolean> {
  try {
    await action(io);
    return true;
  } catch (error) {
    if (isUserError(error)) {
      io.setFailed(redact(error.message));
    } else if (error instanceof Error) {
      io.setFailed(redact(error.stack ?? error.message));
    } else {
      io.setFailed(redact(String(error)));
    }
    return false;
  }
}
