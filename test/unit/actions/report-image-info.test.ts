import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { renderMarkdown } from '../../../src/host/github.js';
import {
  readReportSettings,
  reportImageInfo,
} from '../../../src/actions/report-image-info/index.js';
import { markdownText, reportSummary } from '../../../src/actions/report-image-info/summary.js';
import { humanSize } from '../../../src/units.js';
import type { ImageReport } from '../../../src/report/payload.js';
import { redact } from '../../../src/secrets.js';
import { memoryIO, runWith } from '../../helpers/io.js';

const base = { image: 'ghcr.io/acme/shop:1.0', registries: 'registries: []' };

describe('report-image-info settings', () => {
  it('applies the defaults in code', () => {
    const settings = readReportSettings(memoryIO(base));
    expect(settings).toMatchObject({
      image: { domain: 'ghcr.io', repository: 'acme/shop', tag: '1.0' },
      failOnError: true,
      timeoutSeconds: 30,
      annotations: {},
    });
    expect(settings.endpoint).toBeUndefined();
    expect(settings.token).toBeUndefined();
    expect(settings.listTags).toBe(false);
    expect(settings.githubToken).toBeUndefined();
    expect(settings.issueKeyPattern.source).toBe('[A-Z][A-Z0-9]+-\\d+');
  });

  it('reads list_tags, github_token (masked at once) and issue_key_pattern', () => {
    const settings = readReportSettings(
      memoryIO({
        ...base,
        list_tags: 'true',
        github_token: 'ghs_unitGithubToken0123456789',
        issue_key_pattern: '#\\d+',
      }),
    );
    expect(settings.listTags).toBe(true);
    expect(settings.githubToken).toBe('ghs_unitGithubToken0123456789');
    expect(settings.issueKeyPattern.test('fixes #12')).toBe(true);
    expect(redact('token ghs_unitGithubToken0123456789')).toBe('token ***');
  });

  it('reads every input', () => {
    const settings = readReportSettings(
      memoryIO({
        ...base,
        endpoint: 'https://reports.example.com/v1/images?source=ci',
        token: 'tok-unit-secret-1',
        annotations: 'team: payments',
        fail_on_error: 'false',
        timeout_seconds: '5',
        registry_context: 'prod',
      }),
    );
    expect(settings.endpoint?.toString()).toBe('https://reports.example.com/v1/images?source=ci');
    expect(settings).toMatchObject({
      failOnError: false,
      timeoutSeconds: 5,
      registryContext: 'prod',
      annotations: { team: 'payments' },
    });
    // Masked the moment it is read.
    expect(redact('Bearer tok-unit-secret-1')).toBe('Bearer ***');
  });

  it.each([
    [{ image: '' }, /^Input image is required/],
    [
      { image: 'ghcr.io/Acme/shop' },
      /^Invalid image "ghcr.io\/Acme\/shop": repository names must be lowercase/,
    ],
    [{ endpoint: 'reports.example.com' }, /^Input endpoint: "reports.example.com" is not a URL/],
    [{ endpoint: 'ftp://reports.example.com/' }, /^Input endpoint: ftp: is not supported/],
    [
      { endpoint: 'https://user:url-secret-pw@reports.example.com/' },
      /^Input endpoint: credentials in the URL are not supported/,
    ],
    [
      { timeout_seconds: '0' },
      /^Input timeout_seconds: "0" is not allowed; give a number of seconds above 0 and at most 3600$/,
    ],
    [{ timeout_seconds: 'soon' }, /^Input timeout_seconds: "soon" is not allowed/],
    // Past 2147483 s the timer overflows and fires after 1 ms: anything above an hour is refused.
    [{ timeout_seconds: '3601' }, /^Input timeout_seconds: "3601" is not allowed/],
    [{ timeout_seconds: '2147484' }, /^Input timeout_seconds: "2147484" is not allowed/],
    [{ timeout_seconds: '-5' }, /^Input timeout_seconds: "-5" is not allowed/],
    [{ timeout_seconds: '1e3' }, /^Input timeout_seconds: "1e3" is not allowed/],
    [{ timeout_seconds: '0.0' }, /^Input timeout_seconds: "0.0" is not allowed/],
    [{ fail_on_error: 'yes' }, /^Input fail_on_error: "yes" is not a boolean/],
    [{ annotations: '9lives: x' }, /^Input annotations: the key "9lives"/],
    [{ list_tags: 'all' }, /^Input list_tags: "all" is not a boolean/],
    [
      { issue_key_pattern: '[A-Z+-\\d+' },
      /^Input issue_key_pattern: "\[A-Z\+-\\d\+" is not a valid regular expression \(.*\); give a JavaScript regular expression such as/,
    ],
    [
      { issue_key_pattern: '[A-Z]*' },
      /^Input issue_key_pattern: "\[A-Z\]\*" matches an empty text/,
    ],
  ])('%j fails the step naming the input', async (inputs, expected) => {
    const io = await runWith(reportImageInfo, { ...base, ...inputs });
    expect(io.failed).toMatch(expected);
    expect(io.failed).not.toMatch(/\n\s+at /);
    expect(io.failed).not.toContain('url-secret-pw');
    expect(io.outputs).toEqual({});
  });

  it('reads read_layers_mb (MiB, default 64, 0 turns it off) and include_packages', () => {
    const defaults = readReportSettings(memoryIO(base));
    expect(defaults.readLayersBytes).toBe(64 * 1024 * 1024);
    expect(defaults.includePackages).toBe(false);
    const given = readReportSettings(
      memoryIO({ ...base, read_layers_mb: '0', include_packages: 'true' }),
    );
    expect(given.readLayersBytes).toBe(0);
    expect(given.includePackages).toBe(true);
    expect(readReportSettings(memoryIO({ ...base, read_layers_mb: '16384' })).readLayersBytes).toBe(
      16384 * 1024 * 1024,
    );
  });

  it.each(['-1', '1.5', '16385', 'lots'])('refuses read_layers_mb %j naming the input', (text) => {
    expect(() => readReportSettings(memoryIO({ ...base, read_layers_mb: text }))).toThrow(
      `Input read_layers_mb: "${text}" is not allowed; give a whole number of MiB from 0 (layers are not read) to 16384`,
    );
  });

  it.each([
    ['3600', 3600],
    ['1', 1],
    ['0.5', 0.5],
  ])('accepts timeout_seconds %j', (text, seconds) => {
    expect(readReportSettings(memoryIO({ ...base, timeout_seconds: text })).timeoutSeconds).toBe(
      seconds,
    );
  });

  it('warns when a token would travel over plain HTTP to another host', () => {
    const io = memoryIO({
      ...base,
      endpoint: 'http://reports.example.com/hook',
      token: 'tok-unit-secret-2',
    });
    readReportSettings(io);
    expect(io.logs).toContain(
      'warning: Input endpoint: http://reports.example.com/hook is plain HTTP: the token travels unencrypted',
    );
    const local = memoryIO({
      ...base,
      endpoint: 'http://127.0.0.1:8080/hook',
      token: 'tok-unit-secret-2',
    });
    readReportSettings(local);
    expect(local.logs.filter((l) => l.startsWith('warning:'))).toEqual([]);
  });

  it('names a registry_context that does not exist', async () => {
    const io = await runWith(reportImageInfo, { ...base, registry_context: 'nope' });
    expect(io.failed).toMatch(/^Input registry_context: there is no registry named "nope"/);
  });
});

