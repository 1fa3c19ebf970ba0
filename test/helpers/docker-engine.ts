import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { randomBytes, randomInt } from 'node:crypto';
import { join } from 'node:path';
import { dockerCli, trixieFile } from './tools.js';
import { makeTempDir, removeTempDir, run, sleep, trackChild } from './util.js';

/**
 * A real Docker engine for the docker-path tests, private to one test file: its own data root,
 * exec root and unix socket under a temp folder (never /var/run/docker.sock), its own bridge with
 * an address in a private /24 that nothing forwards (iptables drops every forwarded packet of it,
 * and dockerd is told to leave iptables, masquerading and ip_forward alone), plain HTTP to
 * loopback registries, overlay2 falling back to vfs (overlayfs falling back to native for the
 * containerd store). `containerdStore` runs trixie's dockerd 26 on containerd 1.7 with the
 * containerd image store, which holds multi-platform images.
 *
 * Build steps reach nothing but the loopback registries: base images come from them, and no RUN
 * in a test resolves a name (BuildKit gives build containers a public resolver when the host's is
 * local; the bridge drops whatever would go out).
 */
export interface DockerEngine {
  /** What a step's environment adds: DOCKER_HOST, DOCKER_CONFIG (with the buildx plugin), PATH. */
  env: Record<string, string>;
  /** The engine's major version (20 for bookworm's, 26 for trixie's). */
  version: number;
  containerdStore: boolean;
  /** Runs the docker CLI against this engine and resolves with its stdout. */
  docker(args: string[]): Promise<string>;
  stop(): Promise<void>;
}

export interface EngineOptions {
  containerdStore?: boolean;
}

/** The bookworm CLI the tests drive the engine with: always by its full path. */
const DOCKER_CLI = dockerCli();

/** A /24 in 10.0.0.0/8 no interface of this machine is in (other test files run beside this one). */
async function freeSubnet(): Promise<string> {
  const used = await run('ip', ['-4', '-o', 'addr', 'show']);
  for (;;) {
    const prefix = `10.${randomInt(100, 250)}.${randomInt(0, 255)}`;
    if (!used.includes(` ${prefix}.`)) return prefix;
  }
}

async function ignoreFailure(command: string, args: string[]): Promise<void> {
  try {
    await run(command, args);
  } catch {
    // already gone
  }
}

async function waitForEngine(
  env: NodeJS.ProcessEnv,
  exited: () => string | undefined,
  log: string,
): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const why = exited();
    if (why) {
      const tail = (await readFile(log, 'utf8')).split('\n').slice(-15).join('\n');
      throw new Error(`dockerd exited (${why}):\n${tail}`);
    }
    try {
      await runDocker(env, ['version', '--format', '{{.Server.Version}}']);
      return;
    } catch {
      await sleep(200);
    }
  }
  throw new Error(`dockerd did not answer within 60 s; see ${log}`);
}

function runDocker(env: NodeJS.ProcessEnv, args: string[]): Promise<string> {
  return run(DOCKER_CLI, args, { env });
}

