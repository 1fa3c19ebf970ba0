import { describe, expect, it } from '@jest/globals';
import { ecrDomainParts, kindOfDomain } from '../../../src/credentials/kinds.js';
import { parseRegistries } from '../../../src/credentials/registries-file.js';

describe('one table of registry kinds', () => {
  // Before the ladder, the report had its own table, which took the dual-stack and FIPS ECR
  // domains for `other` while the registries file took them for `ecr`.
  it.each([
    ['123456789012.dkr.ecr.eu-west-1.amazonaws.com', 'ecr'],
    ['123456789012.dkr.ecr-fips.us-east-1.amazonaws.com', 'ecr'],
    ['123456789012.dkr-ecr.eu-west-1.on.aws', 'ecr'],
    ['123456789012.dkr-ecr-fips.us-gov-west-1.on.aws', 'ecr'],
    ['123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn', 'ecr'],
    ['public.ecr.aws', 'ecr'],
    ['docker.io', 'dockerhub'],
    ['ghcr.io', 'ghcr'],
    ['eu.gcr.io', 'gcr'],
    ['europe-west1-docker.pkg.dev', 'gar'],
    ['acme.azurecr.io', 'acr'],
    ['quay.io', 'quay'],
    ['registry.example.com:5000', 'other'],
  ])('%s is %s', (domain, kind) => {
    expect(kindOfDomain(domain)).toBe(kind);
  });

  it('the registries file reads an ECR domain as the report does', () => {
    const domain = '123456789012.dkr-ecr-fips.us-gov-west-1.on.aws';
    const config = parseRegistries(
      `registries:\n  - name: ecr\n    kind: ecr\n    domain: ${domain}\n    aws:\n      region: us-gov-west-1\n`,
      'registries.yml',
    );
    expect(config.integrations[0].aws?.accountId).toBe('123456789012');
    expect(ecrDomainParts(domain)).toEqual({ accountId: '123456789012', region: 'us-gov-west-1' });
    expect(kindOfDomain(domain)).toBe(config.integrations[0].kind);
  });
});
