import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  loadRegistries,
  parseRegistries,
  type Integration,
} from '../../../src/credentials/registries-file.js';
import { readCredentials } from '../../../src/credentials/integration.js';
import { UserError } from '../../../src/errors.js';
import { redact } from '../../../src/secrets.js';

const FILE = '.github/registries.yml';

function errorOf(fn: () => unknown): UserError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error('expected a UserError');
}

describe('parseRegistries: bad files', () => {
  it.each<[string, string, string[]]>([
    [
      'unknown field',
      `registries:
  - name: hub
    kind: dockerhub
    colour: blue
`,
      [`${FILE} line 4: registries[0].colour: unknown field; allowed: name, kind, domain`],
    ],
    [
      'unknown top-level field',
      `registry:
  - name: hub
`,
      [`${FILE} line 1: registries: is required`, `${FILE} line 1: registry: unknown field`],
    ],
    [
      'duplicate name',
      `registries:
  - name: gcr
    kind: gcr
  - name: hub
    kind: dockerhub
  - name: gcr
    domain: eu.gcr.io
`,
      [`${FILE} line 6: registries[2].name: duplicate name "gcr", first declared at line 2`],
    ],
    [
      'two primary on one domain',
      `registries:
  - name: prod
    domain: gcr.io
    primary: true
  - name: other
    domain: ghcr.io
    primary: true
  - name: staging
    kind: gcr
    primary: true
`,
      [
        `${FILE} line 10: registries[2].primary: "staging" and "prod" (line 4) are both primary for gcr.io; mark only one primary: true`,
      ],
    ],
    [
      'two default',
      `registries:
  - name: a
    kind: ghcr
    default: true
  - name: b
    kind: quay
    default: true
`,
      [
        `${FILE} line 7: registries[1].default: "b" and "a" (line 4) are both default; at most one integration may be default: true`,
      ],
    ],
    [
      'literal password',
      `registries:
  - name: prod
    kind: ghcr
    credentials:
      username: bot
      password: s3cr3t-value
`,
      [
        `${FILE} line 6: registries[0].credentials.password: a literal password is not allowed; use { env: NAME }`,
      ],
    ],
    [
      'invalid domain',
      `registries:
  - name: prod
    domain: https://gcr.io/acme
  - name: other
    domain: "gcr io"
`,
      [
        `${FILE} line 3: registries[0].domain: is not a valid domain (leave out the scheme); write host[:port]`,
        `${FILE} line 5: registries[1].domain: is not a valid domain; write host[:port]`,
      ],
    ],
    [
      'missing domain for kind ecr',
      `registries:
  - name: hub
    kind: dockerhub
  - name: aws
    kind: ecr
`,
      [
        `${FILE} line 4: registries[1].domain: is required for kind ecr (only dockerhub, ghcr, gcr and quay imply a domain)`,
      ],
    ],
    [
      'missing domain for the default kind',
      `registries:
  - name: mine
`,
      [`${FILE} line 2: registries[0].domain: is required for kind other`],
    ],
    [
      'YAML syntax error',
      `registries:
  - name: a
    kind: [ghcr
  - name: b
`,
      [`${FILE} line 4: YAML syntax error: `],
    ],
    [
      'duplicate YAML key',
      `registries:
  - name: a
    kind: ghcr
    kind: gcr
`,
      [`${FILE} line 4: YAML syntax error: Map keys must be unique`],
    ],
    [
      'bad values',
      `registries:
  - name: Prod
    kind: harbor
    insecure: yes please
    repository_prefix: Acme/App
    credentials:
      username: { env: USER, default: x }
      password: { env: 1BAD }
  - kind: ghcr
    credentials: { username: bot }
`,
      [
        `${FILE} line 2: registries[0].name: must be lowercase letters, digits, _ and -`,
        `${FILE} line 3: registries[0].kind: must be one of dockerhub, ghcr, gcr, gar, ecr, acr, quay, other`,
        `${FILE} line 4: registries[0].insecure: must be true or false`,
        `${FILE} line 5: registries[0].repository_prefix: is not a valid repository path`,
        `${FILE} line 7: registries[0].credentials.username.default: unknown field; allowed: env`,
        `${FILE} line 8: registries[0].credentials.password.env: must be an environment variable name`,
        `${FILE} line 9: registries[1].name: is required`,
        `${FILE} line 10: registries[1].credentials.password: is required: write { env: NAME }`,
      ],
    ],
    [
      'not a mapping',
      `- name: a\n`,
      [`${FILE} line 1: the file must be a mapping with a registries list`],
    ],
    ['registries not a list', `registries: {}\n`, [`${FILE} line 1: registries: must be a list`]],
  ])('%s', (_title, text, expected) => {
    const error = errorOf(() => parseRegistries(text, FILE));
    const lines = error.message.split('\n');
    // All problems at once, one per line, in the order of the file.
    expect(lines).toHaveLength(expected.length);
    expected.forEach((fragment, i) => expect(lines[i]).toContain(fragment));
  });

  it('never quotes a value that might be a secret', () => {
    const text = `registries:
  - name: prod
    kind: ghcr
    domain: topsecret/value
    token: topsecret-token
    credentials:
      username: { env: topsecret-name }
      password: topsecret-password
`;
    const error = errorOf(() => parseRegistries(text, FILE));
    expect(error.message).not.toContain('topsecret');
    const syntax = errorOf(() => parseRegistries(`registries:\n  - password: [topsecret\n`, FILE));
    expect(syntax.message).not.toContain('topsecret');
  });

  it('names the registries input when inline', () => {
    expect(() =>
      parseRegistries('registries:\n  - name: a\n    kind: nope\n', 'the registries input'),
    ).toThrow('the registries input line 3: registries[0].kind');
  });
});

