import { githubIO } from '../github-io.js';
import { promote } from '../promote.js';
import { exitIfCancelled, runAction } from '../run.js';

await runAction(promote, githubIO());
exitIfCancelled();
