import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CiFacts, GitFacts } from '../../../src/report/source/facts.js';
import { readSourceFacts } from '../../../src/report/source/read.js';
import type { GitCommand } from '../../../src/report/source/working-tree.js';
import type { ImageFacts } from '../../../src/report/image-facts.js';
import { UserError } from '../../../src/errors.js';
import { buildReport, InvalidReportError, type ImageReport } from '../../../src/report/payload.js';
import { validateReport } from '../../../src/report/schema.js';
import { maskSecret } from '../../../src/secrets.js';

const events = path.resolve('test/fixtures/events');
const SHA = '3f786850e387550fdab836ed7e6dc881de23001b';
const PR_HEAD = '9fceb02d0ae598e95dc970b74767f19372d61af8';
const PR_MERGE = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const DISPATCH_SHA = 'c0ffee0000000000000000000000000000000001';

const image: ImageFacts = {
  reference: 'ghcr.io/acme/shop:1.4.0',
  registry: { domain: 'ghcr.io', integration: 'prod-ghcr', kind: 'ghcr' },
  repository: 'acme/shop',
  tags: ['1.4.0'],
  digest: `sha256:${'a'.repeat(64)}`,
  media_type: 'application/vnd.oci.image.index.v1+json',
  image_id: `sha256:${'b'.repeat(64)}`,
  platforms: [
    {
      os: 'linux',
      architecture: 'amd64',
      variant: null,
      digest: `sha256:${'c'.repeat(64)}`,
      image_id: `sha256:${'b'.repeat(64)}`,
      size: 1234,
      created: '2024-05-01T12:00:00.000Z',
      os_version: null,
      layers: [],
    },
  ],
  size: 1234,
  created: '2024-05-01T12:00:00.000Z',
  labels: { 'org.opencontainers.image.revision': SHA },
  base: null,
};

/** The GitHub variables of one run; each case adds what its event sets. */
function githubEnv(event: string, file: string, extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    GITHUB_ACTIONS: 'true',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: path.join(events, file),
    GITHUB_WORKFLOW: 'images',
    GITHUB_RUN_ID: '9876543210',
    GITHUB_RUN_NUMBER: '57',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'publish',
    GITHUB_ACTOR: 'ada',
    ...extra,
  };
}

/** A working tree that knows nothing: what the event gives is all there is. */
const noGit: GitCommand = async () => undefined;

const ci = (event: string, actor = 'ada'): CiFacts => ({
  provider: 'github-actions',
  workflow: 'images',
  run_id: '9876543210',
  run_number: 57,
  run_attempt: 1,
  run_url: 'https://github.com/acme/shop/actions/runs/9876543210',
  job: 'publish',
  actor,
  event,
});

const repo = {
  provider: 'github',
  repository: 'acme/shop',
  repository_url: 'https://github.com/acme/shop',
};

