import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCommand } from '../../../src/builders/exec.js';

describe('running a builder program', () => {
  // A program that exists only on the step's PATH, not on this process's.
  const dir = mkdtempSync(path.join(tmpdir(), 'exec-'));
  symlinkSync(process.execPath, path.join(dir, 'stepnode'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("finds the program on the step's PATH, and hands over every line, the last without a newline too", async () => {
    const lines: string[] = [];
    const result = await runCommand(
      {
        program: 'stepnode',
        args: [
          '-e',
          'process.stdout.write("one\\ntwo"); process.stderr.write("err\\n"); process.exit(3)',
        ],
        env: { EXTRA: 'x' },
      },
      { env: { PATH: dir }, log: (line) => lines.push(line) },
    );
    expect(result.code).toBe(3);
    expect([...lines].sort()).toEqual(['err', 'one', 'two']);
    expect([...result.tail].sort()).toEqual(['err', 'one', 'two']);
  });

  it('passes arguments as they are, without a shell', async () => {
    const lines: string[] = [];
    await runCommand(
      { program: 'stepnode', args: ['-e', 'console.log(process.argv[1])', '$HOME; echo x'] },
      { env: { PATH: dir }, log: (line) => lines.push(line) },
    );
    expect(lines).toEqual(['$HOME; echo x']);
  });

  it('keeps the last lines only', async () => {
    const result = await runCommand(
      { program: 'stepnode', args: ['-e', 'for (let i = 0; i < 10; i++) console.log(i)'] },
      { env: { PATH: dir }, keep: 3 },
    );
    expect(result).toEqual({ code: 0, tail: ['7', '8', '9'] });
  });

  it('says what to install when the program is nowhere on PATH', async () => {
    await expect(
      runCommand({ program: 'buildah', args: ['--version'] }, { env: { PATH: dir } }),
    ).rejects.toThrow(
      'buildah is not installed (not found on PATH); install buildah (apt-get install buildah)',
    );
  });
});
