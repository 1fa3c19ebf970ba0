import { checkingInputs } from '../action-inputs.js';
import { githubIO } from '../github-io.js';
import { push, pushPost } from '../push.js';
import { exitIfCancelled } from '../run.js';
import { runMainOrPost } from '../step-dir.js';

await runMainOrPost(checkingInputs('push', push), pushPost, githubIO());
exitIfCancelled();
