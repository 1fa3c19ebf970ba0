import { parse as parseYaml } from 'yaml';
import { UserError } from '../errors.js';
import { loadRegistries, type RegistriesConfig } from '../credentials/registries-file.js';
import { tagFromItem } from '../oci/reference.js';
import type { ActionIO } from '../host/io.js';
import type { Action } from '../host/run.js';

/**
 * Multi-value inputs (DESIGN §4): a YAML list, or items separated by newlines or commas.
 */
export function parseList(text: string, name: string): string[] {
  const trimmed = text.trim();
  if (!trimmed) return [];
  if (trimmed.startsWith('[') || trimmed.startsWith('- ')) {
    let parsed: unknown;
    try {
      parsed = parseYaml(trimmed, { schema: 'failsafe' });
    } catch (error) {
      throw new UserError(
        `Input ${name}: not a valid YAML list (${(error as Error).message.split('\n')[0]})`,
      );
    }
    if (!Array.isArray(parsed) || parsed.some((v) => typeof v === 'object' && v !== null)) {
      throw new UserError(`Input ${name}: expected a list of strings`);
    }
    return parsed.map((v) => String(v).trim()).filter(Boolean);
  }
  return trimmed
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function getList(io: ActionIO, name: string): string[] {
  return parseList(io.getInput(name), name);
}

/**
 * Every true/false input of every action: the CLI takes them as bare flags (`--dry-run`), so the
 * list is checked where they are read.
 */
export const BOOLEAN_INPUTS: ReadonlySet<string> = new Set([
  'disable_push',
  'attest',
  'dry_run',
  'fail_on_error',
  'list_tags',
  'include_packages',
  'no_cache',
  'overwrite',
  'referrers',
]);

export function getBoolean(io: ActionIO, name: string, fallback: boolean): boolean {
  if (!BOOLEAN_INPUTS.has(name))
    throw new Error(`${name} is read as a boolean but not in BOOLEAN_INPUTS`);
  const value = io.getInput(name);
  if (!value) return fallback;
  if (/^(true|True|TRUE)$/.test(value)) return true;
  if (/^(false|False|FALSE)$/.test(value)) return false;
  throw new UserError(`Input ${name}: "${value}" is not a boolean; use true or false`);
}

/**
 * A map input: a YAML map, or `KEY=VALUE` items as a list or one per line. Values are strings.
 */
export function parseMap(text: string, name: string): Record<string, string> {
  const trimmed = text.trim();
  if (!trimmed) return {};
  let parsed: unknown;
  if (!trimmed.startsWith('- ') && !trimmed.startsWith('[') && /^[^=\n]+:\s/m.test(trimmed)) {
    try {
      parsed = parseYaml(trimmed, { schema: 'failsafe' });
    } catch (error) {
      throw new UserError(
        `Input ${name}: not a valid YAML map (${(error as Error).message.split('\n')[0]})`,
      );
    }
  }
  if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(parsed)) {
      if (v !== null && typeof v === 'object')
        throw new UserError(`Input ${name}: the value of ${k} must be a string`);
      out[k] = v === null ? '' : String(v);
    }
    return out;
  }
  const out: Record<string, string> = {};
  for (const item of parseLines(trimmed, name)) {
    const eq = item.indexOf('=');
    if (eq <= 0) throw new UserError(`Input ${name}: "${item}" is not KEY=VALUE`);
    out[item.slice(0, eq).trim()] = item.slice(eq + 1);
  }
  return out;
}

/**
 * Items that may hold commas themselves (`type=registry,ref=…`, `id=NAME,env=VAR`, KEY=VALUE):
 * only newlines, or a YAML list, separate them (DESIGN §4).
 */
export function parseLines(text: string, name: string): string[] {
  const trimmed = text.trim();
  if (trimmed.startsWith('[') || trimmed.startsWith('- ')) return parseList(trimmed, name);
  return trimmed
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
}

export function getLines(io: ActionIO, name: string): string[] {
  return parseLines(io.getInput(name), name);
}

/**
 * `tag` first, then `tags`, without duplicates; `tags` items may be full references.
 * Returns [] when neither is given, so each action applies its own default (DESIGN §4).
 */
export function getTags(io: ActionIO): string[] {
  const tags: string[] = [];
  const tag = io.getInput('tag');
  if (tag) tags.push(tagFromItem(tag, 'tag'));
  for (const item of getList(io, 'tags')) tags.push(tagFromItem(item, 'tags'));
  return [...new Set(tags)];
}

export function getRegistries(io: ActionIO): RegistriesConfig {
  return loadRegistries({
    inline: io.getInput('registries') || undefined,
    file: io.getInput('registries_file') || undefined,
    cwd: io.env.GITHUB_WORKSPACE || process.cwd(),
  });
}

// --- Which inputs each action declares, and what a mistyped one was meant to be.

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
    'sign',
    'sign_key',
    'signature_format',
    'attest',
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
    'read_layers_mb',
    'include_packages',
    'registries',
    'registries_file',
  ],
  login: ['registry_contexts', 'registries_only', 'dir', 'registries', 'registries_file'],
  sync: ['sync', 'sync_file', 'shard', 'dry_run', 'registries', 'registries_file'],
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
