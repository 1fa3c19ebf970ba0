/**
 * An archive named the way skopeo names them, where a registry reference could stand (a
 * candidate): `oci-archive:PATH[:REF]`, `oci:DIR[:REF]`, `docker-archive:PATH[:NAME:TAG]`. The
 * path ends at the first `:` after the transport, as in skopeo; REF picks one image where the
 * archive holds several.
 */
export interface ArchiveLocation {
  transport: 'oci-archive' | 'oci' | 'docker-archive';
  path: string;
  ref?: string;
}

const TRANSPORTS = ['oci-archive', 'oci', 'docker-archive'] as const;

/** The archive a candidate names, or undefined when it is a registry reference. */
export function parseArchiveLocation(text: string): ArchiveLocation | undefined {
  const trimmed = text.trim();
  for (const transport of TRANSPORTS) {
    const prefix = `${transport}:`;
    if (!trimmed.startsWith(prefix)) continue;
    const rest = trimmed.slice(prefix.length);
    const colon = rest.indexOf(':');
    const path = colon < 0 ? rest : rest.slice(0, colon);
    const ref = colon < 0 ? undefined : rest.slice(colon + 1) || undefined;
    return { transport, path, ...(ref ? { ref } : {}) };
  }
  return undefined;
}

/** How messages and outputs write it back. */
export function formatArchiveLocation(location: ArchiveLocation): string {
  return `${location.transport}:${location.path}${location.ref ? `:${location.ref}` : ''}`;
}
