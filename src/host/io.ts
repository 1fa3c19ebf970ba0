import type { Readable, Writable } from 'node:stream';
import type { FileLocation } from '../errors.js';

/**
 * What an action needs from its host: inputs, outputs, logs, a summary. The GitHub runner and the
 * CLI each provide one, so the same action code runs in both.
 */
export interface SummaryTable {
  header: string[];
  rows: string[][];
}

export interface Summary {
  title: string;
  /** Key/value facts shown before the tables. */
  facts?: [string, string][];
  tables?: SummaryTable[];
  notes?: string[];
  /**
   * The facts, cells and notes are Markdown, every text from outside in them already escaped
   * (markdownText, codeText): report-image-info's links and tables. Otherwise they are plain
   * text, escaped by the renderer but for their code spans.
   */
  markdown?: true;
}

/** Where long work says how far it is. */
export interface ProgressSink {
  /** How often to say it: 10 s in CI logs, a second on a terminal. */
  intervalMs: number;
  say(line: string): void;
  /** The work is over: a line rewritten in place is finished. */
  end(): void;
}

export interface ActionIO {
  /** The raw input, trimmed; '' when not given. */
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
  writeSummary(summary: Summary): Promise<void>;
  /** Fails the step; `locations` also mark the lines of a file the problem is in (GitHub). */
  setFailed(message: string, locations?: FileLocation[]): void;
  /** A phase of the step (resolve, plan, transfer…), folded in GitHub's log; a heading in a CLI. */
  group<T>(name: string, work: () => Promise<T>): Promise<T>;
  /** A variable for every later step of the job (GitHub); `export` lines on stdout (CLI). */
  exportVariable(name: string, value: string): void;
  /** State kept from the main step for the post step (GitHub) or for the process (CLI). */
  saveState(name: string, value: string): void;
  getState(name: string): string;
  progress: ProgressSink;
  /** The environment the action reads credentials and CI facts from. */
  env: NodeJS.ProcessEnv;
  /**
   * The process's own standard input and output, for an archive given as `-`: the CLI has them,
   * a GitHub step has none. Taking `stdout` moves the CLI's outputs to standard error.
   */
  stdio?: {
    stdin: Readable;
    takeStdout(): Writable;
    /** Which of the two is a terminal (a pipe forgotten). */
    terminal: { stdin: boolean; stdout: boolean };
  };
}

/** `IMAGE_ACTIONS_SUMMARY=false`: no job summary (a matrix of many steps, say). */
export function summaryOff(env: NodeJS.ProcessEnv): boolean {
  return /^(false|0|no|off)$/i.test(env.IMAGE_ACTIONS_SUMMARY ?? '');
}
