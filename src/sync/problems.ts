import type { ErrorObject } from 'ajv';
import semver from 'semver';
import { UserError } from '../errors.js';
import { isObject } from '../json.js';
import { parseReference } from '../oci/reference.js';
import {
  fieldPath,
  pointerSegments,
  type Locator,
  type Problem,
  type Segment,
} from '../credentials/registries-file-problems.js';
import { splitImageName } from '../credentials/resolve.js';
import { parsePlatform } from '../oci/platform.js';
import validator from './generated/sync-validator.js';
import { TEMPLATE_FIELDS, needsVersion, unknownFields } from './rules.js';

/**
 * What is wrong with a sync file, in words, each problem with its line and field (as the
 * registries file's, DESIGN §2): ajv's errors, then what a schema cannot check — that each
 * regex compiles, each range is one, each template names known fields — so a mistake fails the
 * step before any registry is asked, never half-way through a mirror.
 */

export const SYNC_INPUT = 'the sync input';

/** Fields that hold a template, and the placeholders each knows. */
const BACKUP_FIELDS = ['tag', 'digest'] as const;

export function schemaProblems(data: unknown, locator: Locator): Problem[] {
  if (validator(data)) return [];
  return (validator.errors ?? []).map((error) => {
    let segments = pointerSegments(error.instancePath);
    if (error.keyword === 'additionalProperties') {
      segments = [...segments, String(error.params.additionalProperty)];
    } else if (error.keyword === 'required') {
      segments = [...segments, String(error.params.missingProperty)];
    }
    return { line: locator.line(segments), field: fieldPath(segments), message: words(error) };
  });
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  boolean: 'true or false',
  object: 'a mapping',
  array: 'a list',
  'array,null': 'a list',
  integer: 'a whole number',
};

function words(error: ErrorObject): string {
  switch (error.keyword) {
    case 'additionalProperties': {
      const allowed = Object.keys(
        (error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ??
          {},
      );
      return `unknown field${allowed.length ? `; allowed: ${allowed.join(', ')}` : ''}`;
    }
    case 'required':
      return 'is required';
    case 'type':
      if (error.instancePath === '') return 'the file must be a mapping with a sync list';
      return `must be ${TYPE_WORDS[String(error.params.type)] ?? String(error.params.type)}`;
    case 'minimum':
      return `must be at least ${String(error.params.limit)}`;
    case 'minLength':
      return 'must not be empty';
    case 'pattern':
      return error.instancePath.endsWith('/registry')
        ? 'must be the name of an integration of the registries file (lowercase letters, digits, _ and -)'
        : 'has an invalid format';
    default:
      return error.message ?? 'is invalid';
  }
}

/**
 * The checks a schema cannot make, on entries the schema has passed (a field it already
 * reported is not reported twice).
 */
export function semanticProblems(
  entries: unknown[],
  locator: Locator,
  reported: Set<string>,
): Problem[] {
  const problems: Problem[] = [];
  entries.forEach((entry, index) => {
    if (!isObject(entry)) return;
    const add = (segments: Segment[], message: string) => {
      const field = fieldPath(segments);
      if (!reported.has(field)) problems.push({ line: locator.line(segments), field, message });
    };
    const at = (...field: Segment[]): Segment[] => ['sync', index, ...field];
    if (typeof entry.source === 'string') {
      const why = repositoryProblem(entry.source);
      if (why) add(at('source'), why);
    }
    if (typeof entry.image_name === 'string') {
      const why = userErrorOf(() => splitImageName(entry.image_name as string));
      if (why) add(at('image_name'), why);
    }
    const tags = isObject(entry.tags) ? entry.tags : {};
    for (const list of ['allow', 'deny'] as const) {
      const patterns = Array.isArray(tags[list]) ? tags[list] : [];
      patterns.forEach((pattern, i) => {
        if (typeof pattern !== 'string') return;
        const why = regexProblem(pattern);
        if (why) add(at('tags', list, i), why);
      });
    }
    if (typeof tags.semver === 'string' && semver.validRange(tags.semver) === null) {
      add(
        at('tags', 'semver'),
        'is not a semver range; write e.g. ">=1.24 <2", "^3.19" or "1.x" (npm semver syntax)',
      );
    }
    if (typeof entry.target_tag === 'string') {
      const unknown = unknownFields(entry.target_tag, TEMPLATE_FIELDS);
      if (unknown.length) {
        add(
          at('target_tag'),
          `unknown field ${unknown.map((f) => `{${f}}`).join(', ')}; known: ${TEMPLATE_FIELDS.map((f) => `{${f}}`).join(' ')}`,
        );
      } else if (
        needsVersion(entry.target_tag) &&
        tags.semver === undefined &&
        tags.latest === undefined
      ) {
        add(
          at('target_tag'),
          'uses {major}, {minor} or {patch}, which only versions have; set tags.semver (or tags.latest) so that only versions are taken',
        );
      }
    }
    if (typeof entry.backup === 'string') {
      const unknown = unknownFields(entry.backup, BACKUP_FIELDS);
      if (unknown.length) {
        add(
          at('backup'),
          `unknown field ${unknown.map((f) => `{${f}}`).join(', ')}; known: {tag} {digest}`,
        );
      } else if (!/\{digest\}/.test(entry.backup)) {
        add(at('backup'), 'must hold {digest}: each old digest needs a tag of its own');
      }
    }
    const platforms = Array.isArray(entry.platforms) ? entry.platforms : [];
    platforms.forEach((platform, i) => {
      if (typeof platform !== 'string') return;
      const why = userErrorOf(() => parsePlatform(platform, 'platforms'));
      if (why) add(at('platforms', i), why.replace(/^Input platforms: /, ''));
    });
  });
  return problems;
}

/** A source is a repository: a tag or digest there is a mistake, not a rule. */
function repositoryProblem(text: string): string | undefined {
  let ref;
  try {
    ref = parseReference(text, { defaultTag: false, what: 'source' });
  } catch (error) {
    if (error instanceof UserError) return error.message.replace(/^Invalid source "[^"]*": /, '');
    throw error;
  }
  if (ref.tag || ref.digest) {
    return 'must be a repository, without a tag or digest; tags are chosen by the tags rules';
  }
  return undefined;
}

function regexProblem(pattern: string): string | undefined {
  try {
    new RegExp(pattern);
    return undefined;
  } catch (error) {
    return `is not a regular expression (${(error as Error).message.replace(/^Invalid regular expression: /, '')})`;
  }
}

function userErrorOf(check: () => unknown): string | undefined {
  try {
    check();
    return undefined;
  } catch (error) {
    if (error instanceof UserError) return error.message;
    throw error;
  }
}
