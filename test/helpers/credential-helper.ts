import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { delimiter, dirname, join } from 'node:path';
import { makeTempDir, removeTempDir, run } from './util.js';

/**
 * A real Docker credential helper on a temp PATH: `docker-credential-test`, a program that speaks
 * the helper protocol (`get`, the server URL on stdin, JSON on stdout). What it answers for each
 * server URL is set by the test in its store; every call is logged (argv and stdin).
 */

/** What the helper does for one server URL. */
export type HelperAnswer =
  | { Username: string; Secret: string }
  /** Exits with `exit` after printing `stdout` (and noise on stderr). */
  | { exit: number; stdout: string }
  /** Prints `raw` and exits 0. */
  | { raw: string }
  /** Sleeps, then answers nothing. */
  | { sleepMs: number }
  /**
   * Forks a child that holds the helper's stdout open for 5 minutes (its pid in `grandchild()`),
   * then hangs (`hang`) or answers these credentials and exits.
   */
  | { forkHold: 'hang' | { Username: string; Secret: string } }
  /** Writes `text` to stdout over and over, never ending. */
  | { flood: string };

export interface TestHelper {
  /** The directory holding docker-credential-<name>: put it first on PATH. */
  dir: string;
  /** PATH with `dir` first and the directory of node (the script's interpreter) after it. */
  path: string;
  set(serverUrl: string, answer: HelperAnswer): void;
  /** The pid of the child a `forkHold` answer forked, once it has. */
  grandchild(): number | undefined;
  /** Every call: the arguments and what came on stdin. */
  calls(): { args: string[]; input: string }[];
  stop(): Promise<void>;
}

const SCRIPT = `#!/usr/bin/env node
const fs = require('node:fs');
const path = require('node:path');
const dir = path.dirname(fs.realpathSync(process.argv[1]));
let input = '';
process.stdin.on('data', (c) => (input += c));
process.stdin.on('end', () => {
  fs.appendFileSync(path.join(dir, 'calls.log'), JSON.stringify({ args: process.argv.slice(2), input }) + '\\n');
  if (process.argv[2] !== 'get') { process.stdout.write('unknown action'); process.exit(1); }
  const store = JSON.parse(fs.readFileSync(path.join(dir, 'store.json'), 'utf8'));
  const answer = store[input.trim()];
  process.stderr.write('helper diagnostics: this line must never reach a log\\n');
  if (!answer) { process.stdout.write('credentials not found in native keychain\\n'); process.exit(1); }
  if ('forkHold' in answer) {
    const child = require('node:child_process').spawn(process.execPath, ['-e', 'setTimeout(() => {}, 300000)'],
      { stdio: ['ignore', 'inherit', 'ignore'] });
    fs.writeFileSync(path.join(dir, 'grandchild.pid'), String(child.pid));
    if (answer.forkHold === 'hang') { setInterval(() => {}, 1000); return; }
    process.stdout.write(JSON.stringify({ ServerURL: input.trim(), ...answer.forkHold }));
    process.exit(0);
  }
  if ('flood' in answer) {
    const chunk = Buffer.from(answer.flood.repeat(Math.ceil(65536 / answer.flood.length)));
    const more = () => { while (process.stdout.write(chunk)); process.stdout.once('drain', more); };
    more();
    return;
  }
  if ('sleepMs' in answer) { setTimeout(() => process.exit(0), answer.sleepMs); return; }
  if ('raw' in answer) { process.stdout.write(answer.raw); return; }
  if ('exit' in answer) { process.stdout.write(answer.stdout); process.exit(answer.exit); }
  process.stdout.write(JSON.stringify({ ServerURL: input.trim(), ...answer }));
});
`;

export async function installTestHelper(name = 'test'): Promise<TestHelper> {
  const dir = await makeTempDir('credential-helper-');
  const program = join(dir, `docker-credential-${name}`);
  writeFileSync(program, SCRIPT);
  chmodSync(program, 0o755);
  const storeFile = join(dir, 'store.json');
  const store: Record<string, HelperAnswer> = {};
  writeFileSync(storeFile, '{}');
  return {
    dir,
    path: [dir, dirname(process.execPath), '/usr/bin', '/bin'].join(delimiter),
    set(serverUrl, answer) {
      store[serverUrl] = answer;
      writeFileSync(storeFile, JSON.stringify(store));
    },
    grandchild() {
      try {
        return Number(readFileSync(join(dir, 'grandchild.pid'), 'utf8'));
      } catch {
        return undefined;
      }
    },
    calls() {
      let text = '';
      try {
        text = readFileSync(join(dir, 'calls.log'), 'utf8');
      } catch {
        return [];
      }
      return text
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { args: string[]; input: string });
    },
    stop: () => removeTempDir(dir),
  };
}

export interface PassStore {
  /** What the step's environment adds for docker-credential-pass: the gpg home and the store. */
  env: Record<string, string>;
  /** `docker-credential-pass store`: what `docker login` does with credsStore pass. */
  store(serverUrl: string, username: string, secret: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Debian's docker-credential-pass (golang-docker-credential-helpers) over a `pass` store in a temp
 * dir, encrypted to a throwaway gpg key without a passphrase. Its gpg-agent is stopped at the end.
 */
export async function passStore(): Promise<PassStore> {
  const dir = await makeTempDir('pass-store-');
  const env = {
    GNUPGHOME: join(dir, 'gnupg'),
    PASSWORD_STORE_DIR: join(dir, 'store'),
    PATH: process.env.PATH ?? '',
  };
  const childEnv = { ...process.env, ...env };
  const sh = (command: string, args: string[], input?: string) =>
    run(command, args, { input, env: childEnv });
  try {
    await mkdir(env.GNUPGHOME, { mode: 0o700 });
    // prettier-ignore
    await sh('gpg', ['--batch', '--pinentry-mode', 'loopback', '--passphrase', '',
      '--quick-gen-key', 'image-actions-test <test@example.invalid>', 'default', 'default', 'never']);
    await sh('pass', ['init', 'test@example.invalid']);
  } catch (error) {
    await removeTempDir(dir);
    throw error;
  }
  return {
    env: { GNUPGHOME: env.GNUPGHOME, PASSWORD_STORE_DIR: env.PASSWORD_STORE_DIR },
    async store(serverUrl, username, secret) {
      await sh(
        'docker-credential-pass',
        ['store'],
        JSON.stringify({ ServerURL: serverUrl, Username: username, Secret: secret }),
      );
    },
    async stop() {
      await sh('gpgconf', ['--kill', 'gpg-agent']).catch(() => {});
      await removeTempDir(dir);
    },
  };
}
