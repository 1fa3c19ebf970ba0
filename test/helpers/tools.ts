import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Programs from Debian trixie (cosign, oras) that scripts/ensure-system-deps.mjs unpacks into a
 * cache folder: the tests call them there, never from a system-wide install.
 */
export function trixieTool(name: 'cosign' | 'oras'): string {
  const cache = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  const path = join(cache, 'image-actions', 'trixie', 'usr', 'bin', name);
  if (!existsSync(path)) {
    throw new Error(
      `${name} is not at ${path}: run "node scripts/ensure-system-deps.mjs" (npm test does) to fetch it from Debian trixie`,
    );
  }
  return path;
}
