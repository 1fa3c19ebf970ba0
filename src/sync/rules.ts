import semver, { type SemVer } from 'semver';
import { isValidTag } from '../oci/reference.js';

/**
 * Which tags of a source are mirrored, in what order, and under which target tag (DESIGN §9).
 * Versions are read and ordered by npm's semver, prereleases as the semver spec orders them, so
 * `latest: 3` of 1.2.0, 1.3.0-rc.1 and 1.3.0 ranks 1.3.0 above its release candidate.
 */

export interface TagRules {
  /** A tag is taken when it matches one; none: every tag. */
  allow: RegExp[];
  /** A tag that matches one is skipped. */
  deny: RegExp[];
  /** A semver range: tags that are not versions, or outside it, are skipped. */
  range?: string;
  /** Only the N highest versions that pass. */
  latest?: number;
}

/** A tag taken from the source, and the tag it is written as in the target. */
export interface TagPair {
  source: string;
  target: string;
}

/** The placeholders a target tag template may hold; the last three need a version. */
export const TEMPLATE_FIELDS = ['tag', 'major', 'minor', 'patch'] as const;
const VERSION_FIELDS = new Set(['major', 'minor', 'patch']);

/** The version a tag names (`1.2.3`, `v1.2.3`, `1.2.3-rc.1`), if it names one. */
export function versionOf(tag: string): SemVer | undefined {
  return semver.parse(tag) ?? undefined;
}

/**
 * The tags the rules take, best first: versions from the highest down, then (when neither
 * `semver` nor `latest` asks for versions) the other tags in byte order, so every run and every
 * shard sees the same order.
 */
export function selectTags(tags: string[], rules: TagRules): string[] {
  const wantsVersions = rules.range !== undefined || rules.latest !== undefined;
  const versions: { tag: string; version: SemVer }[] = [];
  const others: string[] = [];
  for (const tag of new Set(tags)) {
    if (!isValidTag(tag)) continue;
    if (rules.allow.length && !rules.allow.some((re) => re.test(tag))) continue;
    if (rules.deny.some((re) => re.test(tag))) continue;
    const version = versionOf(tag);
    if (version && (rules.range === undefined || semver.satisfies(version, rules.range))) {
      versions.push({ tag, version });
    } else if (!wantsVersions) {
      others.push(tag);
    }
  }
  // Equal versions (1.2.3 and v1.2.3) keep a fixed order by their text.
  versions.sort((a, b) => semver.rcompare(a.version, b.version) || compareText(a.tag, b.tag));
  const ranked = versions.map((v) => v.tag);
  const taken = rules.latest === undefined ? ranked : ranked.slice(0, rules.latest);
  return [...taken, ...others.sort(compareText)];
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The placeholders of a template that are not known ones (`{tga}`). */
export function unknownFields(template: string, known: readonly string[]): string[] {
  const found = [...template.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]);
  return found.filter((name) => !known.includes(name));
}

/** Whether a template uses {major}, {minor} or {patch}, which only versions have. */
export function needsVersion(template: string): boolean {
  return [...template.matchAll(/\{([^{}]*)\}/g)].some((m) => VERSION_FIELDS.has(m[1]));
}

/**
 * The target tag of a source tag: the template with its fields filled in. undefined when the tag
 * has no version for a version field.
 */
export function renderTag(template: string, tag: string): string | undefined {
  const version = versionOf(tag);
  let missing = false;
  const out = template.replace(/\{(tag|major|minor|patch)\}/g, (_, field: string) => {
    if (field === 'tag') return tag;
    if (!version) {
      missing = true;
      return '';
    }
    return String(version[field as 'major' | 'minor' | 'patch']);
  });
  return missing ? undefined : out;
}

/**
 * Source tags paired with their target tags. Several source tags that make one target tag
 * (`{major}.{minor}` of 1.24.1 and 1.24.2) leave it to the first, the highest version, as a
 * floating tag should. `invalid` lists the target tags that are not tags at all.
 */
export function pairTags(
  selected: string[],
  template: string,
): { pairs: TagPair[]; invalid: string[] } {
  const pairs: TagPair[] = [];
  const invalid: string[] = [];
  const seen = new Set<string>();
  for (const tag of selected) {
    const target = renderTag(template, tag);
    if (target === undefined) continue;
    if (!isValidTag(target)) {
      invalid.push(target);
      continue;
    }
    if (seen.has(target)) continue;
    seen.add(target);
    pairs.push({ source: tag, target });
  }
  return { pairs, invalid };
}
