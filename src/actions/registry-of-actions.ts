import type { Action } from './run.js';

/**
 * The actions by the name of their folder under actions/: what the CLI can run. Each is loaded
 * only when asked for, so a CLI step pays for the code of its own action alone.
 */
export const ACTIONS: Record<string, () => Promise<Action>> = {
  build: async () => (await import('./build.js')).build,
  push: async () => (await import('./push.js')).push,
  promote: async () => (await import('./promote.js')).promote,
  login: async () => (await import('./login.js')).login,
  'report-image-info': async () => (await import('./report-image-info.js')).reportImageInfo,
};
