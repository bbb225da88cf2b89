import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const FIXTURES = 'tests/fixtures/laws';

/** The pages of the benchmark: the four acts with their body repeated, and a genuine retsinformation page. */
/** The four acts in one page with their body `times` over, and `after` at the end of the body. */
export function combinedPage(times: number, after = ''): string {
  const combined = readFileSync(`${FIXTURES}/combined_4laws_benchmark.html`, 'utf8');
  const open = combined.indexOf('>', combined.indexOf('<body')) + 1;
  const close = combined.lastIndexOf('</body>');
  return combined.slice(0, open) + combined.slice(open, close).repeat(times) + after + combined.slice(close);
}

export function benchmarkPages(): Map<string, string> {
  const pages = new Map<string, string>();
  for (const times of [1, 4, 16]) pages.set(`combined-${times}x.html`, combinedPage(times));
  pages.set('barselsloven.html', readFileSync(`${FIXTURES}/barselsloven_lbk2023-1180_retsinformation.html`, 'utf8'));
  return pages;
}

export async function servePages(pages: Map<string, string>) {
  const server = createServer((request, response) => {
    const page = pages.get((request.url ?? '').split('?')[0]?.slice(1) ?? '');
    if (page === undefined) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (name: string) => `http://127.0.0.1:${port}/${name}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
