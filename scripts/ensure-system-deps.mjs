#!/usr/bin/env node
// Makes sure the programs the integration tests, the demo and the bench run against are installed:
// a real registry (distribution), skopeo and buildah to compare with, htpasswd and openssl for the
// registry's auth, and busybox for tiny images. On a fresh CI machine running as root with apt-get
// they are installed; otherwise the missing ones are named with the command that installs them.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** program on PATH → the Debian package that provides it */
const REQUIRED = {
  'docker-registry': 'docker-registry',
  skopeo: 'skopeo',
  buildah: 'buildah',
  htpasswd: 'apache2-utils',
  openssl: 'openssl',
  busybox: 'busybox-static',
};

function onPath(program) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    try {
      accessSync(join(dir, program), constants.X_OK);
      return true;
    } catch {
      // not in this directory
    }
  }
  return false;
}

function missingPrograms() {
  return Object.keys(REQUIRED).filter((program) => !onPath(program));
}

function run(command, args) {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
  }
}

const missing = missingPrograms();
if (missing.length > 0) {
  const packages = [...new Set(missing.map((program) => REQUIRED[program]))];
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && onPath('apt-get')) {
    console.log(`Installing ${packages.join(' ')} for ${missing.join(', ')}`);
    try {
      run('apt-get', ['update']);
      run('apt-get', ['install', '-y', '--no-install-recommends', ...packages]);
    } catch (error) {
      console.error(`Could not install ${packages.join(' ')}: ${error.message}`);
      process.exit(1);
    }
    const stillMissing = missingPrograms();
    if (stillMissing.length > 0) {
      console.error(`Still missing after installing: ${stillMissing.join(', ')}`);
      process.exit(1);
    }
  } else {
    console.error(
      `Missing programs: ${missing.join(', ')}. Install them with: sudo apt-get install -y ${packages.join(' ')}`,
    );
    process.exit(1);
  }
}