describe('the job summary', () => {
  const digest = `sha256:${'a'.repeat(64)}`;
  /** A report whose every text from outside tries to be Markdown or HTML. */
  const report: ImageReport = {
    schema: 'image-report/v1',
    reported_at: '2024-05-01T12:30:00.000Z',
    image: {
      reference: 'ghcr.io/acme/shop:_beta_',
      registry: { domain: 'ghcr.io', integration: 'prod_ghcr_', kind: 'ghcr' },
      repository: 'acme/shop',
      tags: ['_beta_'],
      digest,
      media_type: 'application/vnd.oci.image.manifest.v1+json',
      image_id: digest,
      platforms: [
        {
          os: 'linux',
          architecture: '<b>arm</b>',
          variant: null,
          digest,
          image_id: digest,
          size: 10,
          created: null,
          os_version: null,
          layers: [],
        },
      ],
      size: 10,
      created: null,
      labels: {},
      base: null,
    },
    git: {
      provider: 'github',
      repository: 'acme/shop',
      repository_url: 'https://github.com/acme/shop',
      ref: 'refs/heads/x',
      branch: 'feat/<img src=x onerror=alert(1)>*bold*',
      tag: 'v1_~~gone~~_',
      commit: {
        sha: 'f'.repeat(40),
        message: 'Fix [the](https://evil.example) `code` &amp; $x$\n\nbody',
        url: 'https://github.com/acme/shop/commit/(odd)',
        author: null,
        timestamp: null,
      },
      pull_request: null,
    },
    ci: {
      provider: 'local',
      workflow: null,
      run_id: null,
      run_number: null,
      run_attempt: null,
      run_url: null,
      job: null,
      actor: null,
      event: null,
    },
    annotations: {
      note: '<script>alert(1)</script> **x** [y](javascript:z) a|b',
      team_name_: 'pay',
    },
  };

  it('escapes every text from outside, so it shows as written', () => {
    const summary = reportSummary(report, 'not delivered: HTTP 400: <html>_bad_</html>');
    const facts = Object.fromEntries(summary.facts ?? []);
    expect(facts.Tags).toBe('\\_beta\\_');
    expect(facts.Registry).toBe('ghcr.io (prod\\_ghcr\\_)');
    expect(facts.Platforms).toBe('linux/\\<b\\>arm\\</b\\>');
    expect(facts.Branch).toBe('feat/\\<img src=x onerror=alert(1)\\>\\*bold\\*');
    expect(facts['Git tag']).toBe('v1\\_\\~\\~gone\\~\\~\\_');
    expect(facts.Commit).toBe(
      `[\`fffffff\`](https://github.com/acme/shop/commit/%28odd%29) Fix \\[the\\](\`https://evil.example)\` \\\`code\\\` \\&amp; \\$x\\$`,
    );
    expect(facts.Report).toBe('not delivered: HTTP 400: \\<html\\>\\_bad\\_\\</html\\>');
    expect(summary.tables?.[0].rows[0][0]).toBe('linux/\\<b\\>arm\\</b\\>');
    expect(summary.tables?.[1].rows).toEqual([
      ['note', '\\<script\\>alert(1)\\</script\\> \\*\\*x\\*\\* \\[y\\](javascript:z) a|b'],
      ['team\\_name\\_', 'pay'],
    ]);

    // As the runner's summary renders it: no tag, emphasis or link opener is left unescaped,
    // and the pipe is escaped once, by the table.
    const markdown = renderMarkdown(summary);
    expect(markdown).toContain('| **Branch** | feat/\\<img src=x onerror=alert(1)\\>\\*bold\\* |');
    expect(markdown).toContain('a\\|b |');
    expect(markdown).not.toMatch(/(?<!\\)<(script|img|b|html)/);
  });

  it("shows each platform's layers as a table of instructions and sizes", () => {
    const layered: ImageReport = structuredClone(report);
    layered.image.platforms[0].layers = [
      {
        digest,
        size: 3_456_789,
        media_type: 'application/vnd.oci.image.layer.v1.tar+gzip',
        created_by: '/bin/sh -c #(nop) ADD file:abc in / ',
        created: null,
        comment: null,
        empty_layer: false,
      },
      {
        digest: null,
        size: 0,
        media_type: null,
        created_by: '/bin/sh -c #(nop)  CMD ["sh"]',
        created: null,
        comment: null,
        empty_layer: true,
      },
      {
        digest,
        size: 1200,
        media_type: 'application/vnd.oci.image.layer.v1.tar+gzip',
        created_by: 'RUN /bin/sh -c echo <b>*hi*</b> # buildkit',
        created: null,
        comment: 'buildkit.dockerfile.v0',
        empty_layer: false,
      },
      {
        digest,
        size: 5,
        media_type: 'application/vnd.oci.image.layer.v1.tar',
        created_by: null,
        created: null,
        comment: null,
        empty_layer: false,
      },
    ];
    const summary = reportSummary(layered, 'not sent');
    expect(summary.tables?.[1]).toEqual({
      header: ['Step', 'Instruction (linux/\\<b\\>arm\\</b\\>)', 'Size'],
      rows: [
        ['1', 'ADD file:abc in /', '3.46 MB'],
        ['2', 'CMD \\["sh"\\]', '0 B'],
        ['3', 'RUN /bin/sh -c echo \\<b\\>\\*hi\\*\\</b\\>', '1.20 kB'],
        ['4', '(no history)', '5 B'],
      ],
    });
    // The annotations come after the layers.
    expect(summary.tables?.[2].header).toEqual(['Annotation', 'Value']);
  });

  it('names the base image, the pull requests, the issue keys, and a tag scan cut short', () => {
    const enriched: ImageReport = structuredClone(report);
    enriched.image.base = { name: 'docker.io/library/alpine:3.20', digest };
    enriched.image.tags = ['_beta_', 'latest'];
    enriched.image.tag_scan = { scanned: 1000, complete: false };
    enriched.git.pull_requests = [
      {
        number: 7,
        title: 'SHOP-1 *fast*',
        url: 'https://github.com/acme/shop/pull/7',
        author: 'ada',
        state: 'closed',
        merged_at: '2024-05-01T12:00:00.000Z',
        base: 'main',
      },
      {
        number: 9,
        title: null,
        url: null,
        author: null,
        state: 'open',
        merged_at: null,
        base: 'main',
      },
    ];
    enriched.git.issues = ['SHOP-1', 'OPS_2'];
    const summary = reportSummary(enriched, 'not sent');
    const facts = Object.fromEntries(summary.facts ?? []);
    expect(facts.Tags).toBe('\\_beta\\_, latest');
    expect(facts['Base image']).toBe(`docker.io/library/alpine:3.20 \`${digest}\``);
    expect(facts['Pull requests']).toBe(
      '[#7](https://github.com/acme/shop/pull/7) SHOP-1 \\*fast\\*, #9',
    );
    expect(facts.Issues).toBe('SHOP-1, OPS\\_2');
    expect(summary.notes).toEqual([
      'acme/shop has more than 1000 tags: only the first 1000 the registry listed were compared, so the image may have other tags not reported',
    ]);
    // None of these without the facts.
    const plain = Object.fromEntries(reportSummary(report, 'not sent').facts ?? []);
    expect(Object.keys(plain)).not.toEqual(expect.arrayContaining(['Base image']));
    expect(plain['Pull requests']).toBeUndefined();
    expect(plain.Issues).toBeUndefined();
    expect(reportSummary(report, 'not sent').notes).toBeUndefined();
  });

  it('lists the referrers, naming what each refers to, and says whether the image is signed', () => {
    const signed: ImageReport = structuredClone(report);
    const platform = `sha256:${'b'.repeat(64)}`;
    const sbom = `sha256:${'c'.repeat(64)}`;
    signed.image.platforms[0].digest = platform;
    signed.image.referrers = [
      {
        artifact_type: 'application/vnd.dev.cosign.simplesigning.v1+json',
        media_type: 'application/vnd.oci.image.manifest.v1+json',
        digest: `sha256:${'1'.repeat(64)}`,
        size: 556,
        subject: platform,
        source: 'cosign-tag',
        tag: `sha256-${'b'.repeat(64)}.sig`,
      },
      {
        artifact_type: 'application/spdx+json',
        media_type: 'application/vnd.oci.image.manifest.v1+json',
        digest: sbom,
        size: 1200,
        subject: digest,
        source: 'api',
        tag: null,
      },
      {
        artifact_type: null,
        media_type: 'application/vnd.oci.image.manifest.v1+json',
        digest: `sha256:${'3'.repeat(64)}`,
        size: 10,
        subject: sbom,
        source: 'tag-schema',
        tag: null,
      },
    ];
    signed.image.signed = true;
    const summary = reportSummary(signed, 'not sent');
    expect(summary.facts).toContainEqual([
      'Signed',
      'yes: a signature is attached (present, not verified)',
    ]);
    expect(summary.tables?.find((t) => t.header[0] === 'Found as')).toEqual({
      header: ['Found as', 'Artifact type', 'Digest', 'Size', 'Refers to'],
      rows: [
        [
          'cosign .sig tag',
          'application/vnd.dev.cosign.simplesigning.v1+json',
          `\`sha256:${'1'.repeat(64)}\``,
          '556 B',
          'linux/\\<b\\>arm\\</b\\>',
        ],
        ['referrers API', 'application/spdx+json', `\`${sbom}\``, '1.20 kB', 'the image'],
        ['referrers tag', '', `\`sha256:${'3'.repeat(64)}\``, '10 B', `\`${sbom.slice(0, 19)}…\``],
      ],
    });
    signed.image.referrers = [];
    signed.image.signed = false;
    const unsigned = reportSummary(signed, 'not sent');
    expect(unsigned.facts).toContainEqual(['Signed', 'no signature found']);
    expect(unsigned.tables?.some((t) => t.header[0] === 'Found as')).toBe(false);
  });

  it.each([
    ['plain text 1.0', 'plain text 1.0'],
    ['a\\b', 'a\\\\b'],
    ['&lt;', '\\&lt;'],
  ])('markdownText(%j)', (text, expected) => {
    expect(markdownText(text)).toBe(expected);
  });
});

