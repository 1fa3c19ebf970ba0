import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import {
  humanSize,
  readReportSettings,
  reportImageInfo,
} from '../../../src/actions/report-image-info.js';
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
    [{ timeout_seconds: '0' }, /^Input timeout_seconds: "0" is not a whole number of at least 1/],
    [{ timeout_seconds: 'soon' }, /^Input timeout_seconds/],
    [{ fail_on_error: 'yes' }, /^Input fail_on_error: "yes" is not a boolean/],
    [{ annotations: '9lives: x' }, /^Input annotations: the key "9lives"/],
  ])('%j fails the step naming the input', async (inputs, expected) => {
    const io = await runWith(reportImageInfo, { ...base, ...inputs });
    expect(io.failed).toMatch(expected);
    expect(io.failed).not.toMatch(/\n\s+at /);
    expect(io.failed).not.toContain('url-secret-pw');
    expect(io.outputs).toEqual({});
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
