import { describe, expect, it } from '@jest/globals';
import { readPushSettings } from '../../../src/actions/push.js';
import { memoryIO } from '../../helpers/io.js';

describe('push inputs', () => {
  const read = (inputs: Record<string, string>) =>
    readPushSettings(memoryIO({ registries: 'registries: []', ...inputs }));

  it('default the tag to latest', () => {
    expect(read({ candidate: 'app:dev' })).toMatchObject({
      candidate: 'app:dev',
      tags: ['latest'],
    });
    expect(read({ candidate: 'app:dev', tag: '1', tags: 'r.example/x:2' }).tags).toEqual([
      '1',
      '2',
    ]);
  });

  it.each([
    [{}, /^Input candidate is required/],
    [{ candidate: 'App' }, /^Invalid candidate "App"/],
    [{ candidate: 'app', image_name: 'x:1' }, /^Input image_name: "x:1" carries a tag or digest/],
  ])('refuse %j, naming the input', (inputs, message) => {
    expect(() => read(inputs)).toThrow(message);
  });
});