const cases: { name: string; env: NodeJS.ProcessEnv; git: GitFacts; ci: CiFacts }[] = [
  {
    name: 'push to a branch',
    env: githubEnv('push', 'push.json', {
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REF_NAME: 'main',
      GITHUB_REF_TYPE: 'branch',
      GITHUB_SHA: SHA,
    }),
    git: {
      ...repo,
      ref: 'refs/heads/main',
      branch: 'main',
      tag: null,
      commit: {
        sha: SHA,
        message: 'Add the payment retries\n\nRetries with backoff when the gateway answers 503.',
        url: `https://github.com/acme/shop/commit/${SHA}`,
        author: { name: 'Ada Lovelace', email: 'ada@example.com', username: 'ada' },
        timestamp: '2024-05-01T12:03:07.000Z',
      },
      pull_request: null,
    },
    ci: ci('push'),
  },
  {
    name: 'pull request: the head branch and head commit, not the merge commit',
    env: githubEnv('pull_request', 'pull_request.json', {
      GITHUB_REF: 'refs/pull/42/merge',
      GITHUB_REF_NAME: '42/merge',
      GITHUB_REF_TYPE: 'branch',
      GITHUB_SHA: PR_MERGE,
      GITHUB_HEAD_REF: 'feature/catalogue-cache',
      GITHUB_BASE_REF: 'main',
      GITHUB_ACTOR: 'grace',
    }),
    git: {
      ...repo,
      ref: 'refs/pull/42/merge',
      branch: 'feature/catalogue-cache',
      tag: null,
      commit: {
        sha: PR_HEAD,
        message: null,
        url: `https://github.com/acme/shop/commit/${PR_HEAD}`,
        author: null,
        timestamp: null,
      },
      pull_request: {
        number: 42,
        title: 'Cache the catalogue',
        url: 'https://github.com/acme/shop/pull/42',
        author: 'grace',
      },
    },
    ci: ci('pull_request', 'grace'),
  },
  {
    name: 'tag push: the tag, and the branch the event names',
    env: githubEnv('push', 'tag-push.json', {
      GITHUB_REF: 'refs/tags/v1.4.0',
      GITHUB_REF_NAME: 'v1.4.0',
      GITHUB_REF_TYPE: 'tag',
      GITHUB_SHA: SHA,
    }),
    git: {
      ...repo,
      ref: 'refs/tags/v1.4.0',
      branch: 'main',
      tag: 'v1.4.0',
      commit: {
        sha: SHA,
        message: 'Release 1.4.0',
        url: `https://github.com/acme/shop/commit/${SHA}`,
        author: { name: 'Ada Lovelace', email: 'ada@example.com', username: 'ada' },
        timestamp: '2024-05-02T09:00:00.000Z',
      },
      pull_request: null,
    },
    ci: ci('push'),
  },
  {
    name: 'workflow_dispatch: the commit from GITHUB_SHA, re-run by another actor',
    env: githubEnv('workflow_dispatch', 'workflow_dispatch.json', {
      GITHUB_REF: 'refs/heads/release/1.4',
      GITHUB_REF_NAME: 'release/1.4',
      GITHUB_REF_TYPE: 'branch',
      GITHUB_SHA: DISPATCH_SHA,
      GITHUB_ACTOR: 'linus',
      GITHUB_TRIGGERING_ACTOR: 'grace',
      GITHUB_RUN_ATTEMPT: '2',
    }),
    git: {
      ...repo,
      ref: 'refs/heads/release/1.4',
      branch: 'release/1.4',
      tag: null,
      commit: {
        sha: DISPATCH_SHA,
        message: null,
        url: `https://github.com/acme/shop/commit/${DISPATCH_SHA}`,
        author: null,
        timestamp: null,
      },
      pull_request: null,
    },
    ci: { ...ci('workflow_dispatch', 'grace'), run_attempt: 2 },
  },
];

async function reportFor(env: NodeJS.ProcessEnv, git: GitCommand = noGit): Promise<ImageReport> {
  const source = await readSourceFacts(env, { git });
  return buildReport({
    image,
    ...source,
    annotations: { team: 'payments', replicas: 3, canary: false },
    reportedAt: new Date('2024-05-01T12:30:00Z'),
  });
}

