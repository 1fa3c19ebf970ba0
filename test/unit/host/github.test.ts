import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { githubIO, renderMarkdown } from '../../../src/host/github.js';
import { summaryOff } from '../../../src/host/io.js';

describe('the GitHub io', () => {
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('writes no line that opens a workflow command, whatever a message holds', () => {
    const written: string[] = [];
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    const io = githubIO();
    io.info('linux\n::stop-commands::abc\n  ::warning::injected');
    io.warning('registry said:\n::error::x');
    io.debug('%0A::add-mask::y');
    const lines = written.join('').split(/\r\n|\r|\n/);
    // Each message is one command or plain lines; none smuggles in a command of its own.
    expect(lines.filter((l) => /^\s*::/.test(l)).map((l) => l.split('::')[1])).toEqual([
      'warning',
      'debug',
    ]);
    expect(written.join('')).toContain('%3A%3Astop-commands::abc');
  });
});

describe('job summary', () => {
  it('shows key/value facts as a table whose first fact is the header: no empty row', () => {
    const markdown = renderMarkdown({
      title: 'Image promoted',
      facts: [
        ['Source', 'a'],
        ['Target', 'b'],
      ],
    });
    expect(markdown).toBe(
      '### Image promoted\n\n| **Source** | a |\n| --- | --- |\n| **Target** | b |\n',
    );
    expect(markdown).not.toContain('| | |');
  });

  it('escapes a plain-text summary but for its code spans: registry artifact types, tags or messages make no link, image or HTML', () => {
    const markdown = renderMarkdown({
      title: 'Image promoted',
      facts: [['Digest', '`sha256:abc`']],
      tables: [
        {
          header: ['Referrer', 'Artifact type'],
          rows: [
            [
              '`sha256:def`',
              '![x](https://evil.example/i.png) <img src=x> www.evil.example\nnext | cell',
            ],
          ],
        },
      ],
      notes: ['[click](javascript:alert(1)) &lt;'],
    });
    expect(markdown).toBe(
      [
        '### Image promoted',
        '',
        '| **Digest** | `sha256:abc` |',
        '| --- | --- |',
        '',
        '| Referrer | Artifact type |',
        '| --- | --- |',
        '| `sha256:def` | !\\[x\\](`https://evil.example/i.png)` \\<img src=x\\> `www.evil.example`<br>next \\| cell |',
        '',
        '\\[click\\](javascript:alert(1)) \\&lt;',
        '',
      ].join('\n'),
    );
  });

  it('leaves a Markdown summary as its action escaped it', () => {
    const markdown = renderMarkdown({
      title: 'Image report',
      facts: [['Commit', '[`abc`](https://github.com/a/b/commit/abc)']],
      markdown: true,
    });
    expect(markdown).toContain('| **Commit** | [`abc`](https://github.com/a/b/commit/abc) |');
  });

  it.each([
    ['false', true],
    ['FALSE', true],
    ['0', true],
    ['true', false],
    [undefined, false],
  ])('IMAGE_ACTIONS_SUMMARY=%s turns it off: %s', (value, off) => {
    expect(summaryOff(value === undefined ? {} : { IMAGE_ACTIONS_SUMMARY: value })).toBe(off);
  });
});

describe('registries-file errors on the file', () => {
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('annotates each problem at its file and line, and fails the step', async () => {
    const written: string[] = [];
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    const before = process.exitCode;
    const { parseRegistries } = await import('../../../src/credentials/registries-file.js');
    const { runAction } = await import('../../../src/host/run.js');
    const io = githubIO();
    const ok = await runAction(async () => {
      parseRegistries(
        'registries:\n  - name: a\n    domain: x.example\n    colour: red\n',
        '.github/registries.yml',
      );
    }, io);
    expect(ok).toBe(false);
    expect(written.join('')).toMatch(/^::error file=\.github\/registries\.yml,line=4::.*colour/m);
    expect(process.exitCode).toBe(1);
    process.exitCode = before;
  });
});
