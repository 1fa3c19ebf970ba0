import { setFlagsFromString } from 'node:v8';
import { checkingInputs } from '../inputs.js';
import { githubIO } from '../../host/github.js';
import { reportImageInfo } from '../report-image-info/index.js';
import { exitIfCancelled, runAction } from '../../host/run.js';

// See main/promote.ts: undici's WebAssembly parser compiled with V8's baseline tier only.
setFlagsFromString('--liftoff-only');
await runAction(checkingInputs('report-image-info', reportImageInfo), githubIO());
exitIfCancelled();
