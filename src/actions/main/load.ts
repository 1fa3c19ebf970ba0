import { setFlagsFromString } from 'node:v8';
import { checkingInputs } from '../inputs.js';
import { githubIO } from '../../host/github.js';
import { load } from '../load/index.js';
import { exitIfCancelled, runAction } from '../../host/run.js';

// As bin/image-actions.js does for the CLI: undici's WebAssembly HTTP parser compiled with V8's
// baseline tier only (the optimising compile costs ~35 MB and delays the exit). It is compiled at
// the first connection, after this line.
setFlagsFromString('--liftoff-only');
await runAction(checkingInputs('load', load), githubIO());
exitIfCancelled();
