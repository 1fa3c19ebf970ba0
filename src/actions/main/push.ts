import { githubIO } from '../github-io.js';
import { push, pushPost } from '../push.js';
import { exitIfCancelled } from '../run.js';
import { runMainOrPost } from '../step-dir.js';

await runMainOrPost(push, pushPost, githubIO());
exitIfCancelled();
