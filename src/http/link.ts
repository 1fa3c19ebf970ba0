/** The `rel="next"` target of a `Link` header, resolved against the URL that answered. */
export function nextLink(header: string | undefined, base: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
    if (match && /\brel\s*=\s*"?next"?/i.test(match[2])) {
      const next = new URL(match[1], base);
      // A next page on another host would take this registry's token with it: refused.
      if (next.origin !== new URL(base).origin) return undefined;
      return next.toString();
    }
  }
  return undefined;
}