describe('the report from recorded GitHub events', () => {
  it.each(cases)('$name', async ({ env, git, ci: expectedCi }) => {
    const report = await reportFor(env);
    expect(report.git).toEqual(git);
    expect(report.ci).toEqual(expectedCi);
    expect(report.schema).toBe('image-report/v1');
    expect(report.reported_at).toBe('2024-05-01T12:30:00.000Z');
    expect(report.image).toBe(image);
    expect(report.annotations).toEqual({ team: 'payments', replicas: 3, canary: false });
    // What is posted is JSON: the facts survive the trip unchanged.
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('asks git for what the event does not tell, about the reported commit only', async () => {
    const asked: string[][] = [];
    const git: GitCommand = async (args) => {
      asked.push(args);
      return args.includes(DISPATCH_SHA)
        ? `Linus T\0linus@example.com\x002024-05-03T10:00:00+02:00\0Prepare 1.4\n\nBump versions.`
        : undefined;
    };
    const report = await reportFor(cases[3].env, git);
    expect(report.git.commit).toEqual({
      sha: DISPATCH_SHA,
      message: 'Prepare 1.4\n\nBump versions.',
      url: `https://github.com/acme/shop/commit/${DISPATCH_SHA}`,
      author: { name: 'Linus T', email: 'linus@example.com', username: null },
      timestamp: '2024-05-03T08:00:00.000Z',
    });
    // On GitHub the event names the branch and repository: git is asked about the commit alone.
    expect(asked).toEqual([['log', '-1', '--format=%an%x00%ae%x00%aI%x00%B', DISPATCH_SHA, '--']]);
  });

  it('does not ask git when the event told everything', async () => {
    const asked: string[][] = [];
    await reportFor(cases[0].env, async (args) => {
      asked.push(args);
      return undefined;
    });
    expect(asked).toEqual([]);
  });

  it('reports branch and pull request from the variables when a pull_request event file is missing', async () => {
    const env = {
      ...cases[1].env,
      GITHUB_EVENT_PATH: path.join(events, 'no-such-event.json'),
    };
    const report = await reportFor(env);
    expect(report.git).toEqual({
      ...repo,
      ref: 'refs/pull/42/merge',
      branch: 'feature/catalogue-cache',
      tag: null,
      // Without the event the head commit is unknown: GITHUB_SHA, the merge commit, is what there is.
      commit: {
        sha: PR_MERGE,
        message: null,
        url: `https://github.com/acme/shop/commit/${PR_MERGE}`,
        author: null,
        timestamp: null,
      },
      pull_request: {
        number: 42,
        title: null,
        url: 'https://github.com/acme/shop/pull/42',
        author: null,
      },
    });
    expect(validateReport(report)).toEqual([]);
  });

  it('reads the head branch of a pull_request_target run without its event file, and no number', async () => {
    const env = githubEnv('pull_request_target', 'no-such-event.json', {
      GITHUB_REF: 'refs/heads/main',
      GITHUB_SHA: SHA,
      GITHUB_HEAD_REF: 'feature/from-fork',
      GITHUB_BASE_REF: 'main',
    });
    const report = await reportFor(env);
    expect(report.git.branch).toBe('feature/from-fork');
    expect(report.git.pull_request).toBeNull();
  });

  it('reports what the variables tell when the event file is missing', async () => {
    const env = { ...cases[0].env, GITHUB_EVENT_PATH: path.join(events, 'no-such-event.json') };
    const report = await reportFor(env);
    expect(report.git.branch).toBe('main');
    expect(report.git.commit).toEqual({
      sha: SHA,
      message: null,
      url: `https://github.com/acme/shop/commit/${SHA}`,
      author: null,
      timestamp: null,
    });
  });
});

describe('the schema', () => {
  const valid = (): ImageReport =>
    JSON.parse(
      JSON.stringify({
        schema: 'image-report/v1',
        reported_at: '2024-05-01T12:30:00.000Z',
        image,
        git: cases[1].git,
        ci: cases[1].ci,
        annotations: { team: 'payments', replicas: 3, canary: false },
      }),
    ) as ImageReport;

  it('accepts a complete report', () => {
    expect(validateReport(valid())).toEqual([]);
  });

  it('accepts a report of a run that knows nothing of Git', () => {
    const report = valid();
    report.git = {
      provider: null,
      repository: null,
      repository_url: null,
      ref: null,
      branch: null,
      tag: null,
      commit: { sha: null, message: null, url: null, author: null, timestamp: null },
      pull_request: null,
    };
    report.image.image_id = null;
    report.image.created = null;
    expect(validateReport(report)).toEqual([]);
  });

  /** A report with every fact issue 9 added: layers, base, referrers, other tags, pull requests, issues. */
  const full = (): ImageReport => {
    const report = valid();
    const digest = (c: string) => `sha256:${c.repeat(64)}`;
    report.image.platforms[0].os_version = '10.0.17763.5458';
    report.image.platforms[0].layers = [
      {
        digest: digest('d'),
        size: 1000,
        media_type: 'application/vnd.oci.image.layer.v1.tar+gzip',
        created_by: 'RUN /bin/sh -c make # buildkit',
        created: '2024-05-01T12:00:00.000Z',
        comment: 'buildkit.dockerfile.v0',
        empty_layer: false,
      },
      {
        digest: null,
        size: 0,
        media_type: null,
        created_by: 'CMD ["/app"]',
        created: null,
        comment: null,
        empty_layer: true,
      },
    ];
    report.image.base = { name: 'docker.io/library/alpine:3.20', digest: digest('e') };
    report.image.tags = ['1.4.0', 'latest'];
    report.image.tag_scan = { scanned: 2, complete: true };
    report.image.referrers = [
      {
        artifact_type: 'application/vnd.dev.cosign.simplesigning.v1+json',
        media_type: 'application/vnd.oci.image.manifest.v1+json',
        digest: digest('f'),
        size: 556,
        subject: report.image.digest,
        source: 'cosign-tag',
        tag: `sha256-${'a'.repeat(64)}.sig`,
      },
    ];
    report.image.signed = true;
    report.git.pull_requests = [
      {
        number: 7,
        title: 'SHOP-1 Cache',
        url: 'https://github.com/acme/shop/pull/7',
        author: 'ada',
        state: 'closed',
        merged_at: '2024-05-01T12:00:00.000Z',
        base: 'main',
      },
    ];
    report.git.issues = ['SHOP-1'];
    return report;
  };

  it('accepts a report with every optional fact, and one without any (as v1 readers know it)', () => {
    expect(validateReport(full())).toEqual([]);
    const before = valid() as unknown as {
      image: Record<string, unknown> & { platforms: Record<string, unknown>[] };
    };
    delete before.image.base;
    for (const platform of before.image.platforms) {
      delete platform.layers;
      delete platform.os_version;
    }
    expect(validateReport(before)).toEqual([]);
    const unread = full();
    unread.image.referrers = null;
    unread.image.signed = null;
    unread.git.pull_requests = null;
    expect(validateReport(unread)).toEqual([]);
  });

  it.each<[string, (r: ImageReport) => void, RegExp]>([
    [
      'a layer of negative size',
      (r) => (r.image.platforms[0].layers[0].size = -1),
      /layers\/0\/size: must be >= 0/,
    ],
    [
      'a referrer found some other way',
      (r) => ((r.image.referrers![0] as { source: string }).source = 'guess'),
      /referrers\/0\/source: must be equal to one of the allowed values/,
    ],
    ['a base digest that is none', (r) => (r.image.base!.digest = 'alpine'), /\/image\/base/],
    [
      'an empty issue key',
      (r) => (r.git.issues = ['']),
      /\/git\/issues\/0: must NOT have fewer than 1 characters/,
    ],
    [
      'a pull request with no number',
      (r) => delete (r.git.pull_requests![0] as { number?: number }).number,
      /pull_requests\/0: must have required property 'number'/,
    ],
  ])('refuses %s among the new facts', (_name, mutate, expected) => {
    const report = full();
    mutate(report);
    expect(validateReport(report).some((e) => expected.test(e))).toBe(true);
  });

  const breakages: [string, (r: ImageReport) => void, RegExp][] = [
    [
      'a wrong schema version',
      (r) => ((r as { schema: string }).schema = 'image-report/v2'),
      /^\/schema: must be equal to constant/,
    ],
    [
      'a missing digest',
      (r) => delete (r.image as Partial<ImageFacts>).digest,
      /^\/image: must have required property 'digest'/,
    ],
    [
      'a digest that is no digest',
      (r) => (r.image.digest = 'latest'),
      /^\/image\/digest: must match pattern/,
    ],
    [
      'an unknown field',
      (r) => ((r.image as unknown as Record<string, unknown>).extra = 1),
      /^\/image: must NOT have additional properties/,
    ],
    [
      'a negative size',
      (r) => (r.image.platforms[0].size = -1),
      /^\/image\/platforms\/0\/size: must be >= 0/,
    ],
    [
      'a time that is no time',
      (r) => (r.reported_at = 'yesterday'),
      /^\/reported_at: must match format "date-time"/,
    ],
    [
      'a commit URL that is no URL',
      (r) => (r.git.commit.url = 'not a url'),
      /^\/git\/commit\/url: must match format "uri"/,
    ],
    [
      'an annotation key that starts with a digit',
      (r) => (r.annotations['1team'] = 'x'),
      /^\/annotations: must match pattern/,
    ],
    [
      'an annotation that is a map',
      (r) => ((r.annotations as Record<string, unknown>).team = { a: 1 }),
      /^\/annotations\/team: must be string,number,boolean/,
    ],
    [
      'a pull request number as text',
      (r) => ((r.git.pull_request as unknown as Record<string, unknown>).number = '42'),
      /^\/git\/pull_request\/number: must be integer/,
    ],
  ];

  it.each(breakages)('refuses %s', (_name, mutate, expected) => {
    const report = valid();
    mutate(report);
    const errors = validateReport(report);
    expect(errors.some((e) => expected.test(e))).toBe(true);
  });

  it('matches the example payload the README documents', () => {
    const readme = readFileSync('actions/report-image-info/README.md', 'utf8');
    const example = /### Example payload[\s\S]*?```json\n([\s\S]*?)\n```/.exec(readme);
    expect(example).not.toBeNull();
    expect(validateReport(JSON.parse(example![1]))).toEqual([]);
  });

  it('makes building a report that does not validate a bug, naming each field and its value', async () => {
    const source = await readSourceFacts(cases[0].env, { git: noGit });
    let thrown: unknown;
    try {
      buildReport({
        image: { ...image, digest: 'not-a-digest', size: -5 },
        ...source,
        annotations: {},
        reportedAt: new Date(),
      });
    } catch (error) {
      thrown = error;
    }
    // A bug, not the user's mistake: no UserError, so code that does not expect it keeps its stack.
    expect(thrown).toBeInstanceOf(InvalidReportError);
    expect(thrown).not.toBeInstanceOf(UserError);
    expect((thrown as InvalidReportError).violations).toEqual([
      '/image/digest: must match pattern "^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$" (found "not-a-digest")',
      '/image/size: must be >= 0 (found -5)',
    ]);
    expect((thrown as Error).message).toMatch(
      /^The report built does not match image-report\/v1 \(a bug in image-actions: please report it\): \/image\/digest: must match pattern .* \(found "not-a-digest"\); \/image\/size: must be >= 0 \(found -5\)$/,
    );
  });

  it('never shows a secret in the value it quotes', () => {
    maskSecret('tok-in-a-bad-value-77');
    const errors = validateReport({ reported_at: 'at tok-in-a-bad-value-77' });
    expect(errors).toContain('/reported_at: must match format "date-time" (found "at ***")');
  });
});
