/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }],
  },
  // Integration suites start real registries; two cores do not gain from more workers.
  maxWorkers: 2,
  // A cache of the checkout's own: ts-jest's transforms of another checkout on the same machine
  // (a worktree, CI's fresh clone) are never taken for this one's.
  cacheDirectory: '<rootDir>/node_modules/.cache/jest',
  testTimeout: 60000,
};
