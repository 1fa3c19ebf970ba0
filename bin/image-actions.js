#!/usr/bin/env node
// The CLI: the same steps as the GitHub actions, for any CI. See the README.
await import('../dist/cli/index.js');
