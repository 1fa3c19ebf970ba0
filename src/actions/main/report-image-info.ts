import { setFlagsFromString } from 'node:v8';
import { checkingInputs } from '../action-inputs.js';
import { githubIO } from '../github-io.js';
import { reportImageInfo } from '../report-image-info.js';
import { exitIfCancelled, runAction } from '../run.js';

// See main/promote.ts: undici's WebAssembly parser compiled with V8's baseline tier only.
setFlagsFromString('--liftoff-only');
await runAction(checkingInputs('report-image-info', reportImageInfo), githubIO());
exitIfCancelled();
