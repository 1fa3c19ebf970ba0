import { existsSync } from 'node:fs';
import { readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import { dockerConfigPath } from '../credentials/docker-config.js';
import { isLoopback } from '../http/loopback.js';
import type { BuildOutcome, Builder, BuilderIO, LocalImage, PushRequest } from './types.js';
import { formatCommand, runCommand, type Command } from './exec.js';
import { buildFailure, pushFailure } from './failure.js';
import type { BuildPlan } from './plan.js';

/** A command of a build, and what it does: a failure is reported by what it was doing. */
export interface DockerCommand extends Command {
  purpose: 'build' | 'push';
  /** For pushes: the full reference written. */
  destination?: string;
}

/**
 * Where buildx puts the result: the registry (`push`), the engine's image store (`load`), or
 * nowhere but its build cache (`cache`: several platforms and nothing pushed, which a classic
 * image store cannot load, as docker/build-push-action does with `push: false`).
 */
export type DockerOutput = 'push' | 'load' | 'cache';

/**
 * The engine's image store: the classic one holds one platform per image; the containerd image
 * store (Docker 24+ with the containerd snapshotter, the default from Docker 29) holds whole
 * multi-platform images, which `docker push` pushes as one index.
 */
export type ImageStore = 'classic' | 'containerd';

/** The `Driver:` line of `docker buildx inspect`. */
export function buildxDriver(lines: string[]): string | undefined {
  for (const line of lines) {
    const match = /^Driver:\s*(\S+)/.exec(line.trim());
    if (match) return match[1];
  }
  return undefined;
}

/** `docker info --format '{{json .DriverStatus}}'` names a containerd snapshotter for that store. */
export function imageStoreOf(driverStatus: string): ImageStore {
  return driverStatus.includes('io.containerd.snapshotter') ? 'containerd' : 'classic';
}

export function dockerOutput(plan: BuildPlan, store: ImageStore = 'classic'): DockerOutput {
  if (plan.push?.sharedAuthfile) return 'push';
  return !plan.push && plan.platforms.length > 1 && store === 'classic' ? 'cache' : 'load';
}

/** A push target reached over plain HTTP that is not loopback (which buildx reaches so anyway). */
function plainHttpTarget(plan: BuildPlan): boolean {
  return Boolean(plan.push?.insecure && !isLoopback(plan.push.host));
}

/** The arguments of `docker buildx build` for a plan and where its result goes. */
export function dockerBuildArgs(plan: BuildPlan, output: DockerOutput): string[] {
  const args = ['buildx', 'build', '--progress=plain', '-f', plan.dockerfile];
  if (plan.platforms.length) args.push('--platform', plan.platforms.join(','));
  for (const [key, value] of Object.entries(plan.buildArgs))
    args.push('--build-arg', `${key}=${value}`);
  for (const [key, value] of Object.entries(plan.labels)) args.push('--label', `${key}=${value}`);
  for (const source of plan.cacheFrom) args.push('--cache-from', source);
  for (const destination of plan.cacheTo) args.push('--cache-to', destination);
  for (const secret of plan.secrets)
    args.push(
      '--secret',
      secret.env ? `id=${secret.id},env=${secret.env}` : `id=${secret.id},src=${secret.file}`,
    );
  for (const ssh of plan.ssh) args.push('--ssh', ssh);
  if (plan.provenance !== undefined) args.push(`--provenance=${plan.provenance}`);
  if (plan.sbom !== undefined) args.push(`--sbom=${plan.sbom}`);
  for (const annotation of plan.annotations) args.push('--annotation', annotation);
  if (plan.target) args.push('--target', plan.target);
  if (plan.noCache) args.push('--no-cache');
  for (const tag of plan.tags) args.push('-t', tag);
  args.push('--iidfile', plan.iidfile, '--metadata-file', plan.metadataFile);
  if (output === 'push') {
    // `--push` is `--output type=image,push=true`, whose names come from the -t flags; buildx
    // speaks plain HTTP to a registry only when the exporter is told so.
    args.push(
      ...(plainHttpTarget(plan)
        ? ['--output', 'type=image,push=true,registry.insecure=true']
        : ['--push']),
    );
  } else if (output === 'load') {
    args.push('--load');
  }
  args.push(plan.context);
  return args;
}

/**
 * The environment docker runs in: DOCKER_CONFIG is a directory holding just the credentials of
 * this step; BUILDX_CONFIG keeps buildx's builder instances where they were (docker/setup-buildx-action's).
 */
export function dockerEnv(authfile: string, buildxConfig: string): Record<string, string> {
  return { DOCKER_CONFIG: path.dirname(authfile), BUILDX_CONFIG: buildxConfig };
}

/** Where buildx keeps its state for the user, before this step points DOCKER_CONFIG elsewhere. */
export function buildxConfigDir(env: NodeJS.ProcessEnv): string {
  if (env.BUILDX_CONFIG) return env.BUILDX_CONFIG;
  const config = dockerConfigPath(env);
  return config ? path.join(path.dirname(config), 'buildx') : path.join('.docker', 'buildx');
}

/** What a docker build runs, where its result goes, and what its builder must be set up for. */
export interface DockerBuildRun {
  output: DockerOutput;
  commands: DockerCommand[];
  /** Said before anything runs: what this build needs of the engine or builder to succeed. */
  warnings: string[];
}

/**
 * Pulls over plain HTTP: buildx takes them from its builder (the engine's settings for the
 * default docker driver, buildkitd.toml for a docker-container builder), never from one build.
 */
function insecurePullWarning(hosts: string[]): string {
  const list = hosts.join(', ');
  const toml = hosts.map((h) => `[registry."${h}"] http = true`).join(' and ');
  return `docker buildx: this build pulls from ${list} over plain HTTP (insecure: true), which buildx takes from its builder, never from one build's options: with buildx's default docker driver, the Docker engine's daemon.json must list ${list} in "insecure-registries"; with a docker-container builder, its buildkitd.toml must have ${toml}; otherwise those pulls fail with a TLS error. Or use builder: buildah`;
}

/** Tries of a `docker push` after a passing registry error. */
const PUSH_RETRIES = 2;

/**
 * The registry's passing error in a failed `docker push`'s last lines (`unexpected status from
 * HEAD request to …: 500 Internal Server Error`, a 502/503/504), or undefined for any other failure.
 */
export function transientPushFailure(tail: string[]): string | undefined {
  // Only a failure while pushing: a build step that fetched something and got a 5xx is not this.
  if (!tail.some((line) => /\bpush(ing)?\b/i.test(line))) return undefined;
  for (const line of [...tail].reverse()) {
    const match =
      /\b(50[0234]) (Internal Server Error|Bad Gateway|Service Unavailable|Gateway Timeout)\b/.exec(
        line,
      );
    if (match) return `HTTP ${match[1]} ${match[2]}`;
  }
  return undefined;
}

/** `docker push` over plain HTTP: the engine's `insecure-registries` decides, never the command. */
function insecurePushWarning(host: string, registry: string): string {
  return `docker push: ${registry} (${host}) is reached over plain HTTP (insecure: true), which docker push takes from the Docker engine, never from one command: the engine's daemon.json must list ${host} in "insecure-registries"; otherwise the push fails with a TLS error. Or use builder: buildah`;
}

/**
 * A build with docker. buildx reads one Docker config for the whole build, so it pushes during
 * the build only when pulls and push can share one file (no domain needing two identities).
 * Otherwise the image is loaded into the engine with the pull credentials, then each tag is
 * pushed with the target's: a single-platform image only when the engine's classic image store
 * holds one platform. With disable_push, the image is loaded; several platforms stay in the build
 * cache where the store cannot hold them. What
 * buildx cannot do is refused before anything runs; plain HTTP, which buildx and docker push take
 * from the engine's or builder's own configuration, is warned about, saying what it needs.
 */
export function dockerBuildRun(
  plan: BuildPlan,
  buildxConfig: string,
  store: ImageStore = 'classic',
): DockerBuildRun {
  const output = dockerOutput(plan, store);
  const warnings: string[] = [];
  if (plan.insecurePulls.length) warnings.push(insecurePullWarning(plan.insecurePulls));
  const { push } = plan;
  if (push?.sharedAuthfile) {
    // The build pushes (output 'push'), with the one file.
    return {
      output,
      commands: [
        {
          program: 'docker',
          args: dockerBuildArgs(plan, output),
          env: dockerEnv(push.sharedAuthfile, buildxConfig),
          purpose: 'build',
        },
      ],
      warnings,
    };
  }
  if (push && plan.platforms.length > 1 && store === 'classic') {
    const why = push.conflict ?? `${push.host} needs two identities`;
    throw new UserError(
      `builder docker: a multi-platform build must push while it builds, with one identity per registry (the engine's classic image store holds one platform per image), but ${why}; use builder: buildah, an engine with the containerd image store, or let one identity both pull from and push to ${push.host}`,
    );
  }
  if (push && plainHttpTarget(plan)) warnings.push(insecurePushWarning(push.host, push.registry));
  const commands: DockerCommand[] = [
    {
      program: 'docker',
      args: dockerBuildArgs(plan, output),
      env: dockerEnv(plan.authfile, buildxConfig),
      purpose: 'build',
    },
  ];
  if (push) {
    for (const tag of plan.tags) {
      commands.push({
        program: 'docker',
        args: ['push', tag],
        env: dockerEnv(push.authfile, buildxConfig),
        purpose: 'push',
        destination: tag,
      });
    }
  }
  return { output, commands, warnings };
}

/** The commands that push a local image to a tag: `docker tag`, then `docker push` with the target's credentials. */
export function dockerPushCommands(request: PushRequest, buildxConfig: string): DockerCommand[] {
  const env = dockerEnv(request.authfile, buildxConfig);
  const commands: DockerCommand[] = [];
  if (request.source !== request.destination) {
    commands.push({
      program: 'docker',
      args: ['tag', request.source, request.destination],
      env,
      purpose: 'push',
      destination: request.destination,
    });
  }
  commands.push({
    program: 'docker',
    args: ['push', request.destination],
    env,
    purpose: 'push',
    destination: request.destination,
  });
  return commands;
}

/**
 * Keeps the user's docker setup reachable from this step's config directory: CLI plugins
 * (buildx installed by setup-buildx-action), contexts, and the current context.
 */
async function linkUserDockerConfig(dir: string, env: NodeJS.ProcessEnv): Promise<void> {
  const userConfig = dockerConfigPath(env);
  if (!userConfig) return;
  const userDir = path.dirname(userConfig);
  for (const entry of ['cli-plugins', 'contexts']) {
    const from = path.join(userDir, entry);
    const to = path.join(dir, entry);
    if (existsSync(from) && !existsSync(to)) await symlink(from, to);
  }
  let currentContext: unknown;
  try {
    currentContext = (
      JSON.parse(await readFile(userConfig, 'utf8')) as { currentContext?: unknown }
    ).currentContext;
  } catch {
    return;
  }
  if (typeof currentContext !== 'string') return;
  const file = path.join(dir, 'config.json');
  const config = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  await writeFile(file, JSON.stringify({ ...config, currentContext }, null, 2) + '\n', {
    mode: 0o600,
  });
}

/** The image ID and the digests of `Id RepoDigests` as `docker image inspect` prints them. */
export function dockerImageIds(inspected: string): string[] {
  return [...new Set(inspected.match(/sha256:[0-9a-f]{64}/g) ?? [])];
}

/**
 * The image ID (config digest) of a build, from what buildx says: on a classic store, for one
 * platform, its metadata's config digest, else the iidfile. On the containerd store buildx 0.13
 * names the digest of an index as both (checked on dockerd 26), and several platforms have no
 * single image ID: ''. The step then reads the config digest from the registry when it pushed.
 */
export function dockerImageId(
  metadata: Record<string, unknown>,
  iid: string,
  build: { store: ImageStore; platforms: number },
): string {
  if (build.store === 'containerd' || build.platforms > 1) return '';
  const config = metadata['containerimage.config.digest'];
  return typeof config === 'string' ? config : iid;
}

async function readOptional(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

export class DockerBuilder implements Builder {
  readonly kind = 'docker' as const;

  private async run(
    commands: DockerCommand[],
    io: BuilderIO,
    fail: (command: DockerCommand, code: number, tail: string[]) => Error,
  ) {
    const prepared = new Set<string>();
    for (const command of commands) {
      const dir = command.env?.DOCKER_CONFIG;
      if (dir && !prepared.has(dir)) {
        prepared.add(dir);
        await linkUserDockerConfig(dir, io.env);
      }
      io.log(`[command]${formatCommand(command)}`);
      let result = await runCommand(command, { env: io.env, log: io.log });
      // A push (`docker push`, or the engine's push at the end of a build) gives up on a
      // registry's passing 5xx (a HEAD answered 500 while the registry finishes writing what was
      // pushed the moment before); the product retries 5xx everywhere else (DESIGN §6). A push is
      // idempotent and a build that failed pushing runs again from its cache: tried again,
      // twice at most.
      for (let retry = 1; result.code !== 0 && retry <= PUSH_RETRIES; retry++) {
        if (!transientPushFailure(result.tail)) break;
        io.warn(
          `${formatCommand(command)} met a passing registry error (${transientPushFailure(result.tail)}); trying again`,
        );
        await new Promise((resolve) => setTimeout(resolve, 1000 * retry));
        result = await runCommand(command, { env: io.env, log: io.log });
      }
      if (result.code !== 0) throw fail(command, result.code, result.tail);
    }
  }

  /** Which image store the engine runs; a docker that cannot say is taken for the classic one. */
  private async imageStore(io: BuilderIO): Promise<ImageStore> {
    const result = await runCommand(
      { program: 'docker', args: ['info', '--format', '{{json .DriverStatus}}'] },
      { env: io.env, keep: 5 },
    );
    return result.code === 0 ? imageStoreOf(result.tail.join('\n')) : 'classic';
  }

  /** The driver of buildx's current builder (`docker`, `docker-container`, …), if it says. */
  private async builderDriver(io: BuilderIO): Promise<string | undefined> {
    const result = await runCommand(
      {
        program: 'docker',
        args: ['buildx', 'inspect'],
        env: { BUILDX_CONFIG: buildxConfigDir(io.env) },
      },
      { env: io.env, keep: 50 },
    );
    return result.code === 0 ? buildxDriver(result.tail) : undefined;
  }

  async build(plan: BuildPlan, io: BuilderIO): Promise<BuildOutcome> {
    const store = await this.imageStore(io);
    if (
      plan.platforms.length > 1 &&
      store === 'classic' &&
      (await this.builderDriver(io)) === 'docker'
    ) {
      throw new UserError(
        `Input platform: ${plan.platforms.join(', ')} need a builder that makes multi-platform images, but buildx's builder here is the engine's own (driver docker) on its classic image store, which builds one platform; set one up with docker/setup-buildx-action (a docker-container builder), turn on the engine's containerd image store, or use builder: buildah`,
      );
    }
    const { output, commands, warnings } = dockerBuildRun(plan, buildxConfigDir(io.env), store);
    for (const warning of warnings) io.warn(warning);
    if (output === 'cache') {
      io.warn(
        `docker buildx: a build for ${plan.platforms.length} platforms cannot be loaded into the engine's classic image store, so with disable_push its result stays in the build cache only (as with docker/build-push-action's push: false); ${plan.tags.join(', ')} name no local image, and the push action cannot push it; build without disable_push, on an engine with the containerd image store, or with builder: buildah`,
      );
    }
    await this.run(commands, io, (command, code, tail) =>
      command.purpose === 'build' || !plan.push
        ? buildFailure('docker buildx', code, tail)
        : pushFailure('docker', plan.push, command.destination ?? '', code, tail),
    );
    const metadataText = await readOptional(plan.metadataFile);
    let metadata: Record<string, unknown> = {};
    try {
      metadata = metadataText ? (JSON.parse(metadataText) as Record<string, unknown>) : {};
    } catch {
      io.warn(`docker buildx wrote a metadata file that is not JSON: ${plan.metadataFile}`);
    }
    const reported = metadata['containerimage.digest'];
    return {
      imageId: dockerImageId(metadata, (await readOptional(plan.iidfile))?.trim() ?? '', {
        store,
        platforms: plan.platforms.length,
      }),
      metadata,
      // Without --push, buildx's digest is that of its local export, not what `docker push` wrote.
      pushedDigests: output === 'push' && typeof reported === 'string' ? [reported] : [],
    };
  }

  async findImage(reference: string, io: BuilderIO): Promise<LocalImage | undefined> {
    const result = await runCommand(
      {
        program: 'docker',
        args: ['image', 'inspect', '--format', '{{json .Id}} {{json .RepoDigests}}', reference],
      },
      { env: io.env, keep: 5 },
    );
    if (result.code !== 0) return undefined;
    return { list: false, ids: dockerImageIds(result.tail.join('\n')) };
  }

  async push(request: PushRequest, io: BuilderIO): Promise<void> {
    if (request.insecure && !isLoopback(request.target.host))
      io.warn(insecurePushWarning(request.target.host, request.target.registry));
    await this.run(
      dockerPushCommands(request, buildxConfigDir(io.env)),
      io,
      (_command, code, tail) =>
        pushFailure('docker', request.target, request.destination, code, tail),
    );
  }
}
