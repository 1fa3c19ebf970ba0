/** Go's zero time.Time, `0001-01-01T00:00:00Z`: what Go tools write when they know no time. */
const GO_ZERO_TIME = Date.parse('0001-01-01T00:00:00Z');

/**
 * A timestamp as UTC ISO 8601 (`2024-01-01T00:00:00.000Z`), or null when it cannot be read or
 * is Go's zero time, which means "unknown", not the year 1.
 */
export function isoTime(value: unknown): string | null {
  if (typeof value !== 'string' || !value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) || time === GO_ZERO_TIME ? null : new Date(time).toISOString();
}
