import { readFileSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ACTIONS } from '../actions/catalog.js';
import { summaryOff, type ActionIO, type Summary } from '../host/io.js';
import { BOOLEAN_INPUTS, meantInput } from '../actions/inputs.js';
import { progressIntervalMs } from '../host/progress.js';
import { runAction } from '../host/run.js';
import { redact, setSecretMasker } from '../secrets.js';
import { safeLogLines, terminalText } from '../log-text.js';

/**
 * `image-actions <action> --<input> <value> …`: the same actions outside GitHub. Inputs come from
 * flags, outputs go to stdout as `name=value` lines (or JSON), logs and the summary to stderr.
 */

interface ActionSpec {
  description?: string;
  inputs?: Record<string, { description?: string; required?: boolean }>;
  outputs?: Record<string, { description?: string }>;
}

export interface CliStreams {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  /** stderr is a terminal: progress is one line rewritten in place. */
  tty?: boolean;
  /** The process's standard input and output as byte streams, for `--archive -`. */
  stdin?: Readable;
  binaryStdout?: Writable;
}

/** `logout` is the login action's post step, run by itself: it has no action.yml of its own. */
const LOGOUT_SPEC: ActionSpec = {
  description: 'Removes the files `image-actions login --dir` wrote.',
  inputs: { dir: { description: 'The folder login wrote to.', required: true } },
};

/** action.yml sits two folders up from both src/cli/ and the bundle in dist/cli/. */
function actionSpec(name: string): ActionSpec {
  if (name === 'logout') return LOGOUT_SPEC;
  const here = path.dirname(fileURLToPath(import.meta.url));
  const file = path.resolve(here, '..', '..', 'actions', name, 'action.yml');
  return parseYaml(readFileSync(file, 'utf8')) as ActionSpec;
}

function usage(): string {
  return [
    'Usage: image-actions <action> [--<input> <value> ...] [--json]',
    '',
    'Actions:',
    ...Object.keys(ACTIONS).map(
      (name) => `  ${name.padEnd(20)}${actionSpec(name).description ?? ''}`,
    ),
    `  ${'logout'.padEnd(20)}${LOGOUT_SPEC.description}`,
    '',
    'Run `image-actions <action> --help` for its inputs.',
  ].join('\n');
}

function actionHelp(name: string): string {
  const spec = actionSpec(name);
  const lines = [
    `Usage: image-actions ${name} [options]`,
    '',
    spec.description ?? '',
    '',
    'Inputs:',
  ];
  for (const [input, info] of Object.entries(spec.inputs ?? {})) {
    lines.push(
      `  --${input}${info.required ? ' (required)' : ''}`,
      `      ${info.description ?? ''}`,
    );
  }
  lines.push(
    '  --json',
    '      Print the outputs as one JSON object instead of name=value lines.',
    '',
    'Outputs:',
  );
  for (const [output, info] of Object.entries(spec.outputs ?? {})) {
    lines.push(`  ${output}: ${info.description ?? ''}`);
  }
  return lines.join('\n');
}

export class CliUsageError extends Error {}

/** A value for a POSIX shell, in single quotes. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * Inputs that take one value, and the input to use for several: `--tag a,b` or a repeated
 * `--tag` would otherwise be read as one odd tag.
 */
const SINGLE_VALUED: Record<string, string> = { tag: 'tags' };

/**
 * Flags to inputs: `--name value`, `--name=value`; kebab-case is accepted; repeats add lines. A
 * boolean input may stand alone (`--dry-run` means true).
 */
export function parseFlags(
  args: string[],
  known: Set<string>,
  action: string,
): { inputs: Map<string, string>; json: boolean; help: boolean } {
  const inputs = new Map<string, string>();
  let json = false;
  let help = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--json') {
      json = true;
      continue;
    }
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    if (!arg.startsWith('--'))
      throw new CliUsageError(
        `unexpected argument "${arg}"; inputs are given as --<input> <value>`,
      );
    const eq = arg.indexOf('=');
    const typed = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    const name = typed.replace(/-/g, '_');
    if (!known.has(name)) {
      const near = meantInput(typed, [...known]);
      throw new CliUsageError(
        near
          ? `unknown option --${typed} for ${action}: did you mean --${near.replace(/_/g, '-')}? See \`image-actions ${action} --help\``
          : `unknown option --${typed} for ${action}; see \`image-actions ${action} --help\``,
      );
    }
    let value: string;
    if (eq >= 0) value = arg.slice(eq + 1);
    else if (BOOLEAN_INPUTS.has(name) && !/^(true|false)$/i.test(args[i + 1] ?? '')) value = 'true';
    else {
      if (i + 1 >= args.length) throw new CliUsageError(`option --${typed} needs a value`);
      value = args[++i];
    }
    const plural = SINGLE_VALUED[name];
    if (plural && (inputs.has(name) || value.includes(','))) {
      throw new CliUsageError(
        `--${typed} takes one value; for several, use --${plural} (--${plural} a,b or --${plural} a --${plural} b)`,
      );
    }
    inputs.set(name, inputs.has(name) ? `${inputs.get(name)}\n${value}` : value);
  }
  return { inputs, json, help };
}

/**
 * A summary cell's Markdown as plain text for a terminal: links as `label (url)`, code spans and
 * backslash escapes (which keep outside text literal on GitHub) removed.
 */
