import { describe, expect, it } from '@jest/globals';
import { purlType, readSbom } from '../../../../src/report/contents/sbom.js';

const purlRef = (purl: string) => [
  { referenceCategory: 'PACKAGE_MANAGER', referenceType: 'purl', referenceLocator: purl },
];

describe('SBOMs', () => {
  it('counts SPDX packages by purl type, leaving out what the document describes and the OS', () => {
    const read = readSbom({
      spdxVersion: 'SPDX-2.2',
      SPDXID: 'SPDXRef-DOCUMENT',
      relationships: [
        {
          spdxElementId: 'SPDXRef-DOCUMENT',
          relationshipType: 'DESCRIBES',
          relatedSpdxElement: 'SPDXRef-root',
        },
      ],
      packages: [
        { SPDXID: 'SPDXRef-root', name: 'acme/app' },
        {
          SPDXID: 'SPDXRef-a',
          name: 'musl',
          versionInfo: '1.2.5-r0',
          externalRefs: purlRef('pkg:apk/alpine/musl@1.2.5-r0?arch=x86_64&distro=alpine-3.20.3'),
        },
        {
          SPDXID: 'SPDXRef-b',
          name: 'requests',
          versionInfo: '2.32.3',
          externalRefs: purlRef('pkg:pypi/requests@2.32.3'),
        },
        { SPDXID: 'SPDXRef-c', name: 'odd', externalRefs: purlRef('pkg:www.evil.com/x@1') },
        'not a package',
      ],
    });
    expect(read).toEqual({
      format: 'spdx',
      version: 'SPDX-2.2',
      // No operating system package: the distro qualifier of a purl tells it.
      distro: { id: 'alpine', version_id: '3.20.3', pretty_name: null },
      packages: {
        total: 3,
        by_type: { apk: 1, pypi: 1, unknown: 1 },
        entries: [
          {
            name: 'musl',
            version: '1.2.5-r0',
            type: 'apk',
            purl: 'pkg:apk/alpine/musl@1.2.5-r0?arch=x86_64&distro=alpine-3.20.3',
          },
          { name: 'requests', version: '2.32.3', type: 'pypi', purl: 'pkg:pypi/requests@2.32.3' },
          { name: 'odd', version: null, type: 'unknown', purl: 'pkg:www.evil.com/x@1' },
        ],
      },
    });
  });

  it('walks nested CycloneDX components in document order and reads the OS component', () => {
    const read = readSbom({
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      components: [
        {
          type: 'operating-system',
          name: 'Ubuntu',
          version: '24.04',
          description: 'Ubuntu 24.04 LTS',
        },
        {
          type: 'application',
          name: 'svc',
          purl: 'pkg:maven/com.acme/svc@1.0',
          components: [
            { type: 'library', name: 'guava', purl: 'pkg:maven/com.google.guava/guava@33.0' },
          ],
        },
        { type: 'library', name: 'left-pad', purl: 'pkg:npm/left-pad@1.3.0' },
        { type: 'container', name: 'itself' },
      ],
    });
    expect(read).toMatchObject({
      format: 'cyclonedx',
      version: '1.6',
      distro: { id: 'ubuntu', version_id: '24.04', pretty_name: 'Ubuntu 24.04 LTS' },
      packages: { total: 3, by_type: { maven: 2, npm: 1 } },
    });
    expect(typeof read !== 'string' && read.packages.entries.map((e) => e.name)).toEqual([
      'svc',
      'left-pad',
      'guava',
    ]);
  });

  it.each([
    [{ spdxVersion: 'SPDX-2.3', packages: {} }, 'its packages are not a list'],
    [{ bomFormat: 'CycloneDX', components: 'x' }, 'its components are not a list'],
    [{ hello: 'world' }, 'it is neither an SPDX nor a CycloneDX JSON document'],
  ])('says why %j is not read', (document, reason) => {
    expect(readSbom(document)).toBe(reason);
  });

  it.each([
    ['pkg:deb/debian/bash@5.2', 'deb'],
    ['pkg:Golang/github.com/x/y@v1', 'golang'],
    ['pkg://npm/x@1', 'npm'],
    ['pkg:a.b/x@1', 'unknown'],
    ['not a purl', 'unknown'],
  ])('takes the type of %s as %s', (purl, type) => {
    expect(purlType(purl)).toBe(type);
  });
});
