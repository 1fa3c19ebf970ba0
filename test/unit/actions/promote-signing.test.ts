import { describe, expect, it } from '@jest/globals';
import { readSigning } from '../../../src/actions/promote/index.js';
import { promotionPredicate } from '../../../src/actions/promote/predicate.js';
import { memoryIO } from '../../helpers/io.js';

describe('readSigning', () => {
  it.each([
    [{}, undefined],
    [{ sign: 'none' }, undefined],
    [{ sign: 'key' }, { mode: 'key', format: 'sig', attest: false }],
    [
      { sign: 'kms', sign_key: 'awskms:///alias/x', attest: 'true' },
      { mode: 'kms', key: 'awskms:///alias/x', format: 'sig', attest: true },
    ],
    [
      { sign: 'keyless', signature_format: 'bundle' },
      { mode: 'keyless', format: 'bundle', attest: false },
    ],
  ])('%j → %j', (inputs, expected) => {
    expect(readSigning(memoryIO(inputs as Record<string, string>))).toEqual(expected);
  });

  it.each([
    [{ sign: 'gpg' }, /Input sign: "gpg" is not one of none, key, kms, keyless/],
    [
      { sign: 'key', signature_format: 'oci' },
      /Input signature_format: "oci" is not one of sig, bundle/,
    ],
    [{ attest: 'true' }, /Input attest: a signed attestation needs sign/],
    [{ sign: 'kms' }, /Input sign_key is required with sign: kms/],
    [{ sign: 'key', sign_key: 'awskms:///x' }, /Input sign_key: applies to sign: kms/],
    [{ sign_key: 'awskms:///x' }, /Input sign_key: applies to sign: kms/],
    [{ sign: 'key', attest: 'yes' }, /Input attest: "yes" is not a boolean/],
  ])('%j fails: %s', (inputs, message) => {
    expect(() => readSigning(memoryIO(inputs as Record<string, string>))).toThrow(message);
  });
});

describe('promotionPredicate', () => {
  const sources = [{ reference: 'a/app:1', digest: 'sha256:1' }];
  const targets = [{ reference: 'b/app:1', digest: 'sha256:1' }];
  const now = new Date('2026-12-08T00:00:00Z');

  it('names the GitHub run', () => {
    expect(
      promotionPredicate(
        {
          GITHUB_ACTIONS: 'true',
          GITHUB_WORKFLOW_REF: 'acme/app/.github/workflows/r.yml@refs/heads/main',
          GITHUB_SERVER_URL: 'https://github.com',
          GITHUB_REPOSITORY: 'acme/app',
          GITHUB_RUN_ID: '7',
          GITHUB_RUN_ATTEMPT: '2',
          GITHUB_ACTOR: 'octocat',
        },
        sources,
        targets,
        now,
      ),
    ).toEqual({
      source: sources[0],
      targets,
      workflow: 'acme/app/.github/workflows/r.yml@refs/heads/main',
      run_url: 'https://github.com/acme/app/actions/runs/7/attempts/2',
      actor: 'octocat',
      time: '2026-12-08T00:00:00.000Z',
    });
  });

  it('names a GitLab job; lists every source of a merge', () => {
    const two = [...sources, { reference: 'a/app-arm:1', digest: 'sha256:2' }];
    expect(
      promotionPredicate(
        {
          GITLAB_CI: 'true',
          CI_PROJECT_PATH: 'acme/app',
          CI_JOB_URL: 'https://gitlab.com/j/1',
          GITLAB_USER_LOGIN: 'dev',
        },
        two,
        targets,
        now,
      ),
    ).toEqual({
      source: two[0],
      sources: two,
      targets,
      workflow: 'acme/app/.gitlab-ci.yml',
      run_url: 'https://gitlab.com/j/1',
      actor: 'dev',
      time: '2026-12-08T00:00:00.000Z',
    });
  });

  it('elsewhere, what is known', () => {
    expect(promotionPredicate({}, sources, targets, now)).toEqual({
      source: sources[0],
      targets,
      time: '2026-12-08T00:00:00.000Z',
    });
  });
});
