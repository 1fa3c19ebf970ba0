import { describe, expect, it } from '@jest/globals';
import {
  readOpenVex,
  readVulnScan,
  isOpenVex,
} from '../../../../src/report/contents/vulnerabilities.js';

describe('vulnerability scans', () => {
  it("counts Grype's matches as the scan said, an unnamed severity as unknown", () => {
    const scan = readVulnScan({
      scanner: {
        uri: 'https://github.com/anchore/grype/releases/tag/v0.80.0',
        version: '0.80.0',
        result: {
          matches: ['Critical', 'Negligible', 'medium', 'Medium', null].map((severity) => ({
            vulnerability: { id: 'CVE-1', severity },
          })),
          descriptor: { name: 'grype', db: { built: '2024-04-30T01:02:03Z' } },
        },
      },
      metadata: { scanStartedOn: '2024-05-01T10:00:00+02:00' },
    });
    expect(scan).toEqual({
      by_severity: { critical: 1, high: 0, medium: 2, low: 0, unknown: 2 },
      total: 5,
      scanner: {
        name: 'grype',
        version: '0.80.0',
        uri: 'https://github.com/anchore/grype/releases/tag/v0.80.0',
      },
      database: { uri: null, version: null, built_at: '2024-04-30T01:02:03.000Z' },
      scanned_at: '2024-05-01T08:00:00.000Z',
    });
  });

  it('names the scanner from a purl without its version', () => {
    const scan = readVulnScan({
      scanner: { uri: 'pkg:github/aquasecurity/trivy@0.56.2', result: { Results: [] } },
    });
    expect(scan).toMatchObject({ total: 0, scanner: { name: 'trivy' }, scanned_at: null });
  });

  it.each([
    [{}, 'its predicate has no scanner'],
    [{ scanner: {} }, 'its scanner has no result object'],
    [{ scanner: { result: { SARIF: true } } }, 'its result is neither a Trivy nor a Grype report'],
  ])('says why %j is not read', (predicate, reason) => {
    expect(readVulnScan(predicate)).toBe(reason);
  });
});

describe('OpenVEX', () => {
  it('counts statements by status; a status of another shape is unknown', () => {
    const document = {
      '@context': 'https://openvex.dev/ns/v0.2.0',
      author: 'sec',
      timestamp: 'yesterday',
      statements: [
        { status: 'not_affected' },
        { status: 'not_affected' },
        { status: 'affected' },
        { status: '<b>bold</b>' },
        'not a statement',
      ],
    };
    expect(isOpenVex(document)).toBe(true);
    expect(readOpenVex(document)).toEqual({
      by_status: { not_affected: 2, affected: 1, unknown: 1 },
      total: 4,
      author: 'sec',
      timestamp: null,
    });
    expect(readOpenVex({ statements: 'x' })).toBe('its statements are not a list');
    expect(isOpenVex({ '@context': 'https://example.com/ns' })).toBe(false);
  });
});
