// Serves the bundled demo ATS page on localhost. Every /demo/candidates/<id>
// path gets the same single-page app, as a real ATS would.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';

const PAGE = new URL('../demo/candidate.html', import.meta.url);

export async function startDemoServer(port = 0) {
  const html = await readFile(PAGE);
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/' || path === '/demo' || path === '/demo/') {
      res.writeHead(302, { location: '/demo/candidates/priya-raman' }).end();
    } else if (/^\/demo\/candidates\/[\w-]+\/?$/.test(path)) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address();
  return { server, origin: `http://127.0.0.1:${actual}`, close: () => new Promise((r) => server.close(r)) };
}
