import type { Action } from './run.js';
import { promote } from './promote.js';
import { reportImageInfo } from './report-image-info.js';

/** The actions by the name of their folder under actions/: what the CLI can run. */
export const ACTIONS: Record<string, Action> = {
  promote,
  'report-image-info': reportImageInfo,
};
