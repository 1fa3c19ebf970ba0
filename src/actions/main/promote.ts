import { checkingInputs } from '../action-inputs.js';
import { githubIO } from '../github-io.js';
import { promote } from '../promote.js';
import { exitIfCancelled, runAction } from '../run.js';

await runAction(checkingInputs('promote', promote), githubIO());
exitIfCancelled();