export function plainText(markdown: string): string {
  return (
    markdown
      // A link is ours only when its bracket is not escaped: `\[x\](y)` is text from outside.
      .replace(/(?<!\\)\[((?:[^\]\\]|\\.)*)\]\(([^)\s]*)\)/g, '$1 ($2)')
      .replace(/\\([!-/:-@[-`{-~])|`/g, (_m, escaped?: string) => escaped ?? '')
  );
}

export function renderText(summary: Summary): string {
  // A plain-text summary is shown as it is, but for the backticks of its code spans.
  const text = summary.markdown
    ? plainText
    : (cell: string) => cell.replace(/`([^`\r\n]+)`/g, '$1');
  const lines = [summary.title, '='.repeat(summary.title.length)];
  for (const [k, v] of summary.facts ?? []) lines.push(`${k}: ${text(v)}`);
  for (const rawTable of summary.tables ?? []) {
    const table = { header: rawTable.header, rows: rawTable.rows.map((r) => r.map(text)) };
    const widths = table.header.map((h, i) =>
      Math.max(h.length, ...table.rows.map((r) => (r[i] ?? '').length)),
    );
    const row = (cells: string[]) =>
      cells
        .map((c, i) => (c ?? '').padEnd(widths[i]))
        .join('  ')
        .trimEnd();
    lines.push(
      '',
      row(table.header),
      row(widths.map((w) => '-'.repeat(w))),
      ...table.rows.map(row),
    );
  }
  for (const note of summary.notes ?? []) lines.push('', note);
  return lines.join('\n');
}

export async function runCli(argv: string[], streams: CliStreams): Promise<number> {
  // A CLI run in a GitHub workflow has its output read for workflow commands too.
  // On a terminal too: no escape sequence from a registry's text reaches it (DESIGN §6).
  const out = (text: string) => streams.stdout(safeLogLines(terminalText(redact(text))) + '\n');
  const err = (text: string) => streams.stderr(safeLogLines(terminalText(redact(text))) + '\n');
  // No runner masks for us: secrets are redacted from everything this process prints.
  setSecretMasker(() => {});
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    (name ? out : err)(usage());
    return name ? 0 : 2;
  }
  // The login action's post step, by itself: `image-actions logout --dir D`.
  const logout = name === 'logout';
  const loadAction = logout
    ? async () => (await import('../actions/login/index.js')).logout
    : ACTIONS[name];
  if (!loadAction) {
    err(`image-actions: unknown action "${name}"\n\n${usage()}`);
    return 2;
  }
  const spec = actionSpec(name);
  let flags;
  try {
    flags = parseFlags(rest, new Set(Object.keys(spec.inputs ?? {})), name);
  } catch (error) {
    if (error instanceof CliUsageError) {
      err(`image-actions: ${error.message}`);
      return 2;
    }
    throw error;
  }
  if (flags.help) {
    out(actionHelp(name));
    return 0;
  }
  const outputs: Record<string, string> = {};
  const exported: [string, string][] = [];
  const state = new Map<string, string>();
  let failure: string | undefined;
  const debug = /^(1|true)$/i.test(
    streams.env.RUNNER_DEBUG ?? streams.env.IMAGE_ACTIONS_DEBUG ?? '',
  );
  const io: ActionIO = {
    getInput: (input) => (flags.inputs.get(input) ?? '').trim(),
    setOutput: (output, value) => {
      outputs[output] = value;
    },
    info: (m) => err(m),
    warning: (m) => err(`warning: ${m}`),
    debug: (m) => {
      if (debug) err(`debug: ${m}`);
    },
    writeSummary: async (summary) => {
      if (!summaryOff(streams.env)) err(`\n${renderText(summary)}\n`);
    },
    setFailed: (m) => {
      failure = m;
    },
    exportVariable: (k, v) => exported.push([k, v]),
    group: async (groupName, work) => {
      err(`== ${groupName}`);
      return work();
    },
    progress: streams.tty
      ? {
          intervalMs: progressIntervalMs(streams.env, 1),
          say: (line) => streams.stderr(`\r\x1b[K${terminalText(redact(line))}`),
          end: () => streams.stderr('\n'),
        }
      : { intervalMs: progressIntervalMs(streams.env), say: (line) => err(line), end: () => {} },
    saveState: (k, v) => state.set(k, v),
    getState: (k) => state.get(k) ?? '',
    env: streams.env,
  };
  // An archive written to standard output takes it: the outputs go to standard error instead.
  let stdoutTaken = false;
  if (streams.stdin && streams.binaryStdout) {
    const binaryStdout = streams.binaryStdout;
    const isTerminal = (stream: object) => (stream as { isTTY?: boolean }).isTTY === true;
    io.stdio = {
      stdin: streams.stdin,
      takeStdout: () => {
        stdoutTaken = true;
        return binaryStdout;
      },
      terminal: { stdin: isTerminal(streams.stdin), stdout: isTerminal(binaryStdout) },
    };
  }
  const ok = await runAction(await loadAction(), io);
  if (!ok) {
    err(`error: ${failure}`);
    return 1;
  }
  // `eval "$(image-actions login)"` sets them for the rest of a shell session.
  const print = stdoutTaken ? err : out;
  if (!flags.json) for (const [k, v] of exported) print(`export ${k}=${shellQuote(v)}`);
  if (flags.json) print(JSON.stringify(outputs, null, 2));
  else
    for (const [k, v] of Object.entries(outputs))
      print(`${k}=${v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')}`);
  return 0;
}
