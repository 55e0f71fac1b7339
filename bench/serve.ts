// A tiny static file server for the benchmark: several folders mounted under URL prefixes on one
// origin (so `?data=/stories/x.json` is same-origin), on a free port of 127.0.0.1. Files are sent
// uncompressed; the benchmark compresses the files itself (weight.ts) to report gzip and brotli.
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** URL prefix ("/", "/peers/") → folder on disk. The longest matching prefix wins. */
export type Mounts = Readonly<Record<string, string>>;

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** "http://127.0.0.1:<port>" (no trailing slash). */
  readonly origin: string;
  /** The file a URL of this server maps to, or undefined (other origin, outside the mounts). */
  fileOf(url: string): string | undefined;
  close(): Promise<void>;
}

/** Maps a URL path to a file under the mounts; never escapes a mounted folder. */
export function resolveFile(mounts: Mounts, pathname: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const prefix = Object.keys(mounts)
    .filter((p) => path.startsWith(p))
    .sort((a, b) => b.length - a.length)[0];
  if (prefix === undefined) return undefined;
  const root = resolve(mounts[prefix] ?? '.');
  const file = resolve(root, normalize(path.slice(prefix.length)));
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) {
      const index = join(file, 'index.html');
      return statSync(index).isFile() ? index : undefined;
    }
    return stat.isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

/** Starts the server on a free port. */
export async function serve(mounts: Mounts): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const file = resolveFile(mounts, url.pathname);
    if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': statSync(file).size,
      // Every load in the benchmark starts from an empty cache anyway (a fresh browser context).
      'cache-control': 'no-store',
      // Cross-origin isolation: timers then have 5 µs resolution instead of 100 µs, so a frame on
      // time measures 16.67 ms rather than a jittered 16.6–16.8. Everything here is same-origin.
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    fileOf(raw) {
      const url = new URL(raw, origin);
      return url.origin === origin ? resolveFile(mounts, url.pathname) : undefined;
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
