import { UserError } from '../errors.js';

/** Jira's issue keys (`ABC-123`), as Codefresh's Jira enrichment finds them. */
export const DEFAULT_ISSUE_KEY_PATTERN = '[A-Z][A-Z0-9]+-\\d+';

/** The `issue_key_pattern` input as a regular expression that finds every key in a text. */
export function parseIssueKeyPattern(text: string): RegExp {
  const source = text || DEFAULT_ISSUE_KEY_PATTERN;
  let pattern: RegExp;
  try {
    pattern = new RegExp(source, 'g');
  } catch (error) {
    throw new UserError(
      `Input issue_key_pattern: "${source}" is not a valid regular expression (${(error as Error).message}); give a JavaScript regular expression such as ${DEFAULT_ISSUE_KEY_PATTERN}`,
    );
  }
  // A pattern that finds the empty text would find a "key" between every two characters.
  if (pattern.test('')) {
    throw new UserError(
      `Input issue_key_pattern: "${source}" matches an empty text; give a pattern that matches a key only, such as ${DEFAULT_ISSUE_KEY_PATTERN}`,
    );
  }
  return pattern;
}

/** The keys found in the texts, each once, in the order the texts and the keys in them come. */
export function findIssueKeys(texts: (string | null | undefined)[], pattern: RegExp): string[] {
  const found = new Set<string>();
  const global = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
  for (const text of texts) {
    if (!text) continue;
    for (const match of text.matchAll(global)) if (match[0]) found.add(match[0]);
  }
  return [...found];
}
