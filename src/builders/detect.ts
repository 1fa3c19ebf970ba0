import { UserError } from '../errors.js';
import { BuildahBuilder } from './buildah.js';
import { DockerBuilder } from './docker.js';
import { runCommand } from './exec.js';
import type { Builder, BuilderChoice } from './types.js';

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
