import { describe, expect, it } from '@jest/globals';
import { chooseImages } from '../../../src/actions/load/index.js';
import { readSaveSettings } from '../../../src/actions/save/index.js';
import { parseImageName } from '../../../src/archives/ref-names.js';
import type { ArchivedImage } from '../../../src/archives/contents.js';
import { memoryIO } from '../../helpers/io.js';

const image = (ref: string, digest: string): ArchivedImage => {
  const name = parseImageName(ref);
  return {
    ref,
    ...(name ? { name, tag: name.tag } : { tag: ref }),
    root: { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest, size: 1 },
  };
};
const A = 'sha256:' + 'a'.repeat(64);
const B = 'sha256:' + 'b'.repeat(64);

describe('which images load, under which names', () => {
  const archive = [
    image('localhost:5000/acme/app:v1', A),
    image('localhost:5000/acme/app:latest', A),
    image('busybox:1.36', B),
  ];

  it('all, by their names without the registry; tags of one image together', () => {
    expect(chooseImages({ images: [], tags: [] }, archive, 'archive a.tar')).toEqual([
      { image: archive[0], name: 'acme/app', tags: ['v1', 'latest'] },
      { image: archive[2], name: 'busybox', tags: ['1.36'] },
    ]);
  });

  it('those named, renamed when one', () => {
    expect(
      chooseImages({ images: ['busybox:1.36'], imageName: 'tools/bb', tags: ['x'] }, archive, 'a'),
    ).toEqual([{ image: archive[2], name: 'tools/bb', tags: ['x'] }]);
  });

  it.each<[string, Parameters<typeof chooseImages>[0], RegExp]>([
    [
      'an image the archive lacks',
      { images: ['acme/api:v1'], tags: [] },
      /^Input images: archive a.tar holds no image acme\/api:v1; it holds localhost:5000\/acme\/app:v1, /,
    ],
    [
      'image_name with several images',
      { images: [], imageName: 'x', tags: [] },
      /^Input image_name: applies when one image loads, and archive a.tar holds 3/,
    ],
    [
      'tags with several images',
      { images: [], tags: ['x'] },
      /^Input tags: applies when one image loads/,
    ],
  ])('%s fails, naming the input', (_what, settings, message) => {
    expect(() => chooseImages(settings, archive, 'archive a.tar')).toThrow(message);
  });

  it('a nameless image needs image_name', () => {
    expect(() =>
      chooseImages({ images: [], tags: [] }, [image('latest', A)], 'archive b.tar'),
    ).toThrow(
      'archive b.tar: image latest has no name in the archive; set image_name (and tags) for it',
    );
    expect(
      chooseImages({ images: [], imageName: 'acme/app', tags: [] }, [image('latest', A)], 'b'),
    ).toEqual([
      { image: expect.objectContaining({ ref: 'latest' }), name: 'acme/app', tags: ['latest'] },
    ]);
  });
});

describe('save inputs', () => {
  const read = (inputs: Record<string, string>, stdio: boolean | 'terminal' = false) => {
    const io = memoryIO({ registries: 'registries: []', ...inputs });
    if (stdio)
      io.stdio = {
        stdin: process.stdin,
        takeStdout: () => process.stdout,
        terminal: { stdin: false, stdout: stdio === 'terminal' },
      };
    return readSaveSettings(io);
  };

  it('defaults: format oci, referrers on', () => {
    expect(read({ images: 'ghcr.io/acme/app:1', archive: 'a.tar' })).toMatchObject({
      format: 'oci',
      referrers: true,
      archive: 'a.tar',
    });
  });

  it.each<[Record<string, string>, string]>([
    [{ archive: 'a.tar' }, 'Input images is required: the images to save, by tag or digest'],
    [{ images: 'ghcr.io/acme/app:1' }, 'Input archive is required: the path of the archive'],
    [
      { images: 'x:1', archive: 'a.tar', format: 'zip' },
      'Input format: "zip" is not one of oci, oci-dir, docker',
    ],
    [
      { images: 'x:1', archive: '-' },
      'Input archive: "-" (standard input or output) is for the image-actions CLI; give a path',
    ],
    [
      { images: 'x:1', archive: 'a.tar', format: 'docker', platforms: 'linux/amd64,linux/arm64' },
      'Input platforms: format docker holds one platform per image; name one, or use format oci',
    ],
  ])('%j fails: %s', (inputs, message) => {
    expect(() => read(inputs)).toThrow(message);
  });

  it('the CLI may write to standard output, but not a folder', () => {
    expect(read({ images: 'x:1', archive: '-' }, true).archive).toBe('-');
    expect(() => read({ images: 'x:1', archive: '-', format: 'oci-dir' }, true)).toThrow(
      'Input format: oci-dir is a folder and cannot go to standard output',
    );
  });

  it('standard output that is a terminal is refused: a forgotten pipe', () => {
    expect(() => read({ images: 'x:1', archive: '-' }, 'terminal')).toThrow(
      'Input archive: standard output is a terminal; pipe or redirect it, or give a path',
    );
  });

  it('format docker carries no referrers', () => {
    expect(read({ images: 'x:1', archive: 'a.tar', format: 'docker' }).referrers).toBe(false);
  });
});
