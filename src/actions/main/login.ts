import { setFlagsFromString } from 'node:v8';
import { checkingInputs } from '../inputs.js';
import { githubIO } from '../../host/github.js';
import { login, logout } from '../login/index.js';
import { exitIfCancelled } from '../../host/run.js';
import { runMainOrPost } from '../../host/step-dir.js';

// See main/promote.ts: undici's WebAssembly parser compiled with V8's baseline tier only.
setFlagsFromString('--liftoff-only');
await runMainOrPost(checkingInputs('login', login), logout, githubIO());
exitIfCancelled();
