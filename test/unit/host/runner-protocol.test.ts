import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { githubIO } from '../../../src/host/github.js';

let dir: string;
let written: string[];
const saved = { ...process.env };

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'workflow-commands-'));
  written = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    written.push(String(chunk));
    return true;
  });
});

afterEach(() => {
  jest.restoreAllMocks();
  process.env = { ...saved };
  process.exitCode = undefined;
  rmSync(dir, { recursive: true, force: true });
});

// The runner protocol as the actions speak it, through @actions/core behind the GitHub io.
describe('the runner protocol', () => {
  it('reads INPUT_<NAME> with spaces as underscores, trimmed, and "" when unset', () => {
    process.env.INPUT_IMAGE_NAME = '  acme/app \n';
    const io = githubIO();
    expect(io.getInput('image_name')).toBe('acme/app');
    expect(io.getInput('image name')).toBe('acme/app');
    expect(io.getInput('absent')).toBe('');
  });

  it('writes outputs and state as delimited blocks to the files the runner names', () => {
    process.env.GITHUB_OUTPUT = path.join(dir, 'out');
    process.env.GITHUB_STATE = path.join(dir, 'state');
    writeFileSync(process.env.GITHUB_OUTPUT, '');
    writeFileSync(process.env.GITHUB_STATE, '');
    const io = githubIO();
    io.setOutput('images', 'a\nb');
    io.saveState('dir', '/tmp/x');
    const out = readFileSync(process.env.GITHUB_OUTPUT, 'utf8');
    const m = /^images<<(ghadelimiter_[0-9a-f-]+)\na\nb\n\1\n$/.exec(out);
    expect(m).not.toBeNull();
    expect(readFileSync(process.env.GITHUB_STATE, 'utf8')).toMatch(
      /^dir<<(ghadelimiter_[0-9a-f-]+)\n\/tmp\/x\n\1\n$/,
    );
    expect(written).toEqual([]);
  });

  it('falls back to the set-output command without GITHUB_OUTPUT', () => {
    delete process.env.GITHUB_OUTPUT;
    githubIO().setOutput('digest', 'sha256:1');
    expect(written.join('')).toBe('\n::set-output name=digest::sha256:1\n');
  });

  it('escapes command data and properties so that no message can issue a command', () => {
    githubIO().setFailed('100%\r\n::error::x', [
      { file: 'a:b,c.yml', line: 3, message: 'x\n::warning::y' },
    ]);
    expect(written).toEqual(['::error file=a%3Ab%2Cc.yml,line=3::x%0A::warning::y\n']);
  });

  it('fails the step with an error command, and appends the summary to its file', async () => {
    process.env.GITHUB_STEP_SUMMARY = path.join(dir, 'summary.md');
    writeFileSync(process.env.GITHUB_STEP_SUMMARY, '# before\n');
    const io = githubIO();
    io.setFailed('line one\nline two');
    await io.writeSummary({ title: 'done' });
    await io.writeSummary({ title: 'again' });
    expect(process.exitCode).toBe(1);
    expect(written).toEqual(['::error::line one%0Aline two\n']);
    expect(readFileSync(process.env.GITHUB_STEP_SUMMARY, 'utf8')).toBe(
      '# before\n### done\n\n### again\n\n',
    );
  });

  it('exports a variable to the later steps (GITHUB_ENV, a delimited block) and to this process', () => {
    const file = path.join(dir, 'env');
    writeFileSync(file, '');
    process.env.GITHUB_ENV = file;
    githubIO().exportVariable('DOCKER_CONFIG', '/tmp/x y');
    expect(process.env.DOCKER_CONFIG).toBe('/tmp/x y');
    expect(readFileSync(file, 'utf8')).toMatch(
      /^DOCKER_CONFIG<<(ghadelimiter_[0-9a-f-]+)\n\/tmp\/x y\n\1\n$/,
    );
  });
});
