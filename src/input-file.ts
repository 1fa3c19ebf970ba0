import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from './errors.js';
import { formatBytes, humanSize } from './units.js';

/** A file that a step input names, or the default one when the input is empty. */
export interface InputFile {
  /** As the user wrote it (or the default), relative to `cwd`. */
  file: string;
  /** The input named it; otherwise it is the default, which may be absent. */
  explicit: boolean;
  /** The input's name, for messages (`registries_file`). */
  input: string;
  cwd: string;
  /** Larger is refused at once, before it is read. */
  maxBytes: number;
  /** What a file of this kind is called (`a registries file`). */
  kind: string;
  /** Said after the reason when the default file is missing: what to do instead. */
  missingDefault?: string;
}

/**
 * The text of a configuration file a step reads (the registries file, the sync file): sized
 * before it is read, every failure one line naming the input and the file. Undefined when the
 * default file is absent and `missingDefault` does not make that an error.
 */
export function readInputFile(spec: InputFile): string | undefined {
  const { file, explicit, input, cwd } = spec;
  const named = explicit ? `Input ${input}: ${file}` : file;
  try {
    const where = path.resolve(cwd, file);
    refuseOversized(statSync(where).size, named, spec);
    return readFileSync(where, 'utf8');
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (!explicit && code === 'ENOENT' && spec.missingDefault === undefined) return undefined;
    const why =
      code === 'ENOENT'
        ? 'does not exist'
        : code === 'EISDIR'
          ? 'is a directory'
          : `cannot be read (${code ?? (error as Error).message})`;
    throw new UserError(
      explicit
        ? `${named} ${why} (relative to ${cwd})`
        : `${file} ${why}${spec.missingDefault ? ` (relative to ${cwd})${spec.missingDefault}` : ''}`,
    );
  }
}

/** Fails, in one line, on text larger than a file of its kind may be (an inline input too). */
export function refuseOversized(
  bytes: number,
  named: string,
  { maxBytes, kind }: Pick<InputFile, 'maxBytes' | 'kind'>,
): void {
  if (bytes > maxBytes) {
    throw new UserError(
      `${named} is ${humanSize(bytes)}, larger than the ${formatBytes(maxBytes)} ${kind} may be; refused`,
    );
  }
}
