import { githubIO } from '../github-io.js';
import { reportImageInfo } from '../report-image-info.js';
import { exitIfCancelled, runAction } from '../run.js';

await runAction(reportImageInfo, githubIO());
exitIfCancelled();
