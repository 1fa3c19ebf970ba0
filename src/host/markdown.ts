/**
 * Text from outside in the Markdown job summary (DESIGN §6): a registry, an endpoint, git or the
 * event controls it, so it must show as the characters it is, never as a link, an image, an HTML
 * tag or an entity. GitHub renders the summary as GitHub Flavored Markdown, which also turns
 * bare URLs, `www.` names and e-mail addresses into links without any markup.
 */

/**
 * What GFM autolinks with no markup: a scheme and `//` (any scheme, to be safe), `www.`, an
 * e-mail address. Backticks, blanks and angle brackets end it, as they end a code span's use.
 */
const AUTOLINK = /(?:\b[a-z][a-z0-9+.-]*:\/\/|\bwww\.)[^\s`<>]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;

/**
 * Text as literal text in the Markdown summary: no emphasis, link, image, code span,
 * strikethrough, math, HTML tag or entity. CommonMark lets a backslash escape any ASCII
 * punctuation, so `<b>` shows as `<b>` instead of being bold. What GFM would autolink goes into a
 * code span instead, the one place no autolinking reaches. Pipes and newlines are left to the
 * table renderer (renderMarkdown), which escapes them for every cell.
 */
export function markdownText(text: string): string {
  let out = '';
  let at = 0;
  for (const match of text.matchAll(AUTOLINK)) {
    out += escapePunctuation(text.slice(at, match.index)) + codeText(match[0]);
    at = match.index + match[0].length;
  }
  return out + escapePunctuation(text.slice(at));
}

function escapePunctuation(text: string): string {
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

/**
 * A summary cell of plain text, as the actions other than report-image-info write them: their own
 * code spans (a digest in backticks) stay code spans, inert as they are; everything else,
 * whatever part of it a registry said, is escaped as literal text.
 */
export function plainCell(text: string): string {
  let out = '';
  let at = 0;
  for (const match of text.matchAll(/`[^`\r\n]+`/g)) {
    out += markdownText(text.slice(at, match.index)) + match[0];
    at = match.index + match[0].length;
  }
  return out + markdownText(text.slice(at));
}
