import { describe, expect, it } from '@jest/globals';
import type { Descriptor } from '../../../src/oci/manifest.js';
import { instructionOf, layersWithHistory } from '../../../src/report/layers.js';

const GZIP = 'application/vnd.oci.image.layer.v1.tar+gzip';
const layer = (n: number, size: number): Descriptor => ({
  mediaType: GZIP,
  digest: `sha256:${String(n).repeat(64)}`,
  size,
});

describe('layers with their history', () => {
  it('pairs each layer with the next history entry that made one, listing empty steps between', () => {
    const history = [
      { created: '2024-01-01T00:00:00Z', created_by: '/bin/sh -c #(nop) ADD file:abc in / ' },
      {
        created: '2024-01-01T00:00:01Z',
        created_by: '/bin/sh -c #(nop)  CMD ["/bin/sh"]',
        empty_layer: true,
      },
      {
        created: '2024-02-02T10:00:00Z',
        created_by: 'ENV APP=shop',
        comment: 'buildkit.dockerfile.v0',
        empty_layer: true,
      },
      {
        created: '2024-02-02T10:00:05Z',
        created_by: 'RUN /bin/sh -c apk add --no-cache curl # buildkit',
        comment: 'buildkit.dockerfile.v0',
      },
      { created: '2024-02-02T10:00:06Z', created_by: 'COPY app /app # buildkit' },
    ];
    expect(layersWithHistory([layer(1, 3000), layer(2, 500), layer(3, 42)], history)).toEqual([
      {
        digest: layer(1, 0).digest,
        size: 3000,
        media_type: GZIP,
        created_by: '/bin/sh -c #(nop) ADD file:abc in / ',
        created: '2024-01-01T00:00:00.000Z',
        comment: null,
        empty_layer: false,
      },
      {
        digest: null,
        size: 0,
        media_type: null,
        created_by: '/bin/sh -c #(nop)  CMD ["/bin/sh"]',
        created: '2024-01-01T00:00:01.000Z',
        comment: null,
        empty_layer: true,
      },
      {
        digest: null,
        size: 0,
        media_type: null,
        created_by: 'ENV APP=shop',
        created: '2024-02-02T10:00:00.000Z',
        comment: 'buildkit.dockerfile.v0',
        empty_layer: true,
      },
      {
        digest: layer(2, 0).digest,
        size: 500,
        media_type: GZIP,
        created_by: 'RUN /bin/sh -c apk add --no-cache curl # buildkit',
        created: '2024-02-02T10:00:05.000Z',
        comment: 'buildkit.dockerfile.v0',
        empty_layer: false,
      },
      {
        digest: layer(3, 0).digest,
        size: 42,
        media_type: GZIP,
        created_by: 'COPY app /app # buildkit',
        created: '2024-02-02T10:00:06.000Z',
        comment: null,
        empty_layer: false,
      },
    ]);
  });

  it('lists layers the history does not cover without an entry, and drops entries that name no layer', () => {
    const short = layersWithHistory([layer(1, 10), layer(2, 20)], [{ created_by: 'ADD a /' }]);
    expect(short.map((l) => [l.digest, l.created_by])).toEqual([
      [layer(1, 0).digest, 'ADD a /'],
      [layer(2, 0).digest, null],
    ]);
    const long = layersWithHistory(
      [layer(1, 10)],
      [
        { created_by: 'ADD a /' },
        { created_by: 'RUN x' },
        { created_by: 'CMD y', empty_layer: true },
      ],
    );
    expect(long.map((l) => [l.digest, l.created_by, l.empty_layer])).toEqual([
      [layer(1, 0).digest, 'ADD a /', false],
      [null, 'CMD y', true],
    ]);
  });

  it.each([
    ['no history', undefined],
    ['a history that is no list', { created_by: 'x' }],
    ['entries that are no objects', ['RUN x', null, 7]],
  ])('reads %s as none: every layer listed, without entries', (_name, history) => {
    const layers = layersWithHistory([layer(1, 10)], history);
    expect(layers).toEqual([
      {
        digest: layer(1, 0).digest,
        size: 10,
        media_type: GZIP,
        created_by: null,
        created: null,
        comment: null,
        empty_layer: false,
      },
    ]);
  });

  it('reads a malformed layer descriptor as unknown parts, not as a report the schema refuses', () => {
    const [odd] = layersWithHistory(
      [{ digest: 'not a digest', size: -3, mediaType: 7 } as unknown as Descriptor],
      [{ created_by: 'ADD x /' }],
    );
    expect(odd).toEqual({
      digest: null,
      size: 0,
      media_type: null,
      created_by: 'ADD x /',
      created: null,
      comment: null,
      empty_layer: false,
    });
  });

  it("takes only strings and times from an entry, and Go's zero time as none", () => {
    const [only] = layersWithHistory(
      [layer(1, 10)],
      [{ created_by: 42, comment: '', created: '0001-01-01T00:00:00Z', empty_layer: 'yes' }],
    );
    expect(only).toMatchObject({
      created_by: null,
      comment: null,
      created: null,
      empty_layer: false,
    });
  });
});

describe('instructions for people', () => {
  it.each([
    ['/bin/sh -c #(nop)  CMD ["/bin/sh"]', 'CMD ["/bin/sh"]'],
    [
      '/bin/sh -c #(nop) ADD file:9a4f77dfaba7fd2aa78186e4ef0e7486ad55101cefc1fabbc1b385601bb38920 in / ',
      'ADD file:9a4f77dfaba7fd2aa78186e4ef0e7486ad55101cefc1fabbc1b385601bb38920 in /',
    ],
    ['/bin/sh -c apk add --no-cache curl', 'RUN /bin/sh -c apk add --no-cache curl'],
    ['RUN /bin/sh -c go build -o /app . # buildkit', 'RUN /bin/sh -c go build -o /app .'],
    ['COPY --from=build /app /app # buildkit', 'COPY --from=build /app /app'],
    [
      'RUN |2 A=1 B=2 /bin/sh -c make \\\n\t&& make install',
      'RUN |2 A=1 B=2 /bin/sh -c make \\ && make install',
    ],
    [null, ''],
  ])('%j shows as %j', (createdBy, shown) => {
    expect(instructionOf(createdBy)).toBe(shown);
  });

  it('cuts a long instruction, marking the cut', () => {
    const shown = instructionOf(`RUN ${'x'.repeat(500)}`);
    expect(shown).toHaveLength(120);
    expect(shown.endsWith('…')).toBe(true);
  });
});
