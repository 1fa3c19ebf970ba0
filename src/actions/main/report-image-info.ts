import { checkingInputs } from '../action-inputs.js';
import { githubIO } from '../github-io.js';
import { reportImageInfo } from '../report-image-info.js';
import { exitIfCancelled, runAction } from '../run.js';

await runAction(checkingInputs('report-image-info', reportImageInfo), githubIO());
exitIfCancelled();
