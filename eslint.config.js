import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/**
 * The ladder of src/ (README, "Architecture"), lowest first: a module imports only from its own rung
 * or lower ones. Folders on one rung do not import each other unless listed in `beside`.
 */
const LADDER = [
  { rung: ['http', 'oci'] },
  { rung: ['credentials'] },
  { rung: ['distribution', 'archives'] },
  { rung: ['images', 'builders'] },
  { rung: ['signing', 'sync'] },
  { rung: ['report'] },
  { rung: ['host'] },
  { rung: ['actions'] },
  { rung: ['cli'] },
];

const folders = LADDER.flatMap((r) => r.rung);
const zones = [
  // The leaves (src/*.ts) import no folder of src/.
  {
    target: './src/*.ts',
    from: folders.map((f) => `./src/${f}`),
    message: 'a leaf module of src/ imports no folder of the ladder',
  },
  ...LADDER.flatMap(({ rung }, i) => {
    const above = LADDER.slice(i + 1).flatMap((r) => r.rung);
    return rung.map((folder) => ({
      target: `./src/${folder}`,
      from: [...above, ...rung.filter((f) => f !== folder)].map((f) => `./src/${f}`),
      message: `src/${folder}/ may import only from its own rung or lower ones (README, "Architecture")`,
    }));
  }),
  // The protocol takes credentials as a value: where they come from is not its business.
  {
    target: './src/distribution',
    from: './src/credentials',
    except: ['./credentials.ts'],
    message:
      'src/distribution/ takes Credentials (credentials/credentials.ts), nothing else of credentials/',
  },
].filter((zone) => zone.from.length > 0);

export default tseslint.config(
  {
    ignores: [
      'actions/*/dist/**',
      'dist/**',
      '.build/**',
      'src/*/generated/**',
      'node_modules/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The local stand-in for undici's index is CommonJS, as undici is (docs/decisions.md).
    files: ['packages/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // The graph is read from the TypeScript sources themselves.
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones }],
    },
  },
);
