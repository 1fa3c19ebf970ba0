import { UserError } from '../errors.js';
import { escapeLogText } from '../log-text.js';

/**
 * An archive entry's name as the archive means it, or a refusal. Names are only ever used as keys
 * (nothing is extracted by name), but a name with `..` or a leading `/` says the archive was made
 * to escape a folder somewhere, so the whole archive is refused rather than trusted in part
 * (DESIGN §8: refused before anything is written anywhere).
 */
export function entryName(raw: string, archive: string): string {
  const refuse = (why: string): never => {
    throw new UserError(`${archive}: entry "${printable(raw)}" ${why}; nothing was written`);
  };
  if (raw.includes('\0')) refuse('has a NUL character in its name');
  if (raw.startsWith('/') || /^[A-Za-z]:[\\/]/.test(raw)) refuse('has an absolute path');
  if (raw.includes('\\')) refuse('has a backslash in its name');
  const parts = raw.split('/').filter((part) => part !== '' && part !== '.');
  if (parts.includes('..')) refuse('has ".." in its path');
  return parts.join('/');
}

/** A name from the archive as a message may show it: JSON escapes its control characters. */
export function printable(name: string): string {
  return escapeLogText(
    JSON.stringify(name)
      .slice(1, -1)
      .replace(/\u007f/g, '\\u007f'),
  );
}
