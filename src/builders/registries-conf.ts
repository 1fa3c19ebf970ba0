/**
 * The registries.conf buildah is given for every build: the one it would read, with two changes.
 *
 * - Short names are Docker Hub names, as docker reads them (DESIGN §3): `FROM somebody/image` is
 *   `docker.io/somebody/image`. buildah resolves short names through `unqualified-search-registries`
 *   instead, which Debian leaves empty (every short name fails) and other systems fill with several
 *   registries (tried in turn, or refused as ambiguous): the key is set to `["docker.io"]` alone.
 * - buildah speaks HTTPS with verified TLS to every registry unless registries.conf marks one
 *   `insecure`, and `--tls-verify=false` on a build would drop verification for all the registries
 *   it pulls from. So the loopback or `insecure: true` registries a build may pull from, and only
 *   those, are marked.
 *
 * Everything else the system says (mirrors, blocked registries, short-name mode) is kept. The
 * file is edited as text, statement by statement, so that what is kept stays byte for byte.
 */
export function buildahRegistriesConf(system: string | undefined, insecureHosts: string[]): string {
  // The v1 format cannot be extended with v2 tables; it is long deprecated, so it is left out.
  const kept = system && !/^\s*\[registries\./m.test(system) ? system : '';
  const sections = parseSections(kept);
  const preamble = sections[0];
  preamble.body = preamble.body.filter((s) => s.key !== UNQUALIFIED);
  const hosts = [...new Set(insecureHosts)];
  const declared = new Set<string>();
  for (const section of sections.slice(1)) {
    const host = markInsecure(section, hosts);
    if (host) declared.add(host);
  }
  const added = hosts
    .filter((host) => !declared.has(host))
    .map((host) => `\n[[registry]]\nlocation = ${JSON.stringify(host)}\ninsecure = true\n`);
  const rest = render(sections).trim();
  return (
    '# image-actions: short names are Docker Hub names, as docker reads them.\n' +
    `${UNQUALIFIED} = ["docker.io"]\n` +
    (rest ? `\n${rest}\n` : '') +
    (added.length
      ? `\n# image-actions: plain HTTP to these registries only, for this build.\n${added.join('')}`
      : '')
  );
}

const UNQUALIFIED = 'unqualified-search-registries';

/** A header, a key and its value (over several lines for a multi-line array), or anything else. */
interface Statement {
  text: string;
  key?: string;
  value?: string;
}

/** The statements before the first table, or a table's header and its statements. */
interface Section {
  header?: { name: string; array: boolean; text: string };
  body: Statement[];
}

function parseSections(text: string): Section[] {
  const sections: Section[] = [{ body: [] }];
  const lines = text.split(/\r?\n/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const header = /^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$/.exec(line);
    if (header) {
      sections.push({
        header: { name: header[2], array: header[1] === '[[', text: line },
        body: [],
      });
      continue;
    }
    const current = sections[sections.length - 1];
    const assignment = /^\s*("[^"]*"|'[^']*'|[A-Za-z0-9_.-]+)\s*=(.*)$/.exec(line);
    if (!assignment) {
      current.body.push({ text: line });
      continue;
    }
    // A value may be an array over several lines: take lines until its brackets close.
    let value = assignment[2];
    let depth = bracketDepth(value);
    const taken = [line];
    while (depth > 0 && i + 1 < lines.length) {
      i++;
      taken.push(lines[i]);
      value += `\n${lines[i]}`;
      depth += bracketDepth(lines[i]);
    }
    current.body.push({
      text: taken.join('\n'),
      key: assignment[1].replace(/^["']|["']$/g, ''),
      value: value.trim(),
    });
  }
  return sections;
}

/** How many brackets a piece of TOML opens and does not close, outside strings and comments. */
function bracketDepth(text: string): number {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#') break;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
  }
  return depth;
}

function stringValue(statement: Statement | undefined): string | undefined {
  const match = /^"((?:[^"\\]|\\.)*)"|^'([^']*)'/.exec(statement?.value ?? '');
  return match ? (match[1] ?? match[2]) : undefined;
}

/**
 * A `[[registry]]` table whose prefix (by default its location) is one of `hosts` gets
 * `insecure = true`: a second table for that prefix would make the file invalid. It is changed
 * only when it also connects to that host; one that sends the host elsewhere is the system's
 * choice and is left alone. Returns the host the table declares, if any.
 */
function markInsecure(section: Section, hosts: string[]): string | undefined {
  if (!section.header?.array || section.header.name !== 'registry') return undefined;
  const find = (key: string) => section.body.find((s) => s.key === key);
  const location = stringValue(find('location'));
  const prefix = stringValue(find('prefix')) ?? location;
  if (!prefix || !hosts.includes(prefix)) return undefined;
  if (location !== undefined && location !== prefix) return prefix;
  const insecure = find('insecure');
  const marked = {
    text: 'insecure = true # image-actions: plain HTTP for this build',
    key: 'insecure',
  };
  if (insecure) section.body[section.body.indexOf(insecure)] = marked;
  else section.body.unshift(marked);
  return prefix;
}

function render(sections: Section[]): string {
  const lines: string[] = [];
  for (const section of sections) {
    if (section.header) lines.push(section.header.text);
    for (const statement of section.body) lines.push(statement.text);
  }
  return lines.join('\n');
}
