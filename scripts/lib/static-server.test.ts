import {mkdtempSync, rmSync, utimesSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {serveBuild} from './static-server.mjs';

const dir = mkdtempSync(join(tmpdir(), 'static-server-'));
let server: Awaited<ReturnType<typeof serveBuild>>;

/** The encoding the server chose and the body, inflated (Node's fetch inflates gzip itself). */
async function get(path: string): Promise<{encoding: string | null; text: string}> {
  const response = await fetch(server.origin + path, {headers: {'accept-encoding': 'gzip'}});
  return {encoding: response.headers.get('content-encoding'), text: await response.text()};
}

beforeAll(async () => {
  writeFileSync(join(dir, 'app.js'), 'console.log("first");');
  server = await serveBuild(dir);
});
afterAll(async () => {
  await server.close();
  rmSync(dir, {recursive: true, force: true});
});

describe('static server', () => {
  it('serves text gzipped, the same body on every request', async () => {
    const first = await get('/app.js');
    expect(first).toEqual({encoding: 'gzip', text: 'console.log("first");'});
    expect(await get('/app.js')).toEqual(first);
  });

  it('serves a rebuilt file, not the compressed copy of the old one', async () => {
    const file = join(dir, 'app.js');
    writeFileSync(file, 'console.log("second, longer");');
    // Same second as the first write on a coarse clock: the size alone must already tell them apart.
    expect((await get('/app.js')).text).toBe('console.log("second, longer");');
    writeFileSync(file, 'console.log("third, longer!");');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect((await get('/app.js')).text).toBe('console.log("third, longer!");');
  });
});
