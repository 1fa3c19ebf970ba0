import { isObject, text, type Json } from '../../json.js';
import type { DistroFacts } from './os-release.js';

/** One package of an SBOM, as the report lists it with `include_packages`. */
export interface PackageEntry {
  name: string;
  version: string | null;
  /** The purl type (deb, apk, npm, pypi, golang, maven…); `unknown` without a purl. */
  type: string;
  purl: string | null;
}

/** What an SBOM says a platform image holds (DESIGN §5 `packages`). */
export interface PackageFacts {
  total: number;
  /** Packages by purl type: `{ "deb": 92, "npm": 311 }`. */
  by_type: Record<string, number>;
  sbom: {
    format: 'spdx' | 'cyclonedx';
    /** SPDX-2.3, 1.5: the document's own version field. */
    version: string | null;
    /** The digest of the manifest that carries it (a referrer, an attestation manifest). */
    digest: string;
    /** Whether it came in a signed envelope (presence, not verification). */
    signed: boolean;
  };
  /** With `include_packages`: the packages, up to PACKAGE_LIST_LIMIT. */
  list?: PackageEntry[];
  /** With `include_packages`: false when the SBOM held more than were listed. */
  list_complete?: boolean;
}

export interface ReadSbom {
  packages: Omit<PackageFacts, 'sbom' | 'list' | 'list_complete'> & { entries: PackageEntry[] };
  format: 'spdx' | 'cyclonedx';
  version: string | null;
  /** The SBOM's operating system entry, if it has one. */
  distro: Omit<DistroFacts, 'source' | 'digest'> | null;
}

/** Packages listed in a report at most: a list for a dashboard, not a copy of the SBOM. */
export const PACKAGE_LIST_LIMIT = 5000;
/** Components an SBOM may nest (CycloneDX) counted at most: past it the document is refused. */
const COMPONENT_LIMIT = 1_000_000;
const FIELD_LENGTH = 512;

/** What kind of SBOM a document is, by its own fields; undefined for neither. */
export function sbomFormat(document: unknown): 'spdx' | 'cyclonedx' | undefined {
  if (!isObject(document)) return undefined;
  if (typeof document.spdxVersion === 'string') return 'spdx';
  if (document.bomFormat === 'CycloneDX') return 'cyclonedx';
  return undefined;
}

/** An SPDX 2.x or CycloneDX JSON SBOM read; a reason in words when it is neither. */
export function readSbom(document: unknown): ReadSbom | string {
  const format = sbomFormat(document);
  if (format === 'spdx') return readSpdx(document as Json);
  if (format === 'cyclonedx') return readCycloneDx(document as Json);
  return 'it is neither an SPDX nor a CycloneDX JSON document';
}

function cut(value: string | null): string | null {
  return value === null ? null : value.slice(0, FIELD_LENGTH);
}

/** The purl's type: `pkg:deb/debian/bash@5.2` → `deb`. */
export function purlType(purl: string | null): string {
  // Every registered purl type is letters, digits, `+` or `-`; the dot the spec also allows is
  // left out, so no type shows as a web address in a summary.
  const match = purl ? /^pkg:\/{0,2}([a-zA-Z][a-zA-Z0-9+-]{0,31})\//.exec(purl) : null;
  return match ? match[1].toLowerCase() : 'unknown';
}

