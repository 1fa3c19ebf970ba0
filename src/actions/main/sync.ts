import { setFlagsFromString } from 'node:v8';
import { checkingInputs } from '../inputs.js';
import { githubIO } from '../../host/github.js';
import { sync } from '../sync/index.js';
import { exitIfCancelled, runAction } from '../../host/run.js';

// As bin/image-actions.js does for the CLI: undici's WebAssembly HTTP parser compiled with V8's
// baseline tier only.
setFlagsFromString('--liftoff-only');
await runAction(checkingInputs('sync', sync), githubIO());
exitIfCancelled();
