/**
 * Secrets are registered here the moment they are read or minted. The GitHub runner masks what
 * `core.setSecret` announces; the CLI has no runner, so it redacts its own output with `redact`.
 */
type Masker = (secret: string) => void;

const known = new Set<string>();
let masker: Masker = () => {};

export function setSecretMasker(fn: Masker): void {
  masker = fn;
  for (const secret of known) fn(secret);
}

export function maskSecret(value: string | undefined): void {
  if (!value || known.has(value)) return;
  known.add(value);
  masker(value);
}

/**
 * Below this length a "secret" is too short to protect and redacting it would shred every word
 * that contains it (a password `p` would turn "copied" into "co***ied"); the runner is still told.
 */
const MIN_REDACTED_LENGTH = 4;

/** Replaces every registered secret in `text`; longest first so that no fragment survives. */
export function redact(text: string): string {
  let out = text;
  for (const secret of [...known].sort((a, b) => b.length - a.length)) {
    if (secret.length < MIN_REDACTED_LENGTH) continue;
    out = out.split(secret).join('***');
  }
  return out;
}
