// Bundles each action (and the CLI) into one committed file: what users run.
// TypeScript is compiled first (tsc), then ncc bundles the ESM JavaScript: ncc's own TypeScript
// path resolves the ESM-only @actions packages with `require` conditions and fails.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (pkg, file) => path.join(root, 'node_modules', ...pkg.split('/'), file);
const only = process.argv.slice(2);

function run(args, what) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`${what} failed`);
    process.exit(1);
  }
}

rmSync(path.join(root, '.build'), { recursive: true, force: true });
run([bin('typescript', 'bin/tsc'), '-p', 'tsconfig.build.json'], 'tsc');
// tsc does not copy plain JavaScript: the generated validators join the compiled tree by hand.
for (const dir of [
  'src/oci/generated',
  'src/credentials/generated',
  'src/report/generated',
  'src/sync/generated',
]) {
  cpSync(path.join(root, dir), path.join(root, '.build', dir), {
    recursive: true,
    filter: (f) => !f.endsWith('.d.ts'),
  });
}

const targets = [
  ...['build', 'push', 'promote', 'report-image-info', 'login', 'sync', 'save', 'load'].map(
    (name) => ({
      name,
      entry: `.build/src/actions/main/${name}.js`,
      out: `actions/${name}/dist`,
    }),
  ),
  { name: 'cli', entry: '.build/src/cli/main.js', out: 'dist/cli' },
];

for (const target of targets) {
  if (only.length && !only.includes(target.name)) continue;
  if (!existsSync(path.join(root, target.entry))) continue;
  // ncc puts what a dynamic import() loads (the AWS SDK, only for ECR integrations) in chunk files
  // next to index.js (`861.index.js`), loaded from there at run time. The folder is emptied first
  // so that no stale chunk stays; every file in it is part of the bundle and is committed.
  rmSync(path.join(root, target.out), { recursive: true, force: true });
  run(
    [
      bin('@vercel/ncc', 'dist/ncc/cli.js'),
      'build',
      target.entry,
      '-o',
      target.out,
      '--target',
      'es2022',
      '--quiet',
    ],
    `ncc ${target.name}`,
  );
  console.log(
    `bundled ${target.name} → ${target.out}/ (${readdirSync(path.join(root, target.out)).join(', ')})`,
  );
}
