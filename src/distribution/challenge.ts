/** `WWW-Authenticate` challenges as RFC 9110 §11.6.1 writes them: each scheme with its own parameters. */

/** The parts of a `WWW-Authenticate` challenge a registry client needs. */
export interface Challenge {
  scheme: 'basic' | 'bearer';
  params: Record<string, string>;
}

/** One challenge of a `WWW-Authenticate` header, of any scheme. */
interface AnyChallenge {
  scheme: string;
  params: Record<string, string>;
}

const TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
const PARAM_RE = new RegExp(`^(${TOKEN})\\s*=\\s*(?:"((?:[^"\\\\]|\\\\.)*)"|(${TOKEN}))\\s*$`);
const SCHEME_RE = new RegExp(`^(${TOKEN})(?:\\s+([\\s\\S]*))?$`);

/** Splits a header at the commas outside quoted strings. */
function splitList(header: string): string[] {
  const items: string[] = [];
  let item = '';
  let quoted = false;
  for (let i = 0; i < header.length; i++) {
    const c = header[i];
    if (quoted && c === '\\') {
      item += c + (header[++i] ?? '');
      continue;
    }
    if (c === '"') quoted = !quoted;
    if (c === ',' && !quoted) {
      items.push(item.trim());
      item = '';
      continue;
    }
    item += c;
  }
  items.push(item.trim());
  return items.filter(Boolean);
}

/**
 * Every challenge of a `WWW-Authenticate` header (RFC 9110 §11.6.1): `scheme param=value, …`, the
 * next challenge starting at the next scheme name. Each challenge keeps its own parameters, so
 * in `Bearer realm=A, X realm=B` the realm of Bearer stays A; a parameter named twice keeps its
 * first value.
 */
export function parseChallenges(header: string): AnyChallenge[] {
  const challenges: AnyChallenge[] = [];
  const addParam = (challenge: AnyChallenge | undefined, text: string): boolean => {
    const match = PARAM_RE.exec(text);
    if (!match) return false;
    const name = match[1].toLowerCase();
    if (challenge && !(name in challenge.params)) {
      challenge.params[name] = match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : match[3];
    }
    return true;
  };
  for (const item of splitList(header)) {
    if (addParam(challenges.at(-1), item)) continue;
    const match = SCHEME_RE.exec(item);
    if (!match) continue;
    const challenge: AnyChallenge = { scheme: match[1].toLowerCase(), params: {} };
    challenges.push(challenge);
    // What follows the scheme is its first parameter, or a token68 this client has no use for.
    if (match[2]) addParam(challenge, match[2].trim());
  }
  return challenges;
}

/** The challenge to answer: Bearer is preferred over Basic; other schemes are not spoken. */
export function parseChallenge(header: string | undefined): Challenge | undefined {
  if (!header) return undefined;
  const known = parseChallenges(header).filter(
    (c): c is Challenge => c.scheme === 'basic' || c.scheme === 'bearer',
  );
  return known.find((c) => c.scheme === 'bearer') ?? known[0];
}
