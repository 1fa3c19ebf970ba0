import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FileError, UserError } from '../../../src/errors.js';
import { loadSyncFile, parseSyncFile } from '../../../src/sync/file.js';

function problems(text: string, source = '.github/sync.yml'): string[] {
  try {
    parseSyncFile(text, source);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return error.message.split('\n');
  }
  throw new Error('no problem reported');
}

describe('the sync file', () => {
  it('reads an entry with every field, the defaults filled in', () => {
    const file = parseSyncFile(
      `# yaml-language-server: $schema=../schemas/sync.schema.json
sync:
  - source: upstream.example.com/library/nginx
    registry: prod
    image_name: mirror/nginx
    tags:
      allow: ['^1\\.2[0-9]\\.']
      deny: ['-rc', '^sha-']
      semver: '>=1.24 <2'
      latest: 5
    target_tag: '{major}.{minor}'
    platforms: [linux/amd64]
    referrers: false
    overwrite: false
    backup: '{tag}-was-{digest}'
  - source: nginx
`,
      '.github/sync.yml',
    );
    expect(file.entries).toHaveLength(2);
    const [first, second] = file.entries;
    expect(first).toMatchObject({
      index: 0,
      line: 3,
      source: { domain: 'upstream.example.com', repository: 'library/nginx' },
      registry: 'prod',
      imageName: 'mirror/nginx',
      rules: { range: '>=1.24 <2', latest: 5 },
      targetTag: '{major}.{minor}',
      platforms: [{ os: 'linux', architecture: 'amd64' }],
      referrers: false,
      overwrite: false,
      backup: '{tag}-was-{digest}',
    });
    expect(first.rules.allow.map(String)).toEqual(['/^1\\.2[0-9]\\./']);
    expect(first.rules.deny.map(String)).toEqual(['/-rc/', '/^sha-/']);
    expect(second).toMatchObject({
      line: 16,
      source: { domain: 'docker.io', repository: 'library/nginx' },
      rules: { allow: [], deny: [] },
      targetTag: '{tag}',
      platforms: [],
      referrers: true,
      overwrite: true,
    });
  });

  it('names the file, line and field of every problem at once, before any registry is asked', () => {
    const text = `sync:
  - source: ghcr.io/acme/app:1.0
    tags:
      allow: ['(unclosed']
      semver: 'not a range'
      latest: 0
      newest: 3
    target_tag: '{major}-{tga}'
    platforms: [linux]
  - source: nginx
    target_tag: '{major}'
    backup: '{tag}-old'
    overwrite: maybe
`;
    const lines = problems(text);
    expect(lines).toEqual([
      '.github/sync.yml line 2: sync[0].source: must be a repository, without a tag or digest; tags are chosen by the tags rules',
      expect.stringMatching(
        /^\.github\/sync\.yml line 4: sync\[0\]\.tags\.allow\[0\]: is not a regular expression \(/,
      ),
      '.github/sync.yml line 5: sync[0].tags.semver: is not a semver range; write e.g. ">=1.24 <2", "^3.19" or "1.x" (npm semver syntax)',
      '.github/sync.yml line 6: sync[0].tags.latest: must be at least 1',
      '.github/sync.yml line 7: sync[0].tags.newest: unknown field; allowed: allow, deny, semver, latest',
      '.github/sync.yml line 8: sync[0].target_tag: unknown field {tga}; known: {tag} {major} {minor} {patch}',
      expect.stringMatching(
        /^\.github\/sync\.yml line 9: sync\[0\]\.platforms\[0\]: "linux" is not a platform/,
      ),
      '.github/sync.yml line 11: sync[1].target_tag: uses {major}, {minor} or {patch}, which only versions have; set tags.semver (or tags.latest) so that only versions are taken',
      '.github/sync.yml line 12: sync[1].backup: must hold {digest}: each old digest needs a tag of its own',
      '.github/sync.yml line 13: sync[1].overwrite: must be true or false',
    ]);
  });

  it('marks the lines for GitHub from a file; inline YAML has none to mark', () => {
    let fromFile: unknown;
    try {
      parseSyncFile('sync:\n  - image: x\n', 'sync.yml');
    } catch (error) {
      fromFile = error;
    }
    expect(fromFile).toBeInstanceOf(FileError);
    expect((fromFile as FileError).locations).toEqual([
      { file: 'sync.yml', line: 2, message: 'sync[0].source: is required' },
      {
        file: 'sync.yml',
        line: 2,
        message:
          'sync[0].image: unknown field; allowed: source, registry, image_name, tags, target_tag, platforms, referrers, overwrite, backup',
      },
    ]);
    let inline: unknown;
    try {
      loadSyncFile({ inline: 'sync: [{}]', cwd: '/' });
    } catch (error) {
      inline = error;
    }
    expect(inline).toBeInstanceOf(UserError);
    expect(inline).not.toBeInstanceOf(FileError);
    expect((inline as Error).message).toBe('the sync input line 1: sync[0].source: is required');
  });

  it('says a YAML syntax error with its line, and a missing file with where it looked', () => {
    expect(problems('sync:\n  - source: [a\n')[0]).toMatch(
      /^\.github\/sync\.yml line \d: YAML syntax error/,
    );
    const dir = mkdtempSync(path.join(tmpdir(), 'sync-file-'));
    try {
      expect(() => loadSyncFile({ cwd: dir })).toThrow(
        `.github/sync.yml does not exist (relative to ${dir}); write it, or give the rules in the sync input`,
      );
      expect(() => loadSyncFile({ cwd: dir, file: 'nope.yml' })).toThrow(
        `Input sync_file: nope.yml does not exist (relative to ${dir})`,
      );
      mkdirSync(path.join(dir, '.github'));
      writeFileSync(path.join(dir, '.github/sync.yml'), 'sync:\n  - source: alpine\n');
      expect(loadSyncFile({ cwd: dir }).entries[0].source.repository).toBe('library/alpine');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