describe('parseRegistries: good files', () => {
  it('reads every field, applies implied domains and defaults', () => {
    const text = `# yaml-language-server: $schema=../schemas/registries.schema.json
registries:
  - name: prod-gcr
    kind: gcr
    domain: gcr.io
    primary: true
    default: true
    repository_prefix: /acme/
    insecure: false
    credentials:
      username: _json_key
      password: { env: PROD_GCR_KEY }
  - name: staging-gcr
    domain: gcr.io
    credentials: { username: { env: STG_USER }, password: { env: STG_KEY } }
  - name: hub
    kind: dockerhub
  - name: mirror
    domain: Index.Docker.IO
  - name: local
    domain: localhost:5000
    insecure: true
`;
    const config = parseRegistries(text, FILE);
    expect(config.source).toBe(FILE);
    expect(config.integrations).toEqual([
      {
        name: 'prod-gcr',
        kind: 'gcr',
        domain: 'gcr.io',
        primary: true,
        default: true,
        repositoryPrefix: 'acme',
        insecure: false,
        credentials: { username: '_json_key', password: { env: 'PROD_GCR_KEY' } },
        source: FILE,
        line: 3,
      },
      {
        name: 'staging-gcr',
        kind: 'other',
        domain: 'gcr.io',
        primary: false,
        default: false,
        insecure: false,
        credentials: { username: { env: 'STG_USER' }, password: { env: 'STG_KEY' } },
        source: FILE,
        line: 13,
      },
      {
        name: 'hub',
        kind: 'dockerhub',
        domain: 'docker.io',
        primary: false,
        default: false,
        insecure: false,
        source: FILE,
        line: 16,
      },
      {
        name: 'mirror',
        kind: 'other',
        domain: 'docker.io',
        primary: false,
        default: false,
        insecure: false,
        source: FILE,
        line: 18,
      },
      {
        name: 'local',
        kind: 'other',
        domain: 'localhost:5000',
        primary: false,
        default: false,
        insecure: true,
        source: FILE,
        line: 20,
      },
    ]);
  });

  it.each([
    ['an empty file', ''],
    ['only comments', '# nothing yet\n'],
    ['an empty list', 'registries: []\n'],
    ['a list with every entry commented out', 'registries:\n#  - name: a\n'],
  ])('%s → no integrations', (_title, text) => {
    expect(parseRegistries(text, FILE)).toEqual({ source: FILE, integrations: [] });
  });

  it('accepts a $schema key and primary on different domains', () => {
    const config = parseRegistries(
      `$schema: ./registries.schema.json
registries:
  - { name: a, kind: ghcr, primary: true }
  - { name: b, kind: gcr, primary: true }
  - { name: c, domain: eu.gcr.io, kind: gcr, repository_prefix: p/q }
`,
      FILE,
    );
    expect(config.integrations.map((i) => [i.name, i.domain, i.repositoryPrefix])).toEqual([
      ['a', 'ghcr.io', undefined],
      ['b', 'gcr.io', undefined],
      ['c', 'eu.gcr.io', 'p/q'],
    ]);
  });
});

