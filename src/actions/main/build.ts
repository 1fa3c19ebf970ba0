import { checkingInputs } from '../action-inputs.js';
import { build, buildPost } from '../build.js';
import { githubIO } from '../github-io.js';
import { exitIfCancelled } from '../run.js';
import { runMainOrPost } from '../step-dir.js';

await runMainOrPost(checkingInputs('build', build), buildPost, githubIO());
exitIfCancelled();
