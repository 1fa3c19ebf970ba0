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

/** Lines of a multi-line secret shorter than this (`{`, `}`) give nothing away alone. */
const MIN_SECRET_LINE_LENGTH = 8;

/**
 * Registers a secret. A multi-line one (a JSON key file as a password) is registered line by
 * line too: logs are masked a line at a time, where the whole value never appears.
 */
export function maskSecret(value: string | undefined): void {
  if (!value || known.has(value)) return;
  known.add(value);
  masker(value);
  if (!/[\r\n]/.test(value)) return;
  for (const line of value.split(/\r?\n|\r/)) {
    const trimmed = line.trim();
    if (trimmed.length >= MIN_SECRET_LINE_LENGTH) maskSecret(trimmed);
  }
}

/**
 * Registers a password with the form it travels in: base64 of `user:password` (a Basic
 * `Authorization` header, docker's `auth`), where the password itself never appears.
 */
export function maskCredentials(username: string, password: string): void {
  maskSecret(password);
  if (password) maskSecret(Buffer.from(`${username}:${password}`).toString('base64'));
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
