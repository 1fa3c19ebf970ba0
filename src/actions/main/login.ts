import { checkingInputs } from '../action-inputs.js';
import { login, logout } from '../login.js';
import { githubIO } from '../github-io.js';
import { exitIfCancelled } from '../run.js';
import { runMainOrPost } from '../step-dir.js';

await runMainOrPost(checkingInputs('login', login), logout, githubIO());
exitIfCancelled();
