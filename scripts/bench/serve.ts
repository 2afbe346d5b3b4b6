/**
 * A small static server for built `dist` folders. Astro allows one `astro preview` per project
 * directory, and the benchmark serves several builds (and the budget test serves its own), so it
 * serves them itself. Text is gzipped like any production host would, so transfer sizes are real.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { constants, gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.zip': 'application/zip',
};

/** Extensions worth compressing; Pagefind's .pf_* files and its wasm are gzipped already. */
const GZIP = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt']);

/** Whether a host would gzip this file (the benchmark's server does). */
export const isCompressible = (file: string) => GZIP.has(extname(file));

function contentType(file: string): string {
  const ext = extname(file);
  if (ext.startsWith('.pf_') || ext === '.pagefind') return 'application/octet-stream';
  return TYPES[ext] ?? 'application/octet-stream';
}

/** The file a URL path names: `/a/` is `/a/index.html`; undefined when it is not a file inside `dir`. */
async function resolveFile(dir: string, pathname: string): Promise<string | undefined> {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const file = normalize(join(dir, path.endsWith('/') ? path + 'index.html' : path));
  if (file !== dir && !file.startsWith(dir + sep)) return undefined;
  const info = await stat(file).catch(() => undefined);
  if (info?.isFile()) return file;
  if (info?.isDirectory()) return resolveFile(dir, path + '/');
  return undefined;
}

/**
 * Gzipped bodies, made once per file version: a real host serves precompressed or cached files,
 * and compressing on every request would load the CPU that the page being measured needs.
 */
const gzipped = new Map<string, Buffer>();

async function gzipOf(file: string): Promise<Buffer> {
  const info = await stat(file);
  const key = `${file}:${info.mtimeMs}:${info.size}`;
  let body = gzipped.get(key);
  if (!body) {
    body = gzipSync(await readFile(file), { level: constants.Z_BEST_COMPRESSION });
    gzipped.set(key, body);
  }
  return body;
}

async function send(res: ServerResponse, file: string, status: number, gzip: boolean): Promise<void> {
  const headers: Record<string, string> = { 'content-type': contentType(file), 'cache-control': 'no-cache' };
  if (gzip && isCompressible(file)) {
    const body = await gzipOf(file);
    res.writeHead(status, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding', 'content-length': String(body.length) });
    res.end(body);
  } else {
    res.writeHead(status, { ...headers, 'content-length': String((await stat(file)).size) });
    await pipeline(createReadStream(file), res);
  }
}

export async function serveDir(
  dir: string,
  opts?: { gzip?: boolean },
): Promise<{ url: string; close(): Promise<void> }> {
  const root = normalize(dir).replace(/[\\/]+$/, '');
  const server = createServer(async (req, res) => {
    try {
      const { pathname } = new URL(req.url ?? '/', 'http://localhost');
      const gzip = opts?.gzip !== false && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      const file = await resolveFile(root, pathname);
      if (file) return await send(res, file, 200, gzip);
      const notFound = await resolveFile(root, '/404.html');
      if (notFound) return await send(res, notFound, 404, gzip);
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    } catch (err) {
      // A browser that navigates away aborts its requests; that is not a server error.
      if (!res.headersSent) res.writeHead(500).end(String(err));
      else res.destroy();
    }
  });
  // Browsers keep connections alive; without this, close() would wait for them to time out.
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
