import { reportProgress, TransferProgress } from '../images/progress.js';
import type { ActionIO } from './io.js';

/** DESIGN §7: at least every 10 s; `IMAGE_ACTIONS_PROGRESS_SECONDS` sets it (tests shorten it). */
export const PROGRESS_SECONDS = 10;

export function progressIntervalMs(
  env: NodeJS.ProcessEnv,
  fallbackSeconds = PROGRESS_SECONDS,
): number {
  const value = Number(env.IMAGE_ACTIONS_PROGRESS_SECONDS);
  return Number.isFinite(value) && value > 0 ? value * 1000 : fallbackSeconds * 1000;
}

/**
 * Runs a transfer with its progress said through the host while it lasts: nothing for one shorter
 * than an interval, a line per interval for a longer one. The caller may pass the counter in, to
 * read it after a failure (what a cancelled step says it had done).
 */
export async function withProgress<T>(
  io: ActionIO,
  work: (progress: TransferProgress) => Promise<T>,
  progress = new TransferProgress(),
): Promise<T> {
  let said = false;
  const stop = reportProgress(
    progress,
    (line) => {
      said = true;
      io.progress.say(line);
    },
    io.progress.intervalMs,
  );
  try {
    return await work(progress);
  } finally {
    stop();
    if (said) io.progress.end();
  }
}
