#!/usr/bin/env node
// Makes sure the programs the integration tests, the demo and the bench run against are installed:
// a real registry (distribution), skopeo and buildah to compare with, htpasswd and openssl for the
// registry's auth, busybox for tiny images, and Debian's docker-credential-pass with its store. Tools newer than bookworm ships (cosign, oras) come
// from Debian trixie, unpacked into a cache folder and never installed system-wide. On a fresh CI machine running as root with apt-get
// they are installed; otherwise the missing ones are named with the command that installs them.
import { spawnSync } from 'node:child_process';
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

/** program on PATH (or a file, by its full path) → the Debian package that provides it */
const REQUIRED = {
  'docker-registry': 'docker-registry',
  skopeo: 'skopeo',
  buildah: 'buildah',
  htpasswd: 'apache2-utils',
  openssl: 'openssl',
  busybox: 'busybox-static',
  // A real credential helper (the `pass` store, backed by gpg) for the credential tests.
  'docker-credential-pass': 'golang-docker-credential-helpers',
  pass: 'pass',
  gpg: 'gpg',
  gpgconf: 'gpgconf',
  // The Docker engine the docker-path tests start on a private socket, and its CLI: Debian's, by
  // full path, whatever other docker the machine has on PATH (test/helpers/docker-engine.ts).
  '/usr/sbin/dockerd': 'docker.io',
  '/usr/bin/docker': 'docker.io',
};

function onPath(program) {
  if (program.startsWith('/')) return existsSync(program);
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

/**
 * Debian trixie packages whose binaries run on bookworm (they need only libc6 >= 2.34): the
 * supply-chain tests sign and attach with the real cosign and oras; the docker-path tests drive
 * the engine with trixie's buildx plugin, and run trixie's docker.io 26 on containerd 1.7 for the
 * containerd image store (multi-platform). apt runs with a private state
 * directory and a sources list for suite trixie on the mirror the machine already uses; the
 * packages are unpacked with dpkg-deb into the cache, so nothing is installed system-wide.
 * test/helpers/tools.ts finds them at the same place.
 */
/** file the package unpacks (relative to the cache folder) → the trixie package */
const TRIXIE = {
  'usr/bin/cosign': 'cosign',
  'usr/bin/oras': 'oras',
  'usr/libexec/docker/cli-plugins/docker-buildx': 'docker-buildx',
  'usr/sbin/dockerd': 'docker.io',
  'usr/bin/containerd': 'containerd',
};

function trixieDir() {
  const cache = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(cache, 'image-actions', 'trixie');
}

/** The mirror of the machine's own Debian sources (deb822 `URIs:` or a one-line `deb` entry). */
function debianMirror() {
  const dir = '/etc/apt/sources.list.d';
  const files = existsSync(dir) ? readdirSync(dir).map((f) => join(dir, f)) : [];
  if (existsSync('/etc/apt/sources.list')) files.push('/etc/apt/sources.list');
  for (const file of files) {
    if (!/\.(sources|list)$/.test(file)) continue;
    const text = readFileSync(file, 'utf8');
    const uri =
      /^URIs:\s*(\S+\/debian)\/?\s*$/m.exec(text)?.[1] ??
      /^deb\s+(?:\[[^\]]*\]\s+)?(\S+\/debian)\/?\s/m.exec(text)?.[1];
    if (uri) return uri;
  }
  return 'http://deb.debian.org/debian';
}

function fetchTrixieTools() {
  const root = trixieDir();
  const missing = Object.keys(TRIXIE).filter((file) => !existsSync(join(root, file)));
  if (missing.length === 0) return;
  const packages = [...new Set(missing.map((file) => TRIXIE[file]))];
  const apt = join(root, '.apt');
  for (const sub of ['state/lists/partial', 'cache/archives/partial', 'debs']) {
    mkdirSync(join(apt, sub), { recursive: true });
  }
  const keyring = '/usr/share/keyrings/debian-archive-keyring.gpg';
  const signedBy = existsSync(keyring) ? `[signed-by=${keyring}] ` : '';
  writeFileSync(join(apt, 'sources.list'), `deb ${signedBy}${debianMirror()} trixie main\n`);
  const options = [
    '-o',
    `Dir::State=${join(apt, 'state')}`,
    '-o',
    `Dir::Cache=${join(apt, 'cache')}`,
    '-o',
    `Dir::Etc::SourceList=${join(apt, 'sources.list')}`,
    '-o',
    'Dir::Etc::SourceParts=-',
    '-o',
    'APT::Sandbox::User=root',
  ];
  console.log(`Fetching ${packages.join(' ')} from Debian trixie into ${root}`);
  try {
    run('apt-get', [...options, '-qq', 'update']);
    const debs = join(apt, 'debs');
    const result = spawnSync('apt-get', [...options, '-qq', 'download', ...packages], {
      cwd: debs,
      stdio: 'inherit',
    });
    if (result.status !== 0) throw new Error(`apt-get download exited with ${result.status}`);
    for (const deb of readdirSync(debs).filter((f) => f.endsWith('.deb'))) {
      run('dpkg-deb', ['-x', join(debs, deb), root]);
    }
    rmSync(debs, { recursive: true, force: true });
  } catch (error) {
    console.error(
      `Could not fetch ${packages.join(' ')} from Debian trixie (${error.message}). The supply-chain and docker-engine tests need them: ` +
        `fetch the .deb files with apt-get download from suite trixie and unpack them with dpkg-deb -x into ${root}`,
    );
    process.exit(1);
  }
}

if (onPath('apt-get') && onPath('dpkg-deb')) fetchTrixieTools();

/**
 * moto in server mode, the real ECR and STS the ECR tests run against: from the machine image's
 * Python (pyenv's shims when they are not on PATH), else Debian's python3-moto where the release
 * has it. test/helpers/aws.ts looks in the same places.
 */
function motoServerFound() {
  return onPath('moto_server') || existsSync(join(homedir(), '.pyenv', 'shims', 'moto_server'));
}

if (!motoServerFound()) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && onPath('apt-get')) {
    const found = spawnSync('apt-cache', ['show', 'python3-moto'], { stdio: 'ignore' });
    if (found.status === 0)
      run('apt-get', ['install', '-y', '--no-install-recommends', 'python3-moto']);
  }
  if (!motoServerFound()) {
    console.error(
      'Missing program: moto_server (moto in server mode, for the ECR tests). Install python3-moto, or moto[server] into the Python on PATH.',
    );
    process.exit(1);
  }
}
