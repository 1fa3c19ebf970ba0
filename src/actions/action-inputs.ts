import { UserError } from '../errors.js';
import type { Action } from '../host/run.js';

/**
 * The inputs each action declares in its actions/<name>/action.yml (a unit test keeps the two
 * equal). The runner sets INPUT_<NAME> for every `with:` key, declared or not, so a key the
 * action does not know — a typo, or another action's name for an input — is caught here instead
 * of being silently ignored.
 */
export const ACTION_INPUTS: Record<string, readonly string[]> = {
  build: [
    'image_name',
    'tag',
    'tags',
    'dockerfile',
    'working_directory',
    'build_arguments',
    'target',
    'no_cache',
    'platform',
    'labels',
    'cache_from',
    'cache_to',
    'secrets',
    'ssh',
    'provenance',
    'sbom',
    'annotations',
    'registry',
    'registry_contexts',
    'disable_push',
    'builder',
    'registries',
    'registries_file',
  ],
  push: [
    'candidate',
    'tag',
    'tags',
    'image_name',
    'registry',
    'registry_context',
    'registries',
    'registries_file',
  ],
  promote: [
    'candidate',
    'tag',
    'tags',
    'registry',
    'image_name',
    'registry_context',
    'expected_digest',
    'dry_run',
    'platforms',
    'referrers',
    'overwrite',
    'index_annotations',
    'registries',
    'registries_file',
  ],
  'report-image-info': [
    'image',
    'registry_context',
    'endpoint',
    'token',
    'annotations',
    'fail_on_error',
    'timeout_seconds',
    'list_tags',
    'github_token',
    'issue_key_pattern',
    'registries',
    'registries_file',
  ],
  login: ['registry_contexts', 'registries_only', 'dir', 'registries', 'registries_file'],
  save: [
    'images',
    'archive',
    'format',
    'platforms',
    'referrers',
    'registry_context',
    'registry_contexts',
    'registries',
    'registries_file',
  ],
  load: [
    'archive',
    'registry',
    'images',
    'image_name',
    'tags',
    'overwrite',
    'referrers',
    'registries',
    'registries_file',
  ],
};

/** Names other actions (docker/build-push-action, docker/login-action, …) use for our inputs. */
const ALIASES: Record<string, string> = {
  'build-args': 'build_arguments',
  build_args: 'build_arguments',
  buildargs: 'build_arguments',
  context: 'working_directory',
  file: 'dockerfile',
  platforms: 'platform',
  push: 'disable_push',
  load: 'disable_push',
  'no-cache': 'no_cache',
  'cache-from': 'cache_from',
  'cache-to': 'cache_to',
  'image-name': 'image_name',
  image: 'image_name',
  name: 'image_name',
  'registry-context': 'registry_context',
  'registry-contexts': 'registry_contexts',
  'registries-file': 'registries_file',
};

/** Edit distance, for names within a typo of each other. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

/** The known input a user most likely meant by `name`, if any is close. */
export function meantInput(name: string, known: readonly string[]): string | undefined {
  const alias = ALIASES[name];
  if (alias && known.includes(alias)) return alias;
  const snake = name.replace(/-/g, '_');
  if (known.includes(snake)) return snake;
  const longer = known.find((k) => k.startsWith(`${snake}_`));
  if (longer) return longer;
  let best: { name: string; d: number } | undefined;
  for (const candidate of known) {
    const d = distance(snake, candidate);
    if (!best || d < best.d) best = { name: candidate, d };
  }
  return best && best.d <= Math.max(2, Math.floor(snake.length / 4)) ? best.name : undefined;
}

/**
 * The input names the runner passed (`INPUT_<NAME>` variables; the runner upper-cases a `with:`
 * key and keeps its dashes), lower-cased.
 */
export function givenInputs(env: NodeJS.ProcessEnv): string[] {
  return Object.keys(env)
    .filter((key) => key.startsWith('INPUT_'))
    .map((key) => key.slice('INPUT_'.length).toLowerCase());
}

/** Fails on the first input `action` does not declare, naming the one probably meant. */
export function checkInputNames(action: string, given: string[]): void {
  const known = ACTION_INPUTS[action];
  if (!known) return;
  const unknown = given.filter((name) => !known.includes(name)).sort();
  if (!unknown.length) return;
  const described = unknown.map((name) => {
    const meant = meantInput(name, known);
    return meant ? `${name} (did you mean ${meant}?)` : name;
  });
  throw new UserError(
    `Unknown input${unknown.length > 1 ? 's' : ''} ${described.join(', ')} for ${action}; its inputs are ${known.join(', ')}`,
  );
}

/** An action that first checks that every input the runner passed is one `name` declares. */
export function checkingInputs(name: string, action: Action): Action {
  return async (io) => {
    checkInputNames(name, givenInputs(io.env));
    await action(io);
  };
}
