import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  appendSummary,
  exportVariable,
  getInput,
  issueCommand,
  saveState,
  setFailed,
  setOutput,
} from '../../../src/host/workflow-commands.js';

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

describe('the runner protocol, as @actions/core speaks it', () => {
  it('reads INPUT_<NAME> with spaces as underscores, trimmed, and "" when unset', () => {
    process.env.INPUT_IMAGE_NAME = '  acme/app \n';
    expect(getInput('image_name')).toBe('acme/app');
    expect(getInput('image name')).toBe('acme/app');
    expect(getInput('absent')).toBe('');
  });

  it('writes outputs and state as delimited blocks to the files the runner names', () => {
    process.env.GITHUB_OUTPUT = path.join(dir, 'out');
    process.env.GITHUB_STATE = path.join(dir, 'state');
    writeFileSync(process.env.GITHUB_OUTPUT, '');
    writeFileSync(process.env.GITHUB_STATE, '');
    setOutput('images', 'a\nb');
    saveState('dir', '/tmp/x');
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
    setOutput('digest', 'sha256:1');
    expect(written.join('')).toBe('\n::set-output name=digest::sha256:1\n');
  });

  it('escapes command data and properties so that no message can issue a command', () => {
    issueCommand('warning', '100%\r\n::error::x', { title: 'a:b,c' });
    expect(written).toEqual(['::warning title=a%3Ab%2Cc::100%25%0D%0A::error::x\n']);
  });

  it('fails the step with an error command, and appends the summary to its file', () => {
    process.env.GITHUB_STEP_SUMMARY = path.join(dir, 'summary.md');
    writeFileSync(process.env.GITHUB_STEP_SUMMARY, '# before\n');
    setFailed('line one\nline two');
    appendSummary('### done');
    expect(process.exitCode).toBe(1);
    expect(written).toEqual(['::error::line one%0Aline two\n']);
    expect(readFileSync(process.env.GITHUB_STEP_SUMMARY, 'utf8')).toBe('# before\n### done\n');
  });

  it('exports a variable to the later steps (GITHUB_ENV, a delimited block) and to this process', () => {
    const file = path.join(dir, 'env');
    writeFileSync(file, '');
    process.env.GITHUB_ENV = file;
    exportVariable('DOCKER_CONFIG', '/tmp/x y');
    expect(process.env.DOCKER_CONFIG).toBe('/tmp/x y');
    expect(readFileSync(file, 'utf8')).toMatch(
      /^DOCKER_CONFIG<<(ghadelimiter_[0-9a-f-]+)\n\/tmp\/x y\n\1\n$/,
    );
  });
});
