import { RegistrySession } from '../distribution/session.js';
import { cancelSignal } from './cancel.js';
import type { ActionIO } from './io.js';

/** The step's registry session: retries said at debug level, every request cancelled with the step. */
export function openSession(io: ActionIO): RegistrySession {
  return new RegistrySession({ debug: (m) => io.debug(m), signal: cancelSignal });
}
