import { setFlagsFromString } from 'node:v8';
import { build, buildPost } from '../build.js';
import { githubIO } from '../github-io.js';
import { runMainOrPost } from '../step-dir.js';

// See main/promote.ts: undici's WebAssembly parser compiled with V8's baseline tier only.
setFlagsFromString('--liftoff-only');

await runMainOrPost(build, buildPost, githubIO());
