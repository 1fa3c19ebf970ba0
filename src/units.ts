/**
 * Sizes and durations in words, two ways on purpose: a limit is said exactly, in binary units
 * (`4 MiB`, `60 s`: `formatBytes`, `formatDuration`), since a user sets or compares it; what moved
 * or how big an image is, in decimal units as `docker images` and registries show them (`21.3 MB`,
 * `2 min 5 s`: `humanSize`, `humanDuration`), in summaries and progress lines.
 */

export const KiB = 1024;
export const MiB = 1024 * KiB;

/** A byte count as messages say it: `4 MiB`, `64 KiB`. */
export function formatBytes(bytes: number): string {
  if (bytes >= MiB && bytes % MiB === 0) return `${bytes / MiB} MiB`;
  if (bytes >= KiB && bytes % KiB === 0) return `${bytes / KiB} KiB`;
  return `${bytes} bytes`;
}

/** A duration as messages say it: `5 minutes`, `60 s`, `800 ms`. */
export function formatDuration(ms: number): string {
  if (ms >= 60_000 && ms % 60_000 === 0) return `${ms / 60_000} minute${ms === 60_000 ? '' : 's'}`;
  if (ms >= 1000) return `${Math.round(ms / 100) / 10} s`;
  return `${ms} ms`;
}

/** Bytes in decimal units, as `docker images` and registries show them. */
export function humanSize(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = Math.max(0, bytes);
  let unit = 0;
  // 999,999 bytes show as 1.00 MB, not 1000.0 kB.
  while (unit < units.length - 1 && Number(value.toFixed(value < 10 ? 2 : 1)) >= 1000) {
    value /= 1000;
    unit++;
  }
  return unit === 0
    ? `${Math.round(value)} B`
    : `${value.toFixed(value < 10 ? 2 : 1)} ${units[unit]}`;
}

/** `42 s`, `2 min 5 s`, `1 h 2 min`. */
export function humanDuration(seconds: number): string {
  if (seconds < 60) return `${Math.max(1, Math.round(seconds))} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${Math.round(seconds % 60)} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
