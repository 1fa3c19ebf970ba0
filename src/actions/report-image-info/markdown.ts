import type { PlatformFacts } from '../../report/image-facts.js';

/** Text as the job summary shows it: what the tables of report-image-info share. */

export function platformName(p: Pick<PlatformFacts, 'os' | 'architecture' | 'variant'>): string {
  return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}

/**
 * Text from outside (a branch, a tag, an annotation, a commit subject, a registry's or an
 * endpoint's message) as literal text in the Markdown summary: no emphasis, link, code span,
 * strikethrough, math, HTML tag or entity. CommonMark lets a backslash escape any ASCII
 * punctuation, so `<b>` shows as `<b>` instead of being bold. Pipes and newlines are left to the
 * table renderer (renderMarkdown), which escapes them for every cell.
 */
export function markdownText(text: string): string {
  return text.replace(/[\\`*_[\]<>&~$]/g, (c) => `\\${c}`);
}

/**
 * An identifier from outside (a builder id, a repository URL, an image name) as a code span:
 * shown as it is, and, unlike escaped text, never turned into a link by GitHub's autolinking of
 * bare URLs. Backticks, which would end the span, and line breaks are dropped.
 */
export function codeText(text: string): string {
  const plain = text.replace(/[`\r\n]/g, '');
  return plain ? `\`${plain}\`` : '';
}
