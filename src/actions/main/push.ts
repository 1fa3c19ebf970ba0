import { setFlagsFromString } from 'node:v8';
import { checkingInputs } from '../action-inputs.js';
import { githubIO } from '../github-io.js';
import { push, pushPost } from '../push.js';
import { exitIfCancelled } from '../run.js';
import { runMainOrPost } from '../step-dir.js';

// See main/promote.ts: undici's WebAssembly parser compiled with V8's baseline tier only.
setFlagsFromString('--liftoff-only');
await runMainOrPost(checkingInputs('push', push), pushPost, githubIO());
exitIfCancelled();
