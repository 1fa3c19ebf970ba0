import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { homedir } from 'node:os';
import type { BuildOutcome, Builder, BuilderIO, LocalImage, PushRequest } from './builder.js';
import { formatCommand, runCommand, type Command } from './exec.js';
import { buildFailure, pushFailure } from './failure.js';
import { cacheReferences, type BuildPlan, type PushPlan } from './plan.js';
import { registriesConfWithInsecure } from './registries-conf.js';

export interface BuildahCommand extends Command {
  purpose: 'build' | 'push';
  /** For pushes: the full reference written. */
  destination?: string;
}

/**
 * `cache_from` for buildah, which takes repositories to look for cached layers in: the
 * repository of each registry reference; other buildx cache types mean nothing to it.
 */
export function buildahCacheSources(cacheFrom: string[]): { sources: string[]; ignored: string[] } {
  const { references, others } = cacheReferences(cacheFrom);
  const sources = references.map((ref) => {
    const name = ref.split('@')[0];
    const colon = name.lastIndexOf(':');
    return colon > name.lastIndexOf('/') ? name.slice(0, colon) : name;
  });
  return { sources: [...new Set(sources)], ignored: others };
}

/**
 * The arguments of `buildah build` for a plan. One platform: an image per tag, layers cached.
 * Several: one manifest list named by the first tag. buildah 1.28 shares cached layers across
 * platforms of one build (a FROM scratch stage of arm64 reuses amd64's), so layer caching, and
 * with it cache_from, is off for those, and it writes no single image ID.
 */
export function buildahBuildArgs(plan: BuildPlan): string[] {
  const multi = plan.platforms.length > 1;
  const args: string[] = [];
  if (plan.registriesConf) args.push('--registries-conf', plan.registriesConf.file);
  args.push('build', '--authfile', plan.authfile);
  if (!multi) args.push('--layers');
  args.push('-f', plan.dockerfile);
  if (plan.platforms.length) args.push('--platform', plan.platforms.join(','));
  for (const [key, value] of Object.entries(plan.buildArgs))
    args.push('--build-arg', `${key}=${value}`);
  for (const [key, value] of Object.entries(plan.labels)) args.push('--label', `${key}=${value}`);
  if (!multi) {
    for (const source of buildahCacheSources(plan.cacheFrom).sources)
      args.push('--cache-from', source);
  }
  if (plan.target) args.push('--target', plan.target);
  if (plan.noCache) args.push('--no-cache');
  if (multi) args.push('--manifest', plan.tags[0]);
  else for (const tag of plan.tags) args.push('-t', tag);
  if (!multi) args.push('--iidfile', plan.iidfile);
  args.push(plan.context);
  return args;
}

/** `buildah push` (or `manifest push --all` for a list) of a local image to one tag. */
export function buildahPushArgs(
  request: Pick<
    PushRequest,
    'source' | 'destination' | 'authfile' | 'insecure' | 'list' | 'digestFile'
  >,
): string[] {
  const args = request.list ? ['manifest', 'push', '--all'] : ['push'];
  args.push('--authfile', request.authfile, '--digestfile', request.digestFile);
  if (request.insecure) args.push('--tls-verify=false');
  args.push(request.source, `docker://${request.destination}`);
  return args;
}

/** The commands of a build with buildah: the build with the pull credentials, then a push per tag with the target's. */
export function buildahCommands(plan: BuildPlan): BuildahCommand[] {
  const commands: BuildahCommand[] = [
    { program: 'buildah', args: buildahBuildArgs(plan), purpose: 'build' },
  ];
  const push = plan.push;
  if (!push) return commands;
  const list = plan.platforms.length > 1;
  plan.tags.forEach((tag, i) => {
    commands.push({
      program: 'buildah',
      args: buildahPushArgs({
        source: list ? plan.tags[0] : tag,
        destination: tag,
        authfile: push.authfile,
        insecure: push.insecure,
        list,
        digestFile: push.digestFiles[i],
      }),
      purpose: 'push',
      destination: tag,
    });
  });
  return commands;
}

/** The registries.conf buildah would read: CONTAINERS_REGISTRIES_CONF, the user's, else the system's. */
function registriesConfPath(env: NodeJS.ProcessEnv): string {
  if (env.CONTAINERS_REGISTRIES_CONF) return env.CONTAINERS_REGISTRIES_CONF;
  const user = path.join(
    env.XDG_CONFIG_HOME || path.join(env.HOME || homedir(), '.config'),
    'containers',
    'registries.conf',
  );
  if (process.getuid?.() !== 0 && existsSync(user)) return user;
  return '/etc/containers/registries.conf';
}

async function readOptional(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

export class BuildahBuilder implements Builder {
  readonly kind = 'buildah' as const;

  private async run(command: BuildahCommand, io: BuilderIO) {
    io.log(`[command]${formatCommand(command)}`);
    return runCommand(command, { env: io.env, log: io.log });
  }

  async build(plan: BuildPlan, io: BuilderIO): Promise<BuildOutcome> {
    const { ignored } = buildahCacheSources(plan.cacheFrom);
    if (ignored.length)
      io.warn(
        `buildah takes registry references as cache_from only; ignored: ${ignored.join(', ')}`,
      );
    if (plan.platforms.length > 1 && plan.cacheFrom.length)
      io.warn('buildah: cache_from is not used for a multi-platform build');
    if (plan.registriesConf) {
      const system = await readOptional(registriesConfPath(io.env));
      await writeFile(
        plan.registriesConf.file,
        registriesConfWithInsecure(system, plan.registriesConf.insecure),
        { mode: 0o600 },
      );
    }
    for (const command of buildahCommands(plan)) {
      const result = await this.run(command, io);
      if (result.code === 0) continue;
      if (command.purpose === 'build') throw buildFailure('buildah', result.code, result.tail);
      throw pushFailure(
        'buildah',
        plan.push as PushPlan,
        command.destination ?? '',
        result.code,
        result.tail,
      );
    }
    const imageId =
      plan.platforms.length > 1 ? '' : ((await readOptional(plan.iidfile))?.trim() ?? '');
    const pushed: Record<string, string> = {};
    for (const [i, file] of (plan.push?.digestFiles ?? []).entries()) {
      pushed[plan.tags[i]] = (await readOptional(file))?.trim() ?? '';
    }
    return {
      imageId,
      metadata: {
        ...(imageId ? { 'containerimage.config.digest': imageId } : {}),
        ...(plan.push ? { 'buildah.pushed': pushed } : {}),
      },
    };
  }

  async findImage(reference: string, io: BuilderIO): Promise<LocalImage | undefined> {
    // `manifest exists` and `inspect --type image` look in local storage only.
    const list = await runCommand(
      { program: 'buildah', args: ['manifest', 'exists', reference] },
      { env: io.env, keep: 5 },
    );
    if (list.code === 0) return { list: true };
    const image = await runCommand(
      { program: 'buildah', args: ['inspect', '--type', 'image', reference] },
      { env: io.env, keep: 5 },
    );
    return image.code === 0 ? { list: false } : undefined;
  }

  async push(request: PushRequest, io: BuilderIO): Promise<void> {
    const result = await this.run(
      {
        program: 'buildah',
        args: buildahPushArgs(request),
        purpose: 'push',
        destination: request.destination,
      },
      io,
    );
    if (result.code !== 0)
      throw pushFailure('buildah', request.target, request.destination, result.code, result.tail);
  }
}