/** A purl's `distro` qualifier (`distro=debian-12`, `distro=alpine-3.20.3`) as a distro. */
function distroOfPurl(purl: string | null): ReadSbom['distro'] {
  const qualifier = purl ? /[?&]distro=([^&#]+)/.exec(purl) : null;
  if (!qualifier) return null;
  const value = decodeURIComponent(qualifier[1]);
  const match = /^([a-z][a-z0-9._]*?)-(\d[\w.]*)$/.exec(value);
  return match
    ? { id: match[1], version_id: match[2], pretty_name: null }
    : { id: value.slice(0, FIELD_LENGTH), version_id: null, pretty_name: null };
}

function tally(entries: PackageEntry[]): ReadSbom['packages'] {
  const byType: Record<string, number> = {};
  for (const entry of entries) byType[entry.type] = (byType[entry.type] ?? 0) + 1;
  return { total: entries.length, by_type: byType, entries };
}

function readSpdx(document: Json): ReadSbom | string {
  if (!Array.isArray(document.packages) && document.packages !== undefined)
    return 'its packages are not a list';
  const packages = (Array.isArray(document.packages) ? document.packages : []).filter(isObject);
  const described = describedIds(document);
  const entries: PackageEntry[] = [];
  let distro: ReadSbom['distro'] = null;
  for (const pkg of packages) {
    const purpose = text(pkg.primaryPackagePurpose);
    const name = cut(text(pkg.name)) ?? '';
    const version = cut(text(pkg.versionInfo));
    if (purpose === 'OPERATING-SYSTEM') {
      distro ??= { id: name.toLowerCase() || null, version_id: version, pretty_name: null };
      continue;
    }
    const purl = cut(spdxPurl(pkg));
    // The image itself, which the document describes, is no package of it.
    if (purpose === 'CONTAINER') continue;
    if (described.has(String(pkg.SPDXID)) && (!purl || /^pkg:(oci|docker)\//.test(purl))) continue;
    entries.push({ name, version, type: purlType(purl), purl });
  }
  distro ??= firstPurlDistro(entries);
  return {
    packages: tally(entries),
    format: 'spdx',
    version: cut(text(document.spdxVersion)),
    distro,
  };
}

/** The ids an SPDX document says it describes: `documentDescribes` and DESCRIBES relationships. */
function describedIds(document: Json): Set<string> {
  const ids = new Set<string>();
  if (Array.isArray(document.documentDescribes))
    for (const id of document.documentDescribes) if (typeof id === 'string') ids.add(id);
  const ownId = text(document.SPDXID) ?? 'SPDXRef-DOCUMENT';
  if (Array.isArray(document.relationships)) {
    for (const r of document.relationships) {
      if (!isObject(r) || r.relationshipType !== 'DESCRIBES' || r.spdxElementId !== ownId) continue;
      if (typeof r.relatedSpdxElement === 'string') ids.add(r.relatedSpdxElement);
    }
  }
  return ids;
}

function spdxPurl(pkg: Json): string | null {
  if (!Array.isArray(pkg.externalRefs)) return null;
  for (const ref of pkg.externalRefs) {
    if (isObject(ref) && ref.referenceType === 'purl') {
      const locator = text(ref.referenceLocator);
      if (locator?.startsWith('pkg:')) return locator;
    }
  }
  return null;
}

function firstPurlDistro(entries: PackageEntry[]): ReadSbom['distro'] {
  for (const entry of entries) {
    const distro = distroOfPurl(entry.purl);
    if (distro) return distro;
  }
  return null;
}

function readCycloneDx(document: Json): ReadSbom | string {
  if (document.components !== undefined && !Array.isArray(document.components))
    return 'its components are not a list';
  const entries: PackageEntry[] = [];
  let distro: ReadSbom['distro'] = null;
  // Components nest (an application's own dependencies): walked breadth first in document
  // order, without recursion, bounded.
  const pending: unknown[] = [...((document.components as unknown[] | undefined) ?? [])];
  for (let next = 0; next < pending.length; next++) {
    if (next >= COMPONENT_LIMIT) return `it holds more than ${COMPONENT_LIMIT} components`;
    const component = pending[next];
    if (!isObject(component)) continue;
    if (Array.isArray(component.components)) pending.push(...component.components);
    const name = cut(text(component.name)) ?? '';
    const version = cut(text(component.version));
    if (component.type === 'operating-system') {
      distro ??= {
        id: name.toLowerCase() || null,
        version_id: version,
        pretty_name: cut(text(component.description)),
      };
      continue;
    }
    if (component.type === 'container') continue;
    const purl = cut(text(component.purl));
    entries.push({ name, version, type: purlType(purl), purl });
  }
  distro ??= firstPurlDistro(entries);
  return {
    packages: tally(entries),
    format: 'cyclonedx',
    version: cut(text(document.specVersion)),
    distro,
  };
}
