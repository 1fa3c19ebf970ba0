/** What an image says it is, from an SBOM's operating system entry or its os-release file. */
export interface DistroFacts {
  /** os-release `ID` (debian, alpine, ubuntu), lower case. */
  id: string | null;
  /** os-release `VERSION_ID` (12, 3.20.3). */
  version_id: string | null;
  /** os-release `PRETTY_NAME` (Debian GNU/Linux 12 (bookworm)). */
  pretty_name: string | null;
  /** Where it was read: an attached SBOM, or the os-release file of a layer. */
  source: 'sbom' | 'os-release';
  /** The SBOM's manifest digest, or the layer the file was found in. */
  digest: string;
}

/** A value longer than this is no distribution's name: the rest is cut. */
const VALUE_LENGTH = 256;

/**
 * The fields of an os-release file (freedesktop.org os-release(5)): `KEY=value` lines, values
 * optionally quoted with `"` or `'`, backslash escapes inside double quotes, `#` comments. Only
 * what the report carries is kept; an unreadable line is passed over, as systemd does.
 */
export function parseOsRelease(text: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*([A-Z][A-Z0-9_]*)=(.*)$/.exec(line);
    if (!match) continue;
    const value = unquote(match[2].trim());
    if (value !== undefined) fields[match[1]] = value.slice(0, VALUE_LENGTH);
  }
  return fields;
}

function unquote(raw: string): string | undefined {
  if (raw.startsWith('"')) {
    const match = /^"((?:[^"\\]|\\.)*)"$/.exec(raw);
    return match ? match[1].replace(/\\(.)/g, '$1') : undefined;
  }
  if (raw.startsWith("'")) {
    const match = /^'([^']*)'$/.exec(raw);
    return match ? match[1] : undefined;
  }
  return /\s/.test(raw) ? undefined : raw;
}

/** The report's distro of an os-release file; null when it names nothing. */
export function distroOfOsRelease(text: string, digest: string): DistroFacts | null {
  const fields = parseOsRelease(text);
  const id = fields.ID ? fields.ID.toLowerCase() : null;
  const version = fields.VERSION_ID || null;
  const pretty = fields.PRETTY_NAME || fields.NAME || null;
  if (!id && !pretty) return null;
  return { id, version_id: version, pretty_name: pretty, source: 'os-release', digest };
}