describe('loadRegistries', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'registries-'));
    mkdirSync(path.join(dir, '.github'));
    writeFileSync(path.join(dir, FILE), 'registries:\n  - name: from-file\n    kind: ghcr\n');
    writeFileSync(
      path.join(dir, 'other.yml'),
      'registries:\n  - name: other-file\n    kind: quay\n',
    );
    writeFileSync(path.join(dir, 'empty.yml'), '');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const names = (config: { integrations: Integration[] }) => config.integrations.map((i) => i.name);

  it('reads the default file', async () => {
    const config = loadRegistries({ cwd: dir });
    expect(config.source).toBe(FILE);
    expect(names(config)).toEqual(['from-file']);
  });

  // Issue 22 §7: a 20 MB file took 30 s to load; a registries file over 1 MiB is no such file.
  // Parsed, this one would fail on its duplicate names: the message says it was never parsed.
  it('refuses a file over 1 MiB at once, in one line, before reading it', () => {
    const big = `registries:\n${'  - name: x\n    kind: quay\n'.repeat(50_000)}`;
    writeFileSync(path.join(dir, 'big.yml'), big);
    expect(() => loadRegistries({ cwd: dir, file: 'big.yml' })).toThrow(
      /^Input registries_file: big\.yml is 1\.\d+ MB, larger than the 1 MiB a registries file may be; refused$/,
    );
    expect(() => loadRegistries({ cwd: dir, inline: big })).toThrow(
      /^Input registries is 1\.\d+ MB, larger than the 1 MiB a registries file may be; refused$/,
    );
  });

  it('reads an explicit file relative to cwd', async () => {
    const config = loadRegistries({ cwd: dir, file: 'other.yml' });
    expect(config.source).toBe('other.yml');
    expect(names(config)).toEqual(['other-file']);
  });

  it('lets the inline input win over the file', async () => {
    const config = loadRegistries({
      cwd: dir,
      file: 'other.yml',
      inline: 'registries:\n  - name: inline\n    kind: gcr\n',
    });
    expect(config.source).toBe('the registries input');
    expect(config.integrations[0]).toMatchObject({
      name: 'inline',
      source: 'the registries input',
      line: 2,
    });
  });

  it('ignores an empty inline input', async () => {
    expect(names(loadRegistries({ cwd: dir, inline: '  \n' }))).toEqual(['from-file']);
  });

  it('gives an empty config without the default file', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'registries-none-'));
    try {
      expect(loadRegistries({ cwd: empty })).toEqual({
        source: 'none',
        integrations: [],
        lookedFor: `.github/registries.yml (cwd ${empty})`,
      });
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('fails when an explicit file is missing', async () => {
    const error = errorOf(() => loadRegistries({ cwd: dir, file: 'missing.yml' }));
    expect(error.message).toContain('Input registries_file: missing.yml does not exist');
  });

  it('gives an empty config for an empty file', async () => {
    expect(loadRegistries({ cwd: dir, file: 'empty.yml' })).toEqual({
      source: 'empty.yml',
      integrations: [],
    });
  });

  it('names the file in errors', async () => {
    writeFileSync(path.join(dir, 'bad.yml'), 'registries:\n  - name: x\n    kind: ecr\n');
    expect(() => loadRegistries({ cwd: dir, file: 'bad.yml' })).toThrow(
      'bad.yml line 2: registries[0].domain: is required for kind ecr',
    );
  });
});

describe('readCredentials', () => {
  const [withEnvUser, withLiteralUser, anonymous] = parseRegistries(
    `registries:
  - name: prod
    kind: gcr
    credentials:
      username: { env: PROD_USER }
      password: { env: PROD_KEY }
  - name: ghcr
    kind: ghcr
    credentials: { username: octo-bot, password: { env: GHCR_TOKEN } }
  - name: public
    kind: quay
`,
    FILE,
  ).integrations;

  it('reads values from the environment and masks the password and base64 user:pass', async () => {
    const password = 'pw-unit-test-4f1c9e';
    const credentials = await readCredentials(withEnvUser, {
      PROD_USER: 'robot',
      PROD_KEY: password,
    });
    expect(credentials).toEqual({
      username: 'robot',
      password,
      source: `the password in PROD_KEY of registry prod (${FILE} line 2)`,
    });
    const basic = Buffer.from(`robot:${password}`).toString('base64');
    expect(redact(`password=${password} basic=${basic}`)).toBe('password=*** basic=***');
  });

  it('takes a literal username', async () => {
    expect(
      await readCredentials(withLiteralUser, { GHCR_TOKEN: 'ghp_unit_test_token_1' }),
    ).toMatchObject({ username: 'octo-bot', password: 'ghp_unit_test_token_1' });
    expect(redact('ghp_unit_test_token_1')).toBe('***');
  });

  it('returns undefined without credentials', async () => {
    expect(await readCredentials(anonymous, {})).toBeUndefined();
  });

  it.each<[string, NodeJS.ProcessEnv, string]>([
    ['unset password', { PROD_USER: 'robot' }, 'PROD_KEY'],
    ['empty password', { PROD_USER: 'robot', PROD_KEY: '' }, 'PROD_KEY'],
    ['unset username', { PROD_KEY: 'pw-unit-never-shown' }, 'PROD_USER'],
  ])('fails on an %s, naming the variable, not a value', async (_title, env, variable) => {
    const error = await readCredentials(withEnvUser, env).then(
      () => {
        throw new Error('expected a UserError');
      },
      (e: unknown) => e as UserError,
    );
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toContain(
      `Registry prod (${FILE} line 2): the environment variable ${variable} that holds its`,
    );
    expect(error.message).toContain('is not set or is empty');
    expect(error.message).not.toContain('robot');
    expect(error.message).not.toContain('pw-unit-never-shown');
  });
});
