import { test, expect } from '@jest/globals';
import { startRegistry } from '../helpers/registry.js';
test('leak', async () => {
  const reg = await startRegistry({ auth: 'token' });
  console.log('DATADIR', reg.dataDir);
  expect(reg.url).toBeTruthy();
});
