import { escapeLogText } from '../log-text.js';

/** What a registry says went wrong, in its error body (distribution spec, "Error Codes"). */

/** The registry's own JSON error, `: CODE: message`, or the start of a plain body. */
export function registryMessage(body: string): string {
  const errors = parseRegistryErrors(body);
  if (errors.length) {
    return `: ${escapeLogText(errors.map((e) => `${e.code}: ${e.message}`).join('; '))}`;
  }
  const text = body.trim().slice(0, 200);
  return text && !text.startsWith('<') ? `: ${escapeLogText(text)}` : '';
}

export function parseRegistryErrors(body: string): { code: string; message: string }[] {
  try {
    const parsed = JSON.parse(body) as {
      errors?: { code?: string; message?: string }[];
      details?: string;
    };
    if (Array.isArray(parsed.errors)) {
      // Each entry as sent may be anything: only strings are taken from it.
      return parsed.errors.map((e) => ({
        code: typeof e?.code === 'string' ? e.code : 'UNKNOWN',
        message: typeof e?.message === 'string' ? e.message : '',
      }));
    }
    if (typeof parsed.details === 'string') return [{ code: 'ERROR', message: parsed.details }];
  } catch {
    /* not JSON */
  }
  return [];
}
