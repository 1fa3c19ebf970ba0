import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { tmpdir } from 'node:os';
import { promote } from '../../src/actions/promote/index.js';
import { runCli } from '../../src/cli/cli.js';
import { renderMarkdown } from '../../src/host/github.js';
import { pushBlob, pushImage, pushManifest, sha256Digest } from '../helpers/images.js';
import { runWith } from '../helpers/io.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';

// A registry whose referrer says, as its artifact type, what would be an image, a link and an
// HTML tag in the job summary, and escape sequences on a terminal (issue 23). promote's summary
// is plain text: the renderer escapes it, the CLI shows the control characters as text.

const MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const INDEX = 'application/vnd.oci.image.index.v1+json';
const HOSTILE =
  'x\x1b]0;owned\x07\x1b[2J ![pwn](https://evil.example/i.png) <img src=x onerror=alert(1)> www.evil.example';

let src: TestRegistry;
let dst: TestRegistry;

beforeAll(async () => {
  [src, dst] = await Promise.all([startRegistry(), startRegistry()]);
}, 60_000);

afterAll(async () => {
  await Promise.all([src?.stop(), dst?.stop()]);
});

const registries = () =>
  `registries:\n  - name: src\n    domain: ${src.host}\n  - name: dst\n    domain: ${dst.host}\n`;

/** A referrer of `subject` with the hostile artifact type, listed in its referrers tag. */
async function pushHostileReferrer(repo: string, subject: { digest: string; size: number }) {
  const empty = await pushBlob(src, repo, Buffer.from('{}'), 'application/vnd.oci.empty.v1+json');
  const bytes = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MANIFEST,
      artifactType: HOSTILE,
      config: { mediaType: empty.mediaType, digest: empty.digest, size: empty.size },
      layers: [{ mediaType: empty.mediaType, digest: empty.digest, size: empty.size }],
      subject: { mediaType: MANIFEST, ...subject },
    }),
  );
  const digest = await pushManifest(src, repo, sha256Digest(bytes), MANIFEST, bytes);
  const index = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: INDEX,
      manifests: [{ mediaType: MANIFEST, digest, size: bytes.length, artifactType: HOSTILE }],
    }),
  );
  await pushManifest(src, repo, `sha256-${subject.digest.slice(7)}`, INDEX, index);
}

describe('registry text in the promote summary', () => {
  it('makes no image, link or HTML in the job summary and no escape sequence on a terminal', async () => {
    const image = await pushImage(src, 'team/app', '1.0', { seed: 'hostile-summary' });
    await pushHostileReferrer('team/app', { digest: image.digest, size: image.bytes.length });
    const inputs = {
      candidate: `${src.host}/team/app:1.0`,
      registry: 'dst',
      tags: '1.0',
      registries: registries(),
      dry_run: 'true',
    };
    const io = await runWith(promote, inputs);
    expect(io.failed).toBeUndefined();
    const markdown = renderMarkdown(io.summaries[0]);
    expect(markdown).toContain(
      '| x\x1b\\]0;owned\x07\x1b\\[2J !\\[pwn\\](`https://evil.example/i.png)`' +
        ' \\<img src=x onerror=alert(1)\\> `www.evil.example` |',
    );
    // Code spans are inert; outside them nothing is left that GFM makes a link, image or tag of.
    const outside = markdown.replace(/`[^`\n]*`/g, '');
    expect(outside).not.toMatch(/https?:\/\/|www\./);
    expect(outside).not.toMatch(/(?<!\\)<|(?<!\\)\[/);

    let stderr = '';
    const status = await runCli(
      [
        'promote',
        '--candidate',
        inputs.candidate,
        '--registry',
        'dst',
        '--tags',
        '1.0',
        '--registries',
        registries(),
        '--dry-run',
      ],
      {
        stdout: () => {},
        stderr: (text) => (stderr += text),
        tty: true,
        env: { PATH: process.env.PATH, HOME: tmpdir() },
      },
    );
    expect(status).toBe(0);
    expect(stderr).toContain('x\\x1B]0;owned\\x07\\x1B[2J ![pwn](https://evil.example/i.png)');
    // eslint-disable-next-line no-control-regex
    expect(stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  }, 60_000);
});
