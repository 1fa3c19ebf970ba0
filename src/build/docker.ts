import { existsSync } from 'node:fs';
import { readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import { dockerConfigPath } from '../registry/docker-config.js';
import type { BuildOutcome, Builder, BuilderIO, LocalImage, PushRequest } from './builder.js';
import { formatCommand, runCommand, type Command } from './exec.js';
import { buildFailure, pushFailure } from './failure.js';
import type { BuildPlan } from './plan.js';

/** A command of a build, and what it does: a failure is reported by what it was doing. */
export interface DockerCommand extends Command {
  purpose: 'build' | 'push';
  /** For pushes: the full reference written. */
  destination?: string;
}

/** The arguments of `docker buildx build` for a plan: `--push` to the registry, or `--load`. */
export function dockerBuildArgs(plan: BuildPlan, output: 'push' | 'load'): string[] {
  const args = ['buildx', 'build', '--progress=plain', '-f', plan.dockerfile];
  if (plan.platforms.length) args.push('--platform', plan.platforms.join(','));
  for (const [key, value] of Object.entries(plan.buildArgs))
    args.push('--build-arg', `${key}=${value}`);
  for (const [key, value] of Object.entries(plan.labels)) args.push('--label', `${key}=${value}`);
  for (const source of plan.cacheFrom) args.push('--cache-from', source);
  if (plan.target) args.push('--target', plan.target);
  if (plan.noCache) args.push('--no-cache');
  for (const tag of plan.tags) args.push('-t', tag);
  args.push('--iidfile', plan.iidfile, '--metadata-file', plan.metadataFile);
  args.push(output === 'push' ? '--push' : '--load');
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

/**
 * The commands of a build with docker. buildx reads one Docker config for the whole build, so it
 * pushes during the build only when pulls and push can share one file (no domain needing two
 * identities). Otherwise the image is loaded into the engine with the pull credentials, then
 * each tag is pushed with the target's: a single-platform image only, as the engine's image
 * store holds one platform.
 */
export function dockerCommands(plan: BuildPlan, buildxConfig: string): DockerCommand[] {
  if (plan.push?.sharedAuthfile) {
    return [
      {
        program: 'docker',
        args: dockerBuildArgs(plan, 'push'),
        env: dockerEnv(plan.push.sharedAuthfile, buildxConfig),
        purpose: 'build',
      },
    ];
  }
  if (plan.push && plan.platforms.length > 1) {
    throw new UserError(
      `builder docker: a multi-platform build cannot pull and push ${plan.push.host} with two identities (registry_contexts names another integration on the domain ${plan.push.registry} pushes to); use builder: buildah, or push with the push action`,
    );
  }
  const commands: DockerCommand[] = [
    {
      program: 'docker',
      args: dockerBuildArgs(plan, 'load'),
      env: dockerEnv(plan.authfile, buildxConfig),
      purpose: 'build',
    },
  ];
  if (plan.push) {
    for (const tag of plan.tags) {
      commands.push({
        program: 'docker',
        args: ['push', tag],
        env: dockerEnv(plan.push.authfile, buildxConfig),
        purpose: 'push',
        destination: tag,
      });
    }
  }
  return commands;
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
      const result = await runCommand(command, { env: io.env, log: io.log });
      if (result.code !== 0) throw fail(command, result.code, result.tail);
    }
  }

  async build(plan: BuildPlan, io: BuilderIO): Promise<BuildOutcome> {
    const commands = dockerCommands(plan, buildxConfigDir(io.env));
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
    return { imageId: (await readOptional(plan.iidfile))?.trim() ?? '', metadata };
  }

  async findImage(reference: string, io: BuilderIO): Promise<LocalImage | undefined> {
    const result = await runCommand(
      { program: 'docker', args: ['image', 'inspect', '--format', '{{.Id}}', reference] },
      { env: io.env, keep: 5 },
    );
    return result.code === 0 ? { list: false } : undefined;
  }

  async push(request: PushRequest, io: BuilderIO): Promise<void> {
    await this.run(
      dockerPushCommands(request, buildxConfigDir(io.env)),
      io,
      (_command, code, tail) =>
        pushFailure('docker', request.target, request.destination, code, tail),
    );
  }
}
