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
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.startsWith('#!')) lines.shift();
  for (const line of lines) {
    const match = DIRECTIVE_RE.exec(line);
    const key = match?.[1].toLowerCase();
    if (!match || !key || !DIRECTIVES.has(key)) return undefined;
    if (key === 'syntax') return first(match[2]);
  }
  return undefined;
}

function instructions(text: string): string[] {
  const lines: string[] = [];
  let current = '';
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!current && (line.startsWith('#') || !line)) continue;
    if (current && line.startsWith('#')) continue;
    if (line.endsWith('\\')) {
      current += `${line.slice(0, -1)} `;
      continue;
    }
    current += line;
    if (current.trim()) lines.push(current.trim());
    current = '';
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
