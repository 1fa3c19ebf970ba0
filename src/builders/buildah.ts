import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { homedir } from 'node:os';
import type { BuildOutcome, Builder, BuilderIO, LocalImage, PushRequest } from './types.js';
import { formatCommand, runCommand, type Command } from './exec.js';
import { UserError } from '../errors.js';
import { buildFailure, pushFailure, TAIL_LINES } from './failure.js';
import { cacheReferences, type BuildPlan, type PushPlan } from './plan.js';
import { buildahRegistriesConf } from './registries-conf.js';

export interface BuildahCommand extends Command {
  /** `replace`: clears the name a multi-platform build's manifest list will take. */
  purpose: 'replace' | 'build' | 'push';
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
 * buildx's annotation items for buildah, which annotates image manifests only: a bare
 * `key=value` or `manifest:key=value` is kept (without the prefix); the others (index:,
 * descriptors, platform-qualified) it cannot write.
 */
export function buildahAnnotations(items: string[]): { manifest: string[]; ignored: string[] } {
  const manifest: string[] = [];
  const ignored: string[] = [];
  for (const item of items) {
    const colon = item.indexOf(':');
    const eq = item.indexOf('=');
    const prefix = colon >= 0 && colon < eq ? item.slice(0, colon) : '';
    if (!prefix) manifest.push(item);
    else if (prefix === 'manifest') manifest.push(item.slice(colon + 1));
    else ignored.push(item);
  }
  return { manifest, ignored };
}

/**
 * What buildah cannot do of a plan, said before anything runs: provenance attestations are a
 * BuildKit feature (an error, as a user asking for them relies on them), and an SBOM, cache
 * exports other than to a registry, and index annotations are left out with a warning.
 */
export function buildahLimits(plan: BuildPlan): string[] {
  if (plan.provenance !== undefined && plan.provenance !== 'false') {
    throw new UserError(
      `Input provenance: buildah cannot write provenance attestations (a BuildKit feature); remove provenance, set it to false, or use builder: docker`,
    );
  }
  const warnings: string[] = [];
  if (plan.sbom !== undefined && plan.sbom !== 'false')
    warnings.push(
      'Input sbom: buildah 1.28 cannot generate an SBOM attestation; none is attached (use builder: docker, or attach one with syft and cosign or oras)',
    );
  const ignored = buildahCacheSources(plan.cacheTo).ignored;
  if (ignored.length)
    warnings.push(
      `Input cache_to: buildah exports cache to registry repositories only; ${ignored.join(', ')} left out`,
    );
  if (plan.platforms.length > 1 && plan.cacheTo.length)
    warnings.push(
      'Input cache_to: buildah caches no layers for a multi-platform build; nothing is exported',
    );
  const annotations = buildahAnnotations(plan.annotations).ignored;
  if (annotations.length)
    warnings.push(
      `Input annotations: buildah annotates image manifests only; ${annotations.join(', ')} left out`,
    );
  return warnings;
}

/**
 * The arguments of `buildah build` for a plan. One platform: an image per tag, layers cached.
 * Several: one manifest list named by the first tag. buildah 1.28 shares cached layers across
 * platforms of one build (a FROM scratch stage of arm64 reuses amd64's), so layer caching, and
 * with it cache_from, is off for those, and it writes no single image ID.
 */
export function buildahBuildArgs(plan: BuildPlan): string[] {
  const multi = plan.platforms.length > 1;
  const args = ['--registries-conf', plan.registriesConf.file];
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
    for (const destination of buildahCacheSources(plan.cacheTo).sources)
      args.push('--cache-to', destination);
  }
  for (const secret of plan.secrets)
    args.push(
      '--secret',
      secret.env ? `id=${secret.id},env=${secret.env}` : `id=${secret.id},src=${secret.file}`,
    );
  for (const ssh of plan.ssh) args.push('--ssh', ssh);
  for (const annotation of buildahAnnotations(plan.annotations).manifest)
    args.push('--annotation', annotation);
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

/**
 * The commands of a build with buildah: the build with the pull credentials, then a push per tag
 * with the target's. `buildah build --manifest` adds to a list that already has the name, so a
 * multi-platform build first removes the list an earlier build left (a re-run would otherwise
 * push the old images with the new ones).
 */
export function buildahCommands(plan: BuildPlan): BuildahCommand[] {
  const list = plan.platforms.length > 1;
  const commands: BuildahCommand[] = [];
  if (list)
    commands.push({
      program: 'buildah',
      args: ['manifest', 'rm', plan.tags[0]],
      purpose: 'replace',
    });
  commands.push({ program: 'buildah', args: buildahBuildArgs(plan), purpose: 'build' });
  const push = plan.push;
  if (!push) return commands;
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

/** What a buildah command prints as JSON, or undefined when it fails (nothing by that name). */
async function inspectJson<T>(args: string[], io: BuilderIO): Promise<T | undefined> {
  const result = await runCommand(
    { program: 'buildah', args },
    { env: io.env, keep: Number.MAX_SAFE_INTEGER },
  );
  if (result.code !== 0) return undefined;
  // stderr comes in the same lines: a warning may precede the document.
  const start = result.tail.findIndex((line) => line.startsWith('{'));
  try {
    return JSON.parse(result.tail.slice(Math.max(start, 0)).join('\n')) as T;
  } catch {
    return undefined;
  }
}

function digests(values: (string | undefined)[]): string[] {
  return [
    ...new Set(values.filter((v): v is string => Boolean(v && /^sha256:[0-9a-f]{64}$/.test(v)))),
  ];
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
    // What `manifest rm` says of a name no list has is no news: its output is kept for an error only.
    const log = command.purpose === 'replace' ? undefined : io.log;
    return runCommand(command, { env: io.env, log });
  }

  async build(plan: BuildPlan, io: BuilderIO): Promise<BuildOutcome> {
    for (const warning of buildahLimits(plan)) io.warn(warning);
    const { ignored } = buildahCacheSources(plan.cacheFrom);
    if (ignored.length)
      io.warn(
        `buildah takes registry references as cache_from only; ignored: ${ignored.join(', ')}`,
      );
    if (plan.platforms.length > 1 && plan.cacheFrom.length)
      io.warn('buildah: cache_from is not used for a multi-platform build');
    const system = await readOptional(registriesConfPath(io.env));
    await writeFile(
      plan.registriesConf.file,
      buildahRegistriesConf(system, plan.registriesConf.insecure),
      { mode: 0o600 },
    );
    for (const command of buildahCommands(plan)) {
      const result = await this.run(command, io);
      if (result.code === 0) continue;
      if (command.purpose === 'replace') {
        await this.freeListName(plan.tags[0], result.tail, io);
        continue;
      }
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
      pushedDigests: Object.values(pushed).filter(Boolean),
    };
  }

  /**
   * After `manifest rm` failed: a name no image has is free already; a name a single image has
   * (an earlier single-platform build) is taken from it, as a new build takes a tag; anything
   * else stops the build.
   */
  private async freeListName(name: string, tail: string[], io: BuilderIO): Promise<void> {
    const said = tail.join('\n');
    if (/image not known/i.test(said)) return;
    if (/not a manifest list/i.test(said)) {
      const removed = await this.run(
        { program: 'buildah', args: ['rmi', name], purpose: 'replace' },
        io,
      );
      if (removed.code === 0) return;
      tail = removed.tail;
    }
    throw new UserError(
      `buildah could not free the name ${name} for the manifest list of this multi-platform build: ${tail
        .filter((l) => l.trim())
        .slice(-TAIL_LINES)
        .join(' ')}`,
    );
  }

  async findImage(reference: string, io: BuilderIO): Promise<LocalImage | undefined> {
    // `manifest exists` and `inspect --type image` look in local storage only; `manifest inspect`
    // would ask a registry for a name it does not hold, so it comes after `manifest exists`.
    const exists = await runCommand(
      { program: 'buildah', args: ['manifest', 'exists', reference] },
      { env: io.env, keep: 5 },
    );
    if (exists.code === 0) {
      const list = await inspectJson<{ manifests?: { digest?: string }[] }>(
        ['manifest', 'inspect', reference],
        io,
      );
      return { list: true, ids: digests((list?.manifests ?? []).map((m) => m.digest)) };
    }
    const image = await inspectJson<{ FromImageID?: string; FromImageDigest?: string }>(
      ['inspect', '--type', 'image', reference],
      io,
    );
    if (!image) return undefined;
    const id = image.FromImageID ? `sha256:${image.FromImageID.replace(/^sha256:/, '')}` : '';
    return { list: false, ids: digests([id, image.FromImageDigest]) };
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
