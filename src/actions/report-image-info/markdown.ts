import type { PlatformFacts } from '../../report/image-facts.js';

/** Text as the job summary shows it: what the tables of report-image-info share. */

export function platformName(p: Pick<PlatformFacts, 'os' | 'architecture' | 'variant'>): string {
  return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}

// The escaping every summary shares lives with the renderer; the tables here use it too.
export { codeText, markdownText } from '../../host/markdown.js';
