// Two tiny host sites on other local origins than the app, for the embedding tests: port 4180 is
// "the newsroom", 4181 "a stranger". Each serves /pym.js (the real package) and /page?body=…
// an HTML page whose body the test supplies (tests only: never deploy this).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const pym = readFileSync(new URL('../../node_modules/pym.js/dist/pym.v1.min.js', import.meta.url));

for (const port of [4180, 4181]) {
  createServer((request, response) => {
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname === '/pym.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(pym);
    } else if (url.pathname === '/page') {
      const body = url.searchParams.get('body') ?? '';
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end(`<!doctype html><html><body>${body}</body></html>`);
    } else {
      response.writeHead(404).end();
    }
  }).listen(port, '127.0.0.1');
}
