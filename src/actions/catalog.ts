import type { Action } from '../host/run.js';

/**
 * The actions by the name of their folder under actions/: what the CLI can run. Each is loaded
 * only when asked for, so a CLI step pays for the code of its own action alone.
 */
export const ACTIONS: Record<string, () => Promise<Action>> = {
  build: async () => (await import('./build/index.js')).build,
  push: async () => (await import('./push/index.js')).push,
  promote: async () => (await import('./promote/index.js')).promote,
  login: async () => (await import('./login/index.js')).login,
  save: async () => (await import('./save/index.js')).save,
  load: async () => (await import('./load/index.js')).load,
  'report-image-info': async () => (await import('./report-image-info/index.js')).reportImageInfo,
  sync: async () => (await import('./sync/index.js')).sync,
};
