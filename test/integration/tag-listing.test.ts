import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import { RegistrySession } from '../../src/distribution/session.js';
import { closeServer, listen } from '../helpers/util.js';

// A registry that pages its tags badly: a sync lists every source, so the listing must end.

let server: Server;
let host: string;
let asked = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/v2/') return res.writeHead(200).end();
    asked++;
    const page = Number(url.searchParams.get('page') ?? 0);
    const send = (tags: string[], next?: string) => {
      res.writeHead(200, {
        'content-type': 'application/json',
        ...(next ? { link: `<${next}>; rel="next"` } : {}),
      });
      res.end(JSON.stringify({ name: 'x', tags }));
    };
    if (url.pathname === '/v2/loop/tags/list') {
      // Pages 0, 1, then a link back to page 1.
      return send([`t${page}`], `/v2/loop/tags/list?page=1`);
    }
    if (url.pathname === '/v2/empty/tags/list') {
      // One tag, then empty pages that always link on.
      return send(page === 0 ? ['only'] : [], `/v2/empty/tags/list?page=${page + 1}`);
    }
    if (url.pathname === '/v2/repeat/tags/list') {
      // The same two tags on every page, under an ever-new `last=`.
      return send(['a', 'b'], `/v2/repeat/tags/list?page=${page + 1}&last=b${page}`);
    }
    if (url.pathname === '/v2/endless/tags/list') {
      // A new tag on every page, and always a next page.
      return send([`t${page}`], `/v2/endless/tags/list?page=${page + 1}`);
    }
    res.writeHead(404).end();
  });
  host = `127.0.0.1:${await listen(server, '127.0.0.1')}`;
});

afterAll(async () => {
  await closeServer(server);
});

describe('a tag listing', () => {
  it('ends at a page the registry sent already, and at an empty page', async () => {
    const session = new RegistrySession();
    const client = session.for({ host, insecure: true, label: 'hostile' });
    asked = 0;
    expect(await client.repository('loop').listTags(1000, 1)).toEqual({
      tags: ['t0', 't1'],
      complete: true,
    });
    expect(asked).toBe(2);
    asked = 0;
    expect(await client.repository('empty').listTags(1000, 1)).toEqual({
      tags: ['only'],
      complete: true,
    });
    expect(asked).toBe(2);
    await session.close();
  });

  it('ends at a page naming only tags it named already, under an ever-new last=', async () => {
    const session = new RegistrySession();
    const client = session.for({ host, insecure: true, label: 'hostile' });
    asked = 0;
    expect(await client.repository('repeat').listTags(1000, 2)).toEqual({
      tags: ['a', 'b'],
      complete: true,
    });
    expect(asked).toBe(2);
    await session.close();
  });

  it('follows 500 pages at most, then ends incomplete, as at its limit', async () => {
    const session = new RegistrySession();
    const client = session.for({ host, insecure: true, label: 'hostile' });
    asked = 0;
    const listed = await client.repository('endless').listTags(100_000, 1);
    expect(listed?.complete).toBe(false);
    expect(listed?.tags).toHaveLength(500);
    expect(listed?.tags.at(-1)).toBe('t499');
    expect(asked).toBe(500);
    await session.close();
  });
});
