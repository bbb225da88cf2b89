import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export interface FixtureServer {
  url: (path: string) => string;
  /** Every path asked of the server, in order: what the browser fetched from it, whoever asked. */
  requested: string[];
  close: () => Promise<void>;
}

/** A path that starts a response and never finishes it: a page with it never ends loading. */
export const NEVER_ENDS = '/never-ends';

/** Serves `tests/fixtures` on 127.0.0.1 only, on a free port; unknown paths are 404 (as on a real site). */
export async function serveFixtures(root = resolve('tests/fixtures')): Promise<FixtureServer> {
  const hanging = new Set<import('node:http').ServerResponse>();
  const requested: string[] = [];
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    requested.push(path);
    if (path === NEVER_ENDS) {
      response.writeHead(200, { 'content-type': 'image/png' });
      hanging.add(response);
      return;
    }
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}/${path.replace(/^\//, '')}`,
    requested,
    close: () =>
      new Promise((done) => {
        for (const response of hanging) response.destroy();
        server.close(() => done());
      }),
  };
}
