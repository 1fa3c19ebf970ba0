import {
  authConfig,
  conflictingDomains,
  mergeAuthConfigs,
  writeAuthFile,
  type AuthConfig,
} from '../../builders/authfile.js';
import { stepFiles, type BuildPlan } from '../../builders/plan.js';
import { type Endpoint, type PushTarget } from '../../credentials/resolve.js';
import { imageLabels } from './labels.js';
import type { BuildSettings } from './settings.js';
import type { BuildRegistries } from './registries.js';

export function imageReferences(settings: BuildSettings, target: PushTarget | undefined): string[] {
  const name = target ? `${target.endpoint.domain}/${target.repository}` : settings.imageName;
  return settings.tags.map((tag) => `${name}:${tag}`);
}

export interface PlannedBuild {
  plan: BuildPlan;
  auth: { pull: AuthConfig; push?: AuthConfig; shared?: AuthConfig };
}

/** The plan of a build in the step directory `dir`: plain data, and the auth files' content. */
export function planBuild(
  settings: BuildSettings,
  registries: BuildRegistries,
  dir: string,
  env: NodeJS.ProcessEnv,
  now: Date,
): PlannedBuild {
  const { target } = registries;
  const tags = imageReferences(settings, target);
  const files = stepFiles(dir, tags.length);
  const pull = authConfig(registries.pulls);
  const push = target ? authConfig([target.endpoint]) : undefined;
  const shared = push ? mergeAuthConfigs(pull, push) : undefined;
  const conflict =
    target && push && !shared
      ? describeConflict(settings, registries.pulls, target, conflictingDomains(pull, push))
      : undefined;
  const plan: BuildPlan = {
    context: settings.context,
    dockerfile: settings.dockerfile,
    buildArgs: settings.buildArgs,
    ...(settings.target ? { target: settings.target } : {}),
    noCache: settings.noCache,
    platforms: settings.platforms,
    labels: imageLabels(env, settings.tags[0], settings.labels, now),
    cacheFrom: settings.cacheFrom,
    cacheTo: settings.cacheTo,
    secrets: settings.secrets,
    ssh: settings.ssh,
    ...(settings.provenance !== undefined ? { provenance: settings.provenance } : {}),
    ...(settings.sbom !== undefined ? { sbom: settings.sbom } : {}),
    annotations: settings.annotations,
    tags,
    authfile: files.pullAuth,
    registriesConf: { file: files.registriesConf, insecure: [...new Set(registries.insecure)] },
    insecurePulls: [...new Set(registries.insecurePulls)],
    iidfile: files.iid,
    metadataFile: files.metadata,
    ...(target
      ? {
          push: {
            registry: target.endpoint.label,
            host: target.endpoint.host,
            repository: target.repository,
            authfile: files.pushAuth,
            ...(shared ? { sharedAuthfile: files.sharedAuth } : {}),
            ...(conflict ? { conflict } : {}),
            insecure: target.endpoint.insecure,
            digestFiles: files.digests,
          },
        }
      : {}),
  };
  return { plan, auth: { pull, ...(push ? { push } : {}), ...(shared ? { shared } : {}) } };
}

/** Why an identity was picked, in the words of what the user set (DESIGN §3). */
function pullChoice(settings: BuildSettings, endpoint: Endpoint): string {
  const integration = endpoint.integration;
  if (!integration) return endpoint.label;
  if (settings.registryContexts.includes(integration.name))
    return `${integration.name} (input registry_contexts)`;
  return integration.primary
    ? `${integration.name} (primary: true for ${endpoint.domain})`
    : `${integration.name} (the only integration of ${endpoint.domain})`;
}

function pushChoice(settings: BuildSettings, target: PushTarget): string {
  const { label, integration } = target.endpoint;
  if (settings.registry) return `${label} (input registry)`;
  if (integration?.default) return `${label} (default: true)`;
  return `${label} (the domain of image_name)`;
}

/** Which domains need two identities, and who picked each: for a builder that must refuse it. */
function describeConflict(
  settings: BuildSettings,
  pulls: Endpoint[],
  target: PushTarget,
  keys: string[],
): string {
  return pulls
    .filter((p) => keys.includes(p.domain))
    .map(
      (p) =>
        `${p.domain} is pulled as ${pullChoice(settings, p)} and pushed to as ${pushChoice(settings, target)}`,
    )
    .join('; ');
}

export async function writeAuthFiles(planned: PlannedBuild): Promise<void> {
  const { plan, auth } = planned;
  await writeAuthFile(plan.authfile, auth.pull);
  if (plan.push && auth.push) await writeAuthFile(plan.push.authfile, auth.push);
  if (plan.push?.sharedAuthfile && auth.shared)
    await writeAuthFile(plan.push.sharedAuthfile, auth.shared);
}

export function describePulls(registries: BuildRegistries): string {
  if (!registries.pulls.length) return 'anonymously';
  return registries.pulls.map((p) => `${p.domain} as ${p.label}`).join(', ');
}
