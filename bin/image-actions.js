#!/usr/bin/env node
// The CLI: the same steps as the GitHub actions, for any CI. See the README.
const { default: v8 } = await import('node:v8');
// No compile cache of our own: a step leaves nothing in TMPDIR or HOME. Node 22+ keeps one where
// NODE_COMPILE_CACHE names a folder (docs/decisions.md has what it buys).
// undici parses HTTP with a WebAssembly module. V8's baseline compiler handles it well; the
// optimising compile it would also start runs ~100 ms on another thread, takes ~35 MB, and the
// process waits for it before it may exit. Set before the module is compiled (on first connect).
v8.setFlagsFromString('--liftoff-only');
await import('../dist/cli/index.js');