export async function startDockerEngine(options: EngineOptions = {}): Promise<DockerEngine> {
  const containerdStore = options.containerdStore ?? false;
  const dir = await makeTempDir('dockerd-');
  const bridge = `iab${randomBytes(4).toString('hex')}`;
  const subnet = await freeSubnet();
  const forward = [
    ['FORWARD', '-i', bridge, '-j', 'DROP'],
    ['FORWARD', '-o', bridge, '-j', 'DROP'],
  ];
  await run('ip', ['link', 'add', bridge, 'type', 'bridge']);
  const teardownNetwork = async () => {
    for (const rule of forward) await ignoreFailure('iptables', ['-D', ...rule]);
    await ignoreFailure('ip', ['link', 'del', bridge]);
  };
  try {
    for (const rule of forward) await run('iptables', ['-I', ...rule]);
    await run('ip', ['addr', 'add', `${subnet}.1/24`, 'dev', bridge]);
    await run('ip', ['link', 'set', bridge, 'up']);
  } catch (error) {
    await teardownNetwork();
    await removeTempDir(dir);
    throw error;
  }

  // The CLI's own config: the buildx plugin from trixie, nothing of the machine's ~/.docker.
  const config = join(dir, 'docker-config');
  await mkdir(join(config, 'cli-plugins'), { recursive: true });
  await symlink(
    trixieFile('usr/libexec/docker/cli-plugins/docker-buildx'),
    join(config, 'cli-plugins', 'docker-buildx'),
  );
  await writeFile(join(config, 'config.json'), '{}\n', { mode: 0o600 });
  // The action runs `docker` by name: the step's PATH starts with a folder holding only it.
  const bin = join(dir, 'bin');
  await mkdir(bin);
  await symlink(DOCKER_CLI, join(bin, 'docker'));
  const socket = join(dir, 'docker.sock');
  const env = {
    DOCKER_HOST: `unix://${socket}`,
    DOCKER_CONFIG: config,
    PATH: `${bin}:${process.env.PATH ?? '/usr/bin:/bin'}`,
  };
  const cliEnv = { ...process.env, ...env, HOME: dir };

  const dockerd = containerdStore ? trixieFile('usr/sbin/dockerd') : '/usr/sbin/dockerd';
  // dockerd starts the containerd (and shims) it finds on its PATH: trixie's 1.7 for dockerd 26.
  const daemonPath = containerdStore
    ? `${trixieFile('usr/bin/containerd').replace(/\/containerd$/, '')}:/usr/sbin:/usr/bin:/sbin:/bin`
    : '/usr/sbin:/usr/bin:/sbin:/bin';

  // With the containerd store, the storage driver names a containerd snapshotter.
  const drivers = containerdStore ? ['overlayfs', 'native'] : ['overlay2', 'vfs'];
  let lastError: unknown;
  for (const driver of drivers) {
    const daemonJson = join(dir, `daemon-${driver}.json`);
    await writeFile(
      daemonJson,
      JSON.stringify({
        'insecure-registries': ['127.0.0.0/8'],
        'storage-driver': driver,
        ...(containerdStore ? { features: { 'containerd-snapshotter': true } } : {}),
      }),
    );
    const dataRoot = join(dir, `data-${driver}`);
    const log = join(dir, `dockerd-${driver}.log`);
    const logFd = openSync(log, 'a');
    const child = spawn(
      dockerd,
      [
        '--config-file',
        daemonJson,
        '--data-root',
        dataRoot,
        '--exec-root',
        join(dir, 'exec'),
        '--pidfile',
        join(dir, 'dockerd.pid'),
        '--host',
        env.DOCKER_HOST,
        '--bridge',
        bridge,
        '--iptables=false',
        '--ip6tables=false',
        '--ip-masq=false',
        '--ip-forward=false',
        '--userland-proxy=false',
      ],
      {
        env: { PATH: daemonPath, HOME: dir },
        stdio: ['ignore', logFd, logFd],
        detached: true,
      },
    );
    closeSync(logFd);
    // Killed should this process die without stopping it (stop() stops it by its pid first).
    trackChild(child);
    let exitedWith: string | undefined;
    child.once('exit', (code, signal) => {
      exitedWith = `${code ?? signal}`;
    });
    const pid = child.pid;
    if (pid === undefined) throw new Error(`could not start ${dockerd}`);
    const stopDaemon = async () => {
      if (exitedWith === undefined) {
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        process.kill(pid, 'SIGTERM');
        const timer = setTimeout(() => {
          if (exitedWith === undefined) process.kill(pid, 'SIGKILL');
        }, 20_000);
        await exited;
        clearTimeout(timer);
      }
    };
    try {
      await waitForEngine(cliEnv, () => exitedWith, log);
      const version = Number(
        (await runDocker(cliEnv, ['version', '--format', '{{.Server.Version}}'])).split('.')[0],
      );
      return {
        env,
        version,
        containerdStore,
        docker: (args) => runDocker(cliEnv, args),
        stop: async () => {
          await stopDaemon();
          await teardownNetwork();
          await removeTempDir(dir);
        },
      };
    } catch (error) {
      lastError = error;
      await stopDaemon();
    }
  }
  await teardownNetwork();
  await removeTempDir(dir);
  throw lastError instanceof Error ? lastError : new Error(String(lastError));
}
