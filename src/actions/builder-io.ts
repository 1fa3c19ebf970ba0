import type { BuilderIO } from '../builders/types.js';
import type { ActionIO } from '../host/io.js';

/** How builders talk to the step: their output goes to the log. */
export function builderIO(io: ActionIO): BuilderIO {
  return { env: io.env, log: (line) => io.info(line), warn: (m) => io.warning(m) };
}
