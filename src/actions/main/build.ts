import { build, buildPost } from '../build.js';
import { githubIO } from '../github-io.js';
import { exitIfCancelled } from '../run.js';
import { runMainOrPost } from '../step-dir.js';

await runMainOrPost(build, buildPost, githubIO());
exitIfCancelled();
