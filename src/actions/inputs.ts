import { parse as parseYaml } from 'yaml';
import { UserError } from '../errors.js';
import { loadRegistries, type RegistriesConfig } from '../credentials/registries-file.js';
import { tagFromItem } from '../oci/reference.js';
import type { ActionIO } from '../host/io.js';

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
  'dry_run',
  'fail_on_error',
  'list_tags',
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
