/**
 * The images a Dockerfile pulls, as far as can be told without building it: the frontend its
 * `syntax` parser directive names (syntaxImage), FROM lines, `COPY --from=<image>` and
 * `RUN --mount=…,from=<image>`, with the global ARGs (and build arguments over them) substituted.
 * `complete` is false when some name stays unknown (an ARG without a value), so the caller knows
 * the list may miss an image.
 */
export interface PulledImages {
  images: string[];
  complete: boolean;
}

/** BuildKit's parser directives; a comment with any other key ends them, as any other line does. */
const DIRECTIVES = new Set(['syntax', 'escape', 'check']);
const DIRECTIVE_RE = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;

/**
 * The frontend image BuildKit pulls to run the Dockerfile with (through the build's auth file,
 * like any base): the `BUILDKIT_SYNTAX` build argument, else the `syntax` parser directive, as
 * in `# syntax=docker/dockerfile:1`. A directive counts only in the Dockerfile's opening lines of
 * `# key=value` (key in any case), before any instruction, blank line or other comment; a first
 * `#!` line is skipped, as BuildKit does. Undefined for the builder's own parser.
 */
export function syntaxImage(
  text: string,
  buildArgs: Record<string, string> = {},
): string | undefined {
  const first = (value: string) => value.trim().split(/\s+/)[0] || undefined;
  if (buildArgs.BUILDKIT_SYNTAX?.trim()) return first(buildArgs.BUILDKIT_SYNTAX);
  return first(directives(text).get('syntax') ?? '');
}

/** The parser directives of a Dockerfile's opening lines, by lower-cased key (see syntaxImage). */
function directives(text: string): Map<string, string> {
  const found = new Map<string, string>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.startsWith('#!')) lines.shift();
  for (const line of lines) {
    const match = DIRECTIVE_RE.exec(line);
    const key = match?.[1].toLowerCase();
    if (!match || !key || !DIRECTIVES.has(key)) break;
    if (!found.has(key)) found.set(key, match[2]);
  }
  return found;
}

/** `<<EOF`, `<<-EOF`, `<<"EOF"`: a heredoc BuildKit reads for RUN, COPY and ADD. */
const HEREDOC_RE = /<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g;
const HEREDOC_INSTRUCTIONS = /^(RUN|COPY|ADD)\s/i;

/**
 * The instructions of a Dockerfile, each on one line: comments dropped, lines continued with
 * the escape character (`\`, or what `# escape=` names) joined, and heredoc bodies skipped, so
 * that a heredoc line starting with FROM is no instruction.
 */
export function instructions(text: string): string[] {
  const escape = directives(text).get('escape') === '`' ? '`' : '\\';
  const lines: string[] = [];
  let current = '';
  /** Terminators of the heredocs the last instruction opened, in order, and whether tabs go. */
  const heredocs: { word: string; strip: boolean }[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (heredocs.length) {
      const { word, strip } = heredocs[0];
      if ((strip ? raw.replace(/^\t+/, '') : raw) === word) heredocs.shift();
      continue;
    }
    const line = raw.trim();
    if (!current && (line.startsWith('#') || !line)) continue;
    if (current && line.startsWith('#')) continue;
    if (line.endsWith(escape)) {
      current += `${line.slice(0, -1)} `;
      continue;
    }
    current += line;
    const instruction = current.trim();
    current = '';
    if (!instruction) continue;
    lines.push(instruction);
    if (HEREDOC_INSTRUCTIONS.test(instruction)) {
      for (const match of instruction.matchAll(HEREDOC_RE))
        heredocs.push({ word: match[3], strip: match[1] === '-' });
    }
  }
  if (current.trim()) lines.push(current.trim());
  return lines;
}

function substitute(value: string, args: Map<string, string>): string {
  return value.replace(
    /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (match, braced: string | undefined, fallback: string | undefined, bare: string | undefined) => {
      const name = braced ?? bare ?? '';
      const value = args.get(name);
      if (value !== undefined && value !== '') return value;
      if (fallback !== undefined) return fallback;
      return match;
    },
  );
}

export function pulledImages(text: string, buildArgs: Record<string, string> = {}): PulledImages {
  const args = new Map<string, string>();
  const stages = new Set<string>();
  const images: string[] = [];
  let complete = true;
  let seenFrom = false;
  const syntax = syntaxImage(text, buildArgs);
  if (syntax) images.push(syntax);

  const add = (raw: string) => {
    const name = substitute(raw, args);
    if (name.includes('$')) {
      complete = false;
      return;
    }
    const lower = name.toLowerCase();
    if (lower === 'scratch' || stages.has(lower) || /^\d+$/.test(name)) return;
    if (!images.includes(name)) images.push(name);
  };

  for (const instruction of instructions(text)) {
    const [keyword, ...rest] = instruction.split(/\s+/);
    const upper = keyword.toUpperCase();
    if (upper === 'ARG' && !seenFrom) {
      for (const item of rest) {
        const eq = item.indexOf('=');
        const name = eq >= 0 ? item.slice(0, eq) : item;
        const fallback = eq >= 0 ? item.slice(eq + 1).replace(/^"(.*)"$/, '$1') : undefined;
        const value = buildArgs[name] ?? fallback;
        if (value !== undefined) args.set(name, value);
      }
    } else if (upper === 'FROM') {
      seenFrom = true;
      const words = rest.filter((w) => !w.startsWith('--'));
      if (words[0]) add(words[0]);
      if (words.length >= 3 && words[1].toUpperCase() === 'AS') stages.add(words[2].toLowerCase());
    } else if (upper === 'COPY' || upper === 'ADD') {
      for (const flag of rest.filter((w) => w.startsWith('--from=')))
        add(flag.slice('--from='.length));
    } else if (upper === 'RUN') {
      for (const flag of rest.filter((w) => w.startsWith('--mount='))) {
        const from = flag
          .slice('--mount='.length)
          .split(',')
          .find((option) => option.startsWith('from='));
        if (from) add(from.slice('from='.length));
      }
    }
  }
  return { images, complete };
}
