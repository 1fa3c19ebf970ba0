import { setFlagsFromString } from 'node:v8';
import { githubIO } from '../github-io.js';
import { promote } from '../promote.js';
import { runAction } from '../run.js';

// As bin/image-actions.js does for the CLI: undici's WebAssembly HTTP parser compiled with V8's
// baseline tier only (the optimising compile costs ~35 MB and delays the exit). It is compiled at
// the first connection, after this line.
setFlagsFromString('--liftoff-only');
await runAction(promote, githubIO());
