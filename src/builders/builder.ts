import { UserError } from '../errors.js';
import { BuildahBuilder } from './buildah.js';
import { DockerBuilder } from './docker.js';
import { runCommand } from './exec.js';
import type { PushTargetInfo } from './failure.js';
import type { BuildPlan } from './plan.js';

export type BuilderKind = 'docker' | 'buildah';
export type BuilderChoice = 'auto' | BuilderKind;
export const BUILDER_CHOICES: BuilderChoice[] = ['auto', 'docker', 'buildah'];

/** What a builder may do to the step: its environment, and where its output goes. */
export interface BuilderIO {
  env: NodeJS.ProcessEnv;
  /** The builder's own output, line by line, and the commands it runs. */
  log(line: string): void;
  warn(message: string): void;
}

export interface BuildOutcome {
  /** The image ID (config digest) the builder reports; '' when it reports none. */
  imageId: string;
  /** What the builder says about the build: buildx's metadata file, or buildah's equivalent. */
  metadata: Record<string, unknown>;
  /**
   * The manifest digests the builder says it wrote to the registry, when the build itself pushed
   * (buildx `--push`, `buildah push`); empty when a later `docker push` did, whose digest is the
   * registry's alone.
   */
  pushedDigests: string[];
}

/** One push of a local image to one tag of a registry. */
export interface PushRequest {
  /** The local image (or, for buildah, manifest list). */
  source: string;
  /** Full reference of the tag to write. */
  destination: string;
  target: PushTargetInfo;
  /** Docker config format, holding the target's credentials only. */
  authfile: string;
  insecure: boolean;
  /** The source is a manifest list (a multi-platform buildah build). */
  list: boolean;
  /** Where the builder writes the digest it pushed, if it can. */
  digestFile: string;
}

export interface LocalImage {
  /** A manifest list rather than one image. */
  list: boolean;
  /**
   * Digests that identify the local copy: its image ID (the config digest, or with docker's
   * containerd store the manifest's), the manifest digests it was pulled or pushed by, a list's
   * instances. The push action compares them with what the candidate's registry holds.
   */
  ids: string[];
}

/** docker buildx and buildah, behind one face: the same plan in, the same outcome out. */
export interface Builder {
  readonly kind: BuilderKind;
  /** Builds the plan; with `plan.push` every tag is in the registry afterwards. */
  build(plan: BuildPlan, io: BuilderIO): Promise<BuildOutcome>;
  /** Whether `reference` names an image in the builder's local storage (never asks a registry). */
  findImage(reference: string, io: BuilderIO): Promise<LocalImage | undefined>;
  push(request: PushRequest, io: BuilderIO): Promise<void>;
}

/** Whether a program answers: exits 0. A missing program does not answer. */
export type Probe = (program: string, args: string[], env: NodeJS.ProcessEnv) => Promise<boolean>;

export const probeProgram: Probe = async (program, args, env) => {
  try {
    const result = await runCommand({ program, args }, { env, keep: 5 });
    return result.code === 0;
  } catch (error) {
    if (error instanceof UserError) return false;
    throw error;
  }
};

/** A Docker engine answers, and buildx is there to drive it. */
async function dockerAnswers(
  env: NodeJS.ProcessEnv,
  probe: Probe,
): Promise<'yes' | 'no-engine' | 'no-buildx'> {
  if (!(await probe('docker', ['info'], env))) return 'no-engine';
  return (await probe('docker', ['buildx', 'version'], env)) ? 'yes' : 'no-buildx';
}

/**
 * The builder the `builder` input asks for. `auto` picks docker when its engine answers, else
 * buildah when it is installed, else fails saying what to install.
 */
export async function detectBuilder(
  choice: BuilderChoice,
  env: NodeJS.ProcessEnv,
  probe: Probe = probeProgram,
): Promise<Builder> {
  if (choice === 'docker' || choice === 'auto') {
    const docker = await dockerAnswers(env, probe);
    if (docker === 'yes') return new DockerBuilder();
    if (choice === 'docker') {
      throw new UserError(
        docker === 'no-engine'
          ? 'Input builder: docker was asked for, but no Docker engine answers `docker info`; start the engine, or use builder: buildah'
          : 'Input builder: docker was asked for, but the buildx plugin is missing (`docker buildx version` fails); install docker-buildx, or use builder: buildah',
      );
    }
  }
  if (await probe('buildah', ['--version'], env)) return new BuildahBuilder();
  if (choice === 'buildah') {
    throw new UserError(
      'Input builder: buildah was asked for, but `buildah --version` does not answer; install buildah (apt-get install buildah)',
    );
  }
  throw new UserError(
    'No image builder found: no Docker engine answers `docker info` (with the buildx plugin) and buildah is not installed; install buildah (apt-get install buildah), or Docker with buildx and start its engine',
  );
}

/** Every builder usable here, docker first: where the push action looks for a local candidate. */
export async function availableBuilders(
  env: NodeJS.ProcessEnv,
  probe: Probe = probeProgram,
): Promise<Builder[]> {
  const builders: Builder[] = [];
  if ((await dockerAnswers(env, probe)) === 'yes') builders.push(new DockerBuilder());
  if (await probe('buildah', ['--version'], env)) builders.push(new BuildahBuilder());
  return builders;
}
