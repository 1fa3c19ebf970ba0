#!/usr/bin/env node
// The CLI: the same steps as the GitHub actions, for any CI. See the README.
const { default: nodeModule } = await import('node:module');
const { default: v8 } = await import('node:v8');
// Node 22+ keeps compiled code between runs: a CLI step starts faster the second time.
nodeModule.enableCompileCache?.();
// undici parses HTTP with a WebAssembly module. V8's baseline compiler handles it well; the
// optimising compile it would also start runs ~100 ms on another thread, takes ~35 MB, and the
// process waits for it before it may exit. Set before the module is compiled (on first connect).
v8.setFlagsFromString('--liftoff-only');
await import('../dist/cli/index.js');
