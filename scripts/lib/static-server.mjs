// A tiny static server for a Docusaurus build, used by the benchmark (and handy for poking at a build):
// GitHub Pages' URL → file mapping (`/docs/x/` → docs/x/index.html, and a redirect from /docs/x to /docs/x/),
// optionally under a base path, 404.html for misses, gzip for text when the client asks for it (as any real host
// would; Lighthouse checks it), no caching headers games.
import {createServer} from 'node:http';
import {existsSync, readFileSync, statSync} from 'node:fs';
import {extname, join} from 'node:path';
import {gzipSync} from 'node:zlib';
import {fileForPath} from './build-files.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.xml', '.txt', '.md', '.svg']);

/**
 * Each file is gzipped once per version (path, size, mtime), as a real host or CDN serves a stored compressed copy.
 * The benchmark runs this server in the Lighthouse process on a 2-core machine: compressing the main bundle again on
 * every load (~11 ms, in the event loop) took CPU from the page being measured and delayed its responses.
 */
const gzipped = new Map();
/** `version` is the file's stat taken before reading `body`, so a file replaced in between is compressed again. */
function gzipOnce(file, {size, mtimeMs}, body) {
  const stored = gzipped.get(file);
  if (stored && stored.size === size && stored.mtimeMs === mtimeMs) return stored.body;
  const out = gzipSync(body);
  gzipped.set(file, {size, mtimeMs, body: out});
  return out;
}

/**
 * Serves `dir` on 127.0.0.1 (or `host`) at a free port (or `port`), under the path `base`.
 * @param {string} dir
 * @param {{base?: string, port?: number, host?: string}} [options]
 * @returns {Promise<{origin: string, close: () => Promise<void>}>}
 */
export async function serveBuild(dir, {base = '/', port: wanted = 0, host = '127.0.0.1'} = {}) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const rel = url.pathname.startsWith(base) ? url.pathname.slice(base.length) : null;
    // A folder without its slash: redirect, as GitHub Pages does, so the page's URL is its canonical one.
    if (rel !== null && !url.pathname.endsWith('/') && existsSync(join(dir, rel, 'index.html'))) {
      res.writeHead(301, {location: `${url.pathname}/${url.search}`}).end();
      return;
    }
    let file = fileForPath(dir, url.pathname, base);
    let status = 200;
    if (!file) {
      file = join(dir, '404.html');
      status = 404;
    }
    let body;
    let version;
    try {
      version = statSync(file);
      body = readFileSync(file);
    } catch {
      res.writeHead(404).end();
      return;
    }
    const ext = extname(file);
    const headers = {'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache'};
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipOnce(file, version, body);
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    headers['content-length'] = String(body.length);
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((resolve) => server.listen(wanted, host, () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://${host}:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
