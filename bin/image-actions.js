#!/usr/bin/env node
// The CLI: the same steps as the GitHub actions, for any CI. See the README.
// Node 22+ keeps compiled code between runs: a CLI step starts faster the second time.
const { default: nodeModule } = await import('node:module');
nodeModule.enableCompileCache?.();
await import('../dist/cli/index.js');