describe('sizes for people', () => {
  it.each([
    [0, '0 B'],
    [999, '999 B'],
    [1000, '1.00 kB'],
    [999_960, '1.00 MB'],
    [12_345_678, '12.3 MB'],
    [2_500_000_000, '2.50 GB'],
  ])('%d bytes', (bytes, text) => {
    expect(humanSize(bytes)).toBe(text);
  });
});

describe('action.yml', () => {
  const spec = parseYaml(readFileSync('actions/report-image-info/action.yml', 'utf8')) as {
    inputs: Record<string, { description?: string; required?: boolean; default?: string }>;
    outputs: Record<string, { description?: string }>;
    runs: { using: string; main: string };
  };

  it('declares the inputs and outputs of DESIGN §4, each described, defaults left to the code', () => {
    expect(Object.keys(spec.inputs)).toEqual([
      'image',
      'registry_context',
      'endpoint',
      'token',
      'annotations',
      'fail_on_error',
      'timeout_seconds',
      'list_tags',
      'github_token',
      'issue_key_pattern',
      'read_layers_mb',
      'include_packages',
      'registries',
      'registries_file',
    ]);
    expect(Object.keys(spec.outputs)).toEqual(['report', 'digest', 'image_id']);
    for (const input of Object.values(spec.inputs)) {
      expect(input.description).toBeTruthy();
      expect(input.default).toBeUndefined();
    }
    for (const output of Object.values(spec.outputs)) expect(output.description).toBeTruthy();
    expect(spec.inputs.image.required).toBe(true);
    expect(spec.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
});
