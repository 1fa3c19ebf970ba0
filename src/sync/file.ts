import { readInputFile } from '../input-file.js';
import { MiB } from '../units.js';
import { LineCounter, parseDocument } from 'yaml';
import { UserError } from '../errors.js';
import { isObject } from '../json.js';
import { parseReference, type ImageReference } from '../oci/reference.js';
import type { Platform } from '../oci/manifest.js';
import { Locator, problemsError } from '../credentials/registries-file-problems.js';
import { parsePlatform } from '../oci/platform.js';
import { SYNC_INPUT, schemaProblems, semanticProblems } from './problems.js';
import type { TagRules } from './rules.js';

/** One entry of the sync file (DESIGN §9), checked and compiled. */
export interface SyncEntry {
  /** Its place in the file: `sync[2]`, and the line, for messages. */
  index: number;
  line: number;
  /** The line of each field written, for messages about its value (`registry: nope`). */
  lines: Record<string, number>;
  /** The source repository (no tag). */
  source: ImageReference;
  /** The target integration's name; undefined: the default one. */
  registry?: string;
  /** The target repository as written; undefined: the source's repository. */
  imageName?: string;
  rules: TagRules;
  targetTag: string;
  platforms: Platform[];
  referrers: boolean;
  overwrite: boolean;
  backup?: string;
}

export interface SyncFile {
  /** The file it came from, or `the sync input`. */
  source: string;
  entries: SyncEntry[];
}

export const DEFAULT_SYNC_FILE = '.github/sync.yml';

/**
 * Parses and checks a sync file. Every problem is reported at once, one per line, naming the
 * file, the line and the field, before any registry is asked.
 */
export function parseSyncFile(text: string, source: string): SyncFile {
  const inline = source === SYNC_INPUT;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length) {
    throw problemsError(
      source,
      doc.errors.map((error) => ({
        line: lineCounter.linePos(error.pos[0]).line,
        field: '',
        message: `YAML syntax error: ${error.message.split('\n')[0]}`,
      })),
      inline,
    );
  }
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    throw new UserError(`${source}: cannot read the YAML: ${(error as Error).message}`);
  }
  const locator = new Locator(doc.contents, lineCounter);
  const problems = schemaProblems(data ?? {}, locator);
  const entries = isObject(data) && Array.isArray(data.sync) ? data.sync : [];
  problems.push(...semanticProblems(entries, locator, new Set(problems.map((p) => p.field))));
  if (problems.length) throw problemsError(source, problems, inline);
  return {
    source,
    entries: entries.map((entry, index) => ({
      ...toEntry(entry as Record<string, unknown>, index, locator.line(['sync', index])),
      lines: Object.fromEntries(
        Object.keys(entry as object).map((field) => [field, locator.line(['sync', index, field])]),
      ),
    })),
  };
}

function toEntry(
  entry: Record<string, unknown>,
  index: number,
  line: number,
): Omit<SyncEntry, 'lines'> {
  const tags = (entry.tags ?? {}) as Record<string, unknown>;
  const regexes = (value: unknown) =>
    ((value as string[] | undefined) ?? []).map((p) => new RegExp(p));
  return {
    index,
    line,
    source: parseReference(entry.source as string, { defaultTag: false, what: 'source' }),
    ...(typeof entry.registry === 'string' ? { registry: entry.registry } : {}),
    ...(typeof entry.image_name === 'string' ? { imageName: entry.image_name } : {}),
    rules: {
      allow: regexes(tags.allow),
      deny: regexes(tags.deny),
      ...(typeof tags.semver === 'string' ? { range: tags.semver } : {}),
      ...(typeof tags.latest === 'number' ? { latest: tags.latest } : {}),
    },
    targetTag: typeof entry.target_tag === 'string' ? entry.target_tag : '{tag}',
    platforms: ((entry.platforms as string[] | undefined) ?? []).map((p) =>
      parsePlatform(p, 'sync'),
    ),
    referrers: entry.referrers !== false,
    overwrite: entry.overwrite !== false,
    ...(typeof entry.backup === 'string' ? { backup: entry.backup } : {}),
  };
}

export interface LoadSyncOptions {
  /** The `sync` input: the same YAML inline. Wins over the file. */
  inline?: string;
  /** The `sync_file` input, relative to `cwd`; default `.github/sync.yml`. */
  file?: string;
  cwd: string;
}

/** A sync file lists repositories and rules: 4 MiB is tens of thousands of entries. */
export const MAX_SYNC_FILE_BYTES = 4 * MiB;

export function loadSyncFile(options: LoadSyncOptions): SyncFile {
  if (options.inline !== undefined && options.inline.trim()) {
    return parseSyncFile(options.inline, SYNC_INPUT);
  }
  const explicit = options.file !== undefined && options.file.trim() !== '';
  const file = explicit ? (options.file as string).trim() : DEFAULT_SYNC_FILE;
  const text = readInputFile({
    file,
    explicit,
    input: 'sync_file',
    cwd: options.cwd,
    maxBytes: MAX_SYNC_FILE_BYTES,
    kind: 'a sync file',
    missingDefault: '; write it, or give the rules in the sync input',
  }) as string;
  return parseSyncFile(text, file);
}

/** How messages name an entry: `.github/sync.yml line 4 (sync[0], docker.io/library/nginx)`. */
export function describeEntry(file: SyncFile, entry: SyncEntry): string {
  return `${file.source} line ${entry.line} (sync[${entry.index}], ${entry.source.domain}/${entry.source.repository})`;
}
