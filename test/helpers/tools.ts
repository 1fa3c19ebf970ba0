import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * A file of the Debian trixie packages that scripts/ensure-system-deps.mjs unpacks into a cache
 * folder (`usr/bin/cosign`, `usr/sbin/dockerd`, …): the tests call them there, never from a
 * system-wide install.
 */
export function trixieFile(relative: string): string {
  const cache = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  const path = join(cache, 'image-actions', 'trixie', relative);
  if (!existsSync(path)) {
    throw new Error(
      `${relative} is not at ${path}: run "node scripts/ensure-system-deps.mjs" (npm test does) to fetch it from Debian trixie`,
    );
  }
  return path;
}

/** cosign and oras from Debian trixie. */
export function trixieTool(name: 'cosign' | 'oras'): string {
  return trixieFile(join('usr', 'bin', name));
}

/**
 * The docker CLI of Debian's docker.io (bookworm), by its full path: the machine may have another
 * docker earlier on PATH.
 */
export function dockerCli(): string {
  const path = '/usr/bin/docker';
  if (!existsSync(path) || !existsSync('/usr/sbin/dockerd')) {
    throw new Error(
      `Debian's docker.io is not installed (${path}, /usr/sbin/dockerd): run "node scripts/ensure-system-deps.mjs" (npm test does) as root, or apt-get install docker.io`,
    );
  }
  return path;
}
