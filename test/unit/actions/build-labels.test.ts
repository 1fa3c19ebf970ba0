import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultTag, gitLabels, imageLabels } from '../../../src/actions/build/labels.js';
import { sanitizeTag } from '../../../src/oci/reference.js';

describe('tag-safe names', () => {
  it.each([
    ['main', 'main'],
    ['feature/Login-Page', 'feature-Login-Page'],
    ['release/1.2.3', 'release-1.2.3'],
    ['v1.0.0+build.5', 'v1.0.0-build.5'],
    ['-leading.dots-and-dashes', 'leading.dots-and-dashes'],
    ['UPPER_case', 'UPPER_case'],
    ['v2.0.0-RC1', 'v2.0.0-RC1'],
    ['ünïcode/ß', 'n-code--'],
    ['x'.repeat(200), 'x'.repeat(128)],
    ['///', 'latest'],
  ])('%s → %s', (name, tag) => {
    expect(sanitizeTag(name)).toBe(tag);
  });
});

describe('the default tag', () => {
  it.each([
    [
      'a branch',
      { GITHUB_REF: 'refs/heads/feature/Shiny', GITHUB_REF_NAME: 'feature/Shiny' },
      // Case is kept, as metadata-action keeps it: the tag grammar allows it.
      'feature-Shiny',
    ],
    ['a Git tag', { GITHUB_REF: 'refs/tags/v1.2.3', GITHUB_REF_NAME: 'v1.2.3' }, 'v1.2.3'],
    [
      'a pull request',
      {
        GITHUB_REF: 'refs/pull/42/merge',
        GITHUB_REF_NAME: '42/merge',
        GITHUB_HEAD_REF: 'fix/x',
        GITHUB_EVENT_NAME: 'pull_request',
      },
      'pr-42',
    ],
    ['a ref without GITHUB_REF_NAME', { GITHUB_REF: 'refs/heads/dev' }, 'dev'],
    ['outside any ref', {}, 'latest'],
    [
      'an empty GITHUB_HEAD_REF on a push',
      { GITHUB_HEAD_REF: '', GITHUB_REF_NAME: 'main' },
      'main',
    ],
  ])('%s', (_name, env, tag) => {
    expect(defaultTag(env)).toBe(tag);
  });

  it('is pr-<n> on pull_request_target, from the event payload', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'event-'));
    try {
      const event = path.join(dir, 'event.json');
      writeFileSync(event, JSON.stringify({ number: 7, pull_request: { number: 7 } }));
      expect(
        defaultTag({
          GITHUB_EVENT_NAME: 'pull_request_target',
          GITHUB_EVENT_PATH: event,
          GITHUB_REF: 'refs/heads/main',
          GITHUB_REF_NAME: 'main',
          GITHUB_HEAD_REF: 'contrib/x',
        }),
      ).toBe('pr-7');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('image labels', () => {
  const now = new Date('2025-03-04T05:06:07.000Z');
  const github = {
    GITHUB_REPOSITORY: 'acme/widgets',
    GITHUB_SHA: 'f00d',
    GITHUB_SERVER_URL: 'https://github.example/',
  };

  it('come from the GitHub context, with the first tag as version', () => {
    expect(gitLabels(github, '1.0', now)).toEqual({
      'org.opencontainers.image.source': 'https://github.example/acme/widgets',
      'org.opencontainers.image.url': 'https://github.example/acme/widgets',
      'org.opencontainers.image.title': 'widgets',
      'org.opencontainers.image.revision': 'f00d',
      'org.opencontainers.image.created': '2025-03-04T05:06:07.000Z',
      'org.opencontainers.image.version': '1.0',
    });
  });

  it('default the server to github.com and leave out what is unknown outside GitHub', () => {
    expect(gitLabels({ GITHUB_REPOSITORY: 'a/b' }, undefined, now)).toEqual({
      'org.opencontainers.image.source': 'https://github.com/a/b',
      'org.opencontainers.image.url': 'https://github.com/a/b',
      'org.opencontainers.image.title': 'b',
      'org.opencontainers.image.created': '2025-03-04T05:06:07.000Z',
    });
    expect(gitLabels({}, 'x', now)).toEqual({
      'org.opencontainers.image.created': '2025-03-04T05:06:07.000Z',
      'org.opencontainers.image.version': 'x',
    });
  });

  it("name the pull request's head commit as the revision on pull requests, not the merge commit", () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'event-'));
    try {
      const event = path.join(dir, 'event.json');
      writeFileSync(event, JSON.stringify({ number: 9, pull_request: { head: { sha: 'beef' } } }));
      const pr = { ...github, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event };
      expect(gitLabels(pr, 'pr-9', now)['org.opencontainers.image.revision']).toBe('beef');
      // A push names its own commit.
      expect(
        gitLabels({ ...pr, GITHUB_EVENT_NAME: 'push' }, 'main', now)[
          'org.opencontainers.image.revision'
        ],
      ).toBe('f00d');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('give way to the labels input', () => {
    expect(
      imageLabels(
        github,
        '1.0',
        { 'org.opencontainers.image.title': 'Widgets', team: 'core' },
        now,
      ),
    ).toMatchObject({
      'org.opencontainers.image.title': 'Widgets',
      'org.opencontainers.image.revision': 'f00d',
      team: 'core',
    });
  });
});
