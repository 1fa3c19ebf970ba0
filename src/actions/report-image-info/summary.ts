import { humanSize } from '../../units.js';
import type { ImageFacts, PlatformFacts } from '../../report/image-facts.js';
import { instructionOf } from '../../report/layers.js';
import { MAX_TAGS_SCANNED } from '../../report/other-tags.js';
import type { ImageReport } from '../../report/payload.js';
import type { Summary, SummaryTable } from '../../host/io.js';
import { markdownText, platformName } from './markdown.js';
import { contentsTable } from './contents-table.js';

export { markdownText, platformName };

/**
 * The job summary of report-image-info: the report as a person reads it at a glance. Every text
 * from outside (a registry, the event, git, the user) goes through markdownText.
 */

export function platformList(image: ImageFacts): string {
  return image.platforms.map(platformName).join(', ') || 'no platform';
}

/** A Markdown link; a parenthesis in the URL (valid in a URI) would end the destination early. */
function link(label: string, url: string | null): string {
  return url ? `[${label}](${url.replace(/\(/g, '%28').replace(/\)/g, '%29')})` : label;
}

/** The job summary of a report; every text from outside goes through markdownText. */
export function reportSummary(report: ImageReport, destination: string): Summary {
  const { image, git, ci } = report;
  const facts: [string, string][] = [
    ['Image', `\`${image.reference}\``],
    ['Tags', image.tags.map(markdownText).join(', ') || '(by digest)'],
    [
      'Registry',
      markdownText(
        `${image.registry.domain} (${image.registry.integration ?? image.registry.kind})`,
      ),
    ],
    ['Digest', `\`${image.digest}\``],
  ];
  if (image.image_id) facts.push(['Image ID', `\`${image.image_id}\``]);
  facts.push(['Platforms', markdownText(platformList(image))], ['Size', humanSize(image.size)]);
  if (image.created) facts.push(['Created', markdownText(image.created)]);
  if (typeof image.signed === 'boolean') {
    facts.push([
      'Signed',
      image.signed ? 'yes: a signature is attached (present, not verified)' : 'no signature found',
    ]);
  }
  if (git.commit.sha) {
    const subject = git.commit.message?.split('\n')[0];
    facts.push([
      'Commit',
      `${link(`\`${git.commit.sha.slice(0, 7)}\``, git.commit.url)}${subject ? ` ${markdownText(subject)}` : ''}`,
    ]);
  }
  if (image.base) {
    const { name, digest } = image.base;
    facts.push([
      'Base image',
      [name && markdownText(name), digest && `\`${digest}\``].filter(Boolean).join(' '),
    ]);
  }
  if (git.branch) facts.push(['Branch', markdownText(git.branch)]);
  if (git.tag) facts.push(['Git tag', markdownText(git.tag)]);
  if (git.pull_request) facts.push(['Pull request', pullRequestLink(git.pull_request)]);
  if (git.pull_requests?.length) {
    facts.push(['Pull requests', git.pull_requests.map(pullRequestLink).join(', ')]);
  }
  if (git.issues?.length) facts.push(['Issues', git.issues.map(markdownText).join(', ')]);
  if (ci.run_id) {
    const run = `${ci.workflow ? markdownText(ci.workflow) : 'run'} #${ci.run_number ?? ci.run_id}${ci.run_attempt && ci.run_attempt > 1 ? ` (attempt ${ci.run_attempt})` : ''}`;
    facts.push(['Workflow run', link(run, ci.run_url)]);
  }
  facts.push(['Report', markdownText(destination)]);

  const tables: Summary['tables'] = [];
  if (image.platforms.length) {
    tables.push({
      header: ['Platform', 'Digest', 'Size', 'Created'],
      rows: image.platforms.map((p) => [
        markdownText(platformName(p)),
        `\`${p.digest}\``,
        humanSize(p.size),
        markdownText(p.created ?? ''),
      ]),
    });
  }
  for (const platform of image.platforms) {
    const contents = contentsTable(platform, report.reported_at);
    if (contents) tables.push(contents);
  }
  for (const platform of image.platforms) {
    if (platform.layers.length) tables.push(layerTable(platform));
  }
  if (image.referrers?.length) tables.push(referrerTable(image));
  const annotations = Object.entries(report.annotations);
  if (annotations.length) {
    tables.push({
      header: ['Annotation', 'Value'],
      rows: annotations.map(([k, v]) => [markdownText(k), markdownText(String(v))]),
    });
  }
  const notes: string[] = [];
  if (image.tag_scan && !image.tag_scan.complete)
    notes.push(markdownText(tagScanNote(image.repository)));
  return {
    title: 'Image report',
    facts,
    tables,
    ...(notes.length ? { notes } : {}),
    markdown: true,
  };
}

function pullRequestLink(pr: { number: number; title: string | null; url: string | null }): string {
  return `${link(`#${pr.number}`, pr.url)}${pr.title ? ` ${markdownText(pr.title)}` : ''}`;
}

/** What refers to the image, each with what it hangs off: the image, a platform, a referrer. */
export function referrerTable(image: ImageFacts): SummaryTable {
  const names = new Map<string, string>(
    image.platforms.map((p) => [p.digest, markdownText(platformName(p))]),
  );
  names.set(image.digest, 'the image');
  const subject = (digest: string) => names.get(digest) ?? `\`${digest.slice(0, 19)}…\``;
  return {
    header: ['Found as', 'Artifact type', 'Digest', 'Size', 'Refers to'],
    rows: (image.referrers ?? []).map((r) => [
      r.tag
        ? `cosign ${markdownText(r.tag.replace(/^.*\./, '.'))} tag`
        : r.source === 'api'
          ? 'referrers API'
          : 'referrers tag',
      markdownText(r.artifact_type ?? ''),
      `\`${r.digest}\``,
      humanSize(r.size),
      subject(r.subject),
    ]),
  };
}

/** A platform's build steps as the "Layers" view of an images dashboard shows them. */
export function layerTable(platform: PlatformFacts): SummaryTable {
  return {
    header: ['Step', `Instruction (${markdownText(platformName(platform))})`, 'Size'],
    rows: platform.layers.map((layer, i) => [
      String(i + 1),
      markdownText(instructionOf(layer.created_by)) || (layer.empty_layer ? '' : '(no history)'),
      humanSize(layer.size),
    ]),
  };
}

export function tagScanNote(repository: string): string {
  return `${repository} has more than ${MAX_TAGS_SCANNED} tags: only the first ${MAX_TAGS_SCANNED} the registry listed were compared, so the image may have other tags not reported`;
}
