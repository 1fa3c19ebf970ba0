import {
  closeSync,
  constants,
  fchmodSync,
  lstatSync,
  openSync,
  readFileSync,
  readlinkSync,
  rmdirSync,
  symlinkSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../../errors.js';

/**
 * The login folder, written so that nothing planted in it can redirect the credentials (DESIGN
 * §6): the folder is one the step made (mode 0700) or an existing real folder of ours that no one
 * else may write to; every file is created new, never through an existing link; and what login
 * made is recorded there, so that logout removes exactly that and nothing it finds beside it.
 */

/** What login made in its folder, by name: logout reads it back. */
const RECORD = '.image-actions-login.json';

interface Record {
  /** Files written (credentials). */
  files: string[];
  /** Links made, each with where it points: removed only while it still points there. */
  links: { [name: string]: string };
}

function lstatOrUndefined(file: string): Stats | undefined {
  try {
    return lstatSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Makes `dir` (mode 0700, its parents as needed) or accepts it when it is already there as a
 * folder (not a link) owned by this user that neither group nor others may write to: a planted
 * entry in a folder someone else can write to could not be told from ours.
 */
export async function ownLoginFolder(dir: string): Promise<void> {
  await mkdir(path.dirname(dir), { recursive: true, mode: 0o700 });
  try {
    await mkdir(dir, { mode: 0o700 });
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const stat = lstatSync(dir);
  const uid = process.getuid?.();
  if (!stat.isDirectory()) {
    throw new UserError(
      `The login folder ${dir} is ${stat.isSymbolicLink() ? 'a link' : 'not a folder'}; login writes credentials only into a real folder: name another dir`,
    );
  }
  if ((uid !== undefined && stat.uid !== uid) || (stat.mode & 0o022) !== 0) {
    throw new UserError(
      `The login folder ${dir} is not this user's alone (owned by uid ${stat.uid}, mode ${(stat.mode & 0o777).toString(8)}); login writes credentials only into a folder no one else may write to: name another dir`,
    );
  }
}

/**
 * Creates `file` new (mode 0600) and writes `content`: O_EXCL and O_NOFOLLOW, so a link or any
 * other entry put there is never written through. A plain file of that name (an earlier login's)
 * is replaced; anything else is refused, and left as it is.
 */
function createNew(file: string, content: string): void {
  const flags = constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY | constants.O_NOFOLLOW;
  const found = lstatOrUndefined(file);
  if (found?.isFile()) unlinkSync(file);
  else if (found) refuse(file, found);
  let fd: number;
  try {
    fd = openSync(file, flags, 0o600);
  } catch (error) {
    // Something appeared between the look and the open: it is not ours either.
    const now = lstatOrUndefined(file);
    if ((error as NodeJS.ErrnoException).code === 'EEXIST' && now) refuse(file, now);
    throw error;
  }
  try {
    fchmodSync(fd, 0o600);
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
}

function refuse(file: string, found: Stats): never {
  throw new UserError(
    `The login folder already holds ${path.basename(file)} as ${found.isSymbolicLink() ? 'a link' : 'something other than a file'} (${file}); login creates its files new and never writes through what it finds: remove it or name another dir`,
  );
}

/** Writes login's files and links into `dir` (one `ownLoginFolder` accepted), recording them. */
export function writeLoginFiles(
  dir: string,
  files: { [name: string]: string },
  links: { [name: string]: string },
): void {
  const record: Record = { files: [], links: {} };
  const save = () => createNew(path.join(dir, RECORD), JSON.stringify(record) + '\n');
  // The record first: should a later write fail, logout still finds what was made before it.
  save();
  for (const [name, content] of Object.entries(files)) {
    record.files.push(name);
    save();
    createNew(path.join(dir, name), content);
  }
  for (const [name, target] of Object.entries(links)) {
    if (lstatOrUndefined(path.join(dir, name))) continue;
    symlinkSync(target, path.join(dir, name));
    record.links[name] = target;
  }
  save();
}

/**
 * Removes what login recorded making in `dir` and only that: files still plain files, links still
 * pointing where login pointed them; then the record, then the folder if that left it empty.
 * Without a record (nothing written, or not a login folder), nothing is removed.
 */
export function removeLoginFiles(dir: string): boolean {
  const recordFile = path.join(dir, RECORD);
  if (!lstatOrUndefined(recordFile)?.isFile()) return false;
  let record: Record;
  try {
    record = JSON.parse(readFileSync(recordFile, 'utf8')) as Record;
  } catch {
    return false;
  }
  for (const name of record.files ?? []) {
    const file = path.join(dir, path.basename(name));
    if (lstatOrUndefined(file)?.isFile()) unlinkSync(file);
  }
  for (const [name, target] of Object.entries(record.links ?? {})) {
    const link = path.join(dir, path.basename(name));
    if (lstatOrUndefined(link)?.isSymbolicLink() && readlinkSync(link) === target) unlinkSync(link);
  }
  unlinkSync(recordFile);
  try {
    rmdirSync(dir);
  } catch {
    // Not empty: what is left there is not login's.
  }
  return true;
}
