import { spawn } from 'node:child_process';
import { copyFile, mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { makeTempDir, removeTempDir } from './util.js';

/**
 * buildah for integration tests: an isolated storage (vfs, in a temp dir, so nothing touches the
 * machine's), chroot isolation (no runtime needs to create cgroups), and a busybox base image
 * made from Debian's busybox-static, so RUN steps work without any image from the internet.
 */

export interface BuildahSandbox {
  /** What a build step's environment adds: CONTAINERS_STORAGE_CONF and BUILDAH_ISOLATION. */
  env: Record<string, string>;
  dir: string;
  remove(): Promise<void>;
}

export async function buildahSandbox(name: string): Promise<BuildahSandbox> {
  const dir = await makeTempDir(`buildah-${name}-`);
  const conf = join(dir, 'storage.conf');
  await writeFile(
    conf,
    `[storage]\ndriver = "vfs"\ngraphroot = "${join(dir, 'root')}"\nrunroot = "${join(dir, 'runroot')}"\n`,
  );
  return {
    env: { CONTAINERS_STORAGE_CONF: conf, BUILDAH_ISOLATION: 'chroot' },
    dir,
    remove: () => removeTempDir(dir),
  };
}

function buildahEnv(sandbox: BuildahSandbox): NodeJS.ProcessEnv {
  return { ...process.env, ...sandbox.env };
}

/** Runs buildah in the sandbox (argument array) and resolves with its stdout. */
export async function buildah(sandbox: BuildahSandbox, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('buildah', args, {
      env: buildahEnv(sandbox),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.once('error', reject);
    child.once('close', (code) =>
      code === 0
        ? resolve(Buffer.concat(out).toString('utf8'))
        : reject(
            new Error(
              `buildah ${args.join(' ')} failed (${code}): ${Buffer.concat(err).toString('utf8')}`,
            ),
          ),
    );
  });
}

/**
 * Builds a busybox base image (FROM scratch: the static binary, `sh` linked to it, every applet
 * installed by an exec-form RUN) and pushes it to `destination` over plain HTTP.
 */
export async function pushBusyboxBase(
  sandbox: BuildahSandbox,
  destination: string,
  credentials: { username: string; password: string },
): Promise<void> {
  const context = join(sandbox.dir, 'busybox-context');
  await mkdir(join(context, 'bin'), { recursive: true });
  await copyFile('/bin/busybox', join(context, 'bin', 'busybox'));
  await symlink('busybox', join(context, 'bin', 'sh'));
  await writeFile(
    join(context, 'Dockerfile'),
    'FROM scratch\nCOPY bin/ /bin/\nRUN ["/bin/busybox", "--install", "-s", "/bin"]\nENV PATH=/bin\n',
  );
  await buildah(sandbox, ['build', '-t', 'localhost/busybox-base:latest', context]);
  await buildah(sandbox, [
    'push',
    '--tls-verify=false',
    '--creds',
    `${credentials.username}:${credentials.password}`,
    'localhost/busybox-base:latest',
    `docker://${destination}`,
  ]);
}

/** The regular files of a layer (gzip or plain tar), by path without a leading `./` or `/`. */
export function layerFiles(layer: Buffer): Map<string, Buffer> {
  const tar = layer[0] === 0x1f && layer[1] === 0x8b ? gunzipSync(layer) : layer;
  const files = new Map<string, Buffer>();
  let offset = 0;
  let longName: string | undefined;
  let paxPath: string | undefined;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const field = (start: number, length: number) =>
      header
        .subarray(start, start + length)
        .toString('utf8')
        .replace(/\0.*$/s, '');
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1) || '0';
    const prefix = field(345, 155);
    let name = prefix ? `${prefix}/${field(0, 100)}` : field(0, 100);
    const body = tar.subarray(offset + 512, offset + 512 + size);
    offset += 512 + Math.ceil(size / 512) * 512;
    if (type === 'L') {
      longName = body.toString('utf8').replace(/\0.*$/s, '');
      continue;
    }
    if (type === 'x') {
      paxPath = /\d+ path=([^\n]*)\n/.exec(body.toString('utf8'))?.[1];
      continue;
    }
    name = paxPath ?? longName ?? name;
    longName = undefined;
    paxPath = undefined;
    if (type === '0' || type === '\0') files.set(name.replace(/^\.?\//, ''), Buffer.from(body));
  }
  return files;
}
