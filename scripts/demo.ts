// `npm run demo`: two local registries (Debian's docker-registry), a sample multi-arch image,
// promoted by retag and then by copy to the second registry through the CLI, outputs printed.
// DEMO_REGISTRY=host:port uses a registry you already run (no auth) as the first one instead.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pushIndex } from '../test/helpers/images.js';
import { startRegistry, type TestRegistry } from '../test/helpers/registry.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'bin', 'image-actions.js');

async function main(): Promise<void> {
  const started: TestRegistry[] = [];
  const work = mkdtempSync(path.join(tmpdir(), 'image-actions-demo-'));
  try {
    const devPassword = 'dev-demo-password';
    const prodPassword = 'prod-demo-password';
    let dev: TestRegistry;
    if (process.env.DEMO_REGISTRY) {
      const host = process.env.DEMO_REGISTRY;
      dev = {
        host,
        url: `http://${host}`,
        auth: 'none',
        users: {},
        authHeader: async () => undefined,
      } as unknown as TestRegistry;
      console.log(`Using your registry at ${host} as "dev".`);
    } else {
      dev = await startRegistry({ auth: 'htpasswd', users: { dev: { password: devPassword } } });
      started.push(dev);
      console.log(`Started registry "dev" at ${dev.host} (htpasswd auth).`);
    }
    const prod = await startRegistry({
      auth: 'token',
      users: { prod: { password: prodPassword } },
    });
    started.push(prod);
    console.log(`Started registry "prod" at ${prod.host} (token auth, JWTs from a local issuer).`);

    const registries = path.join(work, 'registries.yml');
    writeFileSync(
      registries,
      `# yaml-language-server: $schema=${path.join(root, 'schemas', 'registries.schema.json')}
registries:
  - name: dev
    domain: ${dev.host}
${dev.auth === 'none' ? '' : '    credentials: { username: dev, password: { env: DEV_PASSWORD } }\n'}  - name: prod
    domain: ${prod.host}
    repository_prefix: acme
    credentials: { username: prod, password: { env: PROD_PASSWORD } }
`,
    );
    console.log(`\nRegistries file ${registries}:\n`);
    console.log(
      spawnSync('cat', [registries], { encoding: 'utf8' })
        .stdout.split('\n')
        .map((l) => `    ${l}`)
        .join('\n'),
    );

    const index = await pushIndex(
      dev,
      'demo/app',
      '1.0',
      [
        { os: 'linux', architecture: 'amd64' },
        { os: 'linux', architecture: 'arm64', variant: 'v8' },
      ],
      { layers: 3, layerSize: 1024 * 1024 },
    );
    console.log(`Wrote ${dev.host}/demo/app:1.0, a two-platform index ${index.digest}.`);

    const env = { ...process.env, DEV_PASSWORD: devPassword, PROD_PASSWORD: prodPassword };
    // Asynchronously: the token issuer of "prod" answers from this very process.
    const promote = (title: string, args: string[]) =>
      new Promise<void>((resolve, reject) => {
        const argv = [cli, 'promote', '--registries-file', registries, ...args];
        console.log(`\n## ${title}\n$ image-actions ${argv.slice(1).join(' ')}`);
        const child = spawn(process.execPath, argv, { env, stdio: 'inherit' });
        child.on('error', reject);
        child.on('close', (code) =>
          code === 0 ? resolve() : reject(new Error(`promote exited with ${code}`)),
        );
      });
    await promote('Retag in place: one manifest read, one write per tag', [
      '--candidate',
      `${dev.host}/demo/app:1.0`,
      '--tags',
      'stable',
    ]);
    await promote('Copy to another registry: blobs stream in parallel, verified on the way', [
      '--candidate',
      `${dev.host}/demo/app:1.0`,
      '--registry',
      'prod',
      '--tags',
      '1.0,latest',
    ]);
    await promote('The same copy again: the target already has it, nothing moves', [
      '--candidate',
      `${dev.host}/demo/app:1.0`,
      '--registry',
      'prod',
      '--tags',
      '1.0,latest',
    ]);
    console.log('\nDone. The registries are stopped now.');
  } finally {
    await Promise.all(started.map((r) => r.stop()));
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
