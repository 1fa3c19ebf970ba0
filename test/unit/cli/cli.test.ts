import { describe, expect, it } from '@jest/globals';
import { parseFlags, plainText, renderText, runCli, CliUsageError } from '../../../src/cli/cli.js';

const known = new Set(['candidate', 'tag', 'tags', 'registries_file']);

describe('CLI flags', () => {
  it('reads --name value, --name=value, kebab-case, and joins repeats by lines', () => {
    const { inputs, json } = parseFlags(
      [
        '--candidate',
        'r/a:1',
        '--tag=2',
        '--registries-file',
        'f.yml',
        '--tags',
        'a',
        '--tags',
        'b',
        '--json',
      ],
      known,
      'promote',
    );
    expect(Object.fromEntries(inputs)).toEqual({
      candidate: 'r/a:1',
      tag: '2',
      registries_file: 'f.yml',
      tags: 'a\nb',
    });
    expect(json).toBe(true);
  });

  it.each([
    [['--nope', 'x'], 'unknown option --nope for promote; see `image-actions promote --help`'],
    [['--tag'], 'option --tag needs a value'],
    [['stray'], 'unexpected argument "stray"; inputs are given as --<input> <value>'],
  ])('%j → %s', (args, message) => {
    expect(() => parseFlags(args, known, 'promote')).toThrow(new CliUsageError(message));
  });
});

describe('CLI flags that surprise no one', () => {
  const promoteInputs = new Set(['candidate', 'tag', 'tags', 'dry_run', 'overwrite', 'registries']);

  it('takes a boolean flag alone as true, and an explicit true/false after it', () => {
    const { inputs } = parseFlags(
      ['--dry-run', '--candidate', 'r/a:1', '--overwrite', 'false'],
      promoteInputs,
      'promote',
    );
    expect(Object.fromEntries(inputs)).toEqual({
      dry_run: 'true',
      candidate: 'r/a:1',
      overwrite: 'false',
    });
    expect(
      Object.fromEntries(parseFlags(['--candidate', 'x', '--dry-run'], promoteInputs, 'p').inputs),
    ).toEqual({
      candidate: 'x',
      dry_run: 'true',
    });
  });

  it.each([
    [
      ['--no-such-flag', 'x'],
      'unknown option --no-such-flag for promote; see `image-actions promote --help`',
    ],
    [
      ['--dry-rnu'],
      'unknown option --dry-rnu for promote: did you mean --dry-run? See `image-actions promote --help`',
    ],
    [
      ['--candiate', 'x'],
      'unknown option --candiate for promote: did you mean --candidate? See `image-actions promote --help`',
    ],
    [
      ['--tag', 'a,b'],
      '--tag takes one value; for several, use --tags (--tags a,b or --tags a --tags b)',
    ],
    [
      ['--tag', 'a', '--tag', 'b'],
      '--tag takes one value; for several, use --tags (--tags a,b or --tags a --tags b)',
    ],
  ])('%j → %s', (args, message) => {
    expect(() => parseFlags(args, promoteInputs, 'promote')).toThrow(new CliUsageError(message));
  });
});

describe('runCli', () => {
  const capture = () => {
    const out: string[] = [];
    const err: string[] = [];
    return {
      out,
      err,
      streams: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), env: {} },
    };
  };

  it('lists the inputs of an action from its action.yml', async () => {
    const c = capture();
    expect(await runCli(['promote', '--help'], c.streams)).toBe(0);
    const help = c.out.join('');
    for (const input of [
      '--candidate (required)',
      '--expected_digest',
      '--dry_run',
      '--registries_file',
    ])
      expect(help).toContain(input);
    expect(help).toContain('stats:');
  });

  it('gives a clear error and exit 2 for a bad flag', async () => {
    const c = capture();
    expect(await runCli(['promote', '--colour', 'red'], c.streams)).toBe(2);
    expect(c.err.join('')).toBe(
      'image-actions: unknown option --colour for promote; see `image-actions promote --help`\n',
    );
  });

  it('names an unknown action', async () => {
    const c = capture();
    expect(await runCli(['deploy'], c.streams)).toBe(2);
    expect(c.err.join('')).toMatch(/^image-actions: unknown action "deploy"/);
  });

  it('fails with the action error and exit 1', async () => {
    const c = capture();
    expect(await runCli(['promote', '--candidate', 'localhost:1/a:1'], c.streams)).toBe(1);
    expect(c.err.join('')).toContain('error: Input tag or tags is required');
  });
});

it('renders a summary as aligned text', () => {
  expect(
    renderText({
      title: 'T',
      facts: [['Digest', '`sha256:x`']],
      tables: [{ header: ['Tag', 'Action'], rows: [['1.0', 'written']] }],
    }),
  ).toBe('T\n=\nDigest: sha256:x\n\nTag  Action\n---  -------\n1.0  written');
});

it('shows summary Markdown as plain text: links, code spans and escapes undone', () => {
  expect(plainText('[`abc1234`](https://git.example/c/abc) fix \\_private\\_ \\<b\\> a\\\\b')).toBe(
    'abc1234 (https://git.example/c/abc) fix _private_ <b> a\\b',
  );
  expect(
    renderText({
      title: 'T',
      facts: [['Branch', 'feat\\_x']],
      tables: [{ header: ['K'], rows: [['\\*v\\*']] }],
      markdown: true,
    }),
  ).toBe('T\n=\nBranch: feat_x\n\nK\n---\n*v*');
  // A plain-text summary is shown as it is: a registry's \[ or \_ stays, only code spans go.
  expect(renderText({ title: 'T', facts: [['Type', '`sha256:x` a\\_b [c](d)']] })).toBe(
    'T\n=\nType: sha256:x a\\_b [c](d)',
  );
});
