const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const LONG_DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = `(${MONTHS.join('|')})`;
const TIME = '(\\d{2}):(\\d{2}):(\\d{2})';
/** The three forms of HTTP-date (RFC 9110 §5.6.7): IMF-fixdate, RFC 850 and asctime. */
const HTTP_DATES: { re: RegExp; parts: (m: RegExpExecArray) => number[] }[] = [
  {
    re: new RegExp(`^${DAY}, (\\d{2}) ${MONTH} (\\d{4}) ${TIME} GMT$`),
    parts: (m) => [Number(m[3]), MONTHS.indexOf(m[2]), Number(m[1]), +m[4], +m[5], +m[6]],
  },
  {
    re: new RegExp(`^${LONG_DAY}, (\\d{2})-${MONTH}-(\\d{2}) ${TIME} GMT$`),
    // Two-digit years: the recipient's rule of RFC 9110 reads them within 50 years from now.
    parts: (m) => [fullYear(Number(m[3])), MONTHS.indexOf(m[2]), Number(m[1]), +m[4], +m[5], +m[6]],
  },
  {
    re: new RegExp(`^${DAY} ${MONTH} ( \\d|\\d{2}) ${TIME} (\\d{4})$`),
    parts: (m) => [Number(m[6]), MONTHS.indexOf(m[1]), Number(m[2]), +m[3], +m[4], +m[5]],
  },
];

function fullYear(twoDigits: number): number {
  const year = 2000 + twoDigits;
  return year > new Date().getUTCFullYear() + 50 ? year - 100 : year;
}

/**
 * `Retry-After` in milliseconds: delay-seconds or an HTTP-date (RFC 9110 §10.2.3). Anything else
 * (`-1`, `+1`, two values joined by a comma, a date in some other form) is treated as absent: a
 * lenient date parser reads such values as dates long past, which would mean "retry now".
 */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  for (const { re, parts } of HTTP_DATES) {
    const match = re.exec(trimmed);
    if (!match) continue;
    const [year, month, day, hours, minutes, seconds] = parts(match);
    const date = Date.UTC(year, month, day, hours, minutes, seconds);
    // Date.UTC rolls 31 Feb over into March: such a date is not one.
    if (new Date(date).getUTCDate() !== day || hours > 23 || minutes > 59 || seconds > 60) {
      return undefined;
    }
    return Math.max(0, date - now);
  }
  return undefined;
}
