import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRANSPORT } from '../../shared/contract/events';
import { createServices } from '../services/createServices';
import type { Services } from '../services/serviceTypes';
import { auditCsp } from '../securityCspAudit';
import { CONTENT_SECURITY_POLICY as DESKTOP_CONTENT_SECURITY_POLICY } from '../securityPolicy';
import { CONTENT_SECURITY_POLICY, startWebServer, type RunningWebServer } from './server';
import { MAX_BODY_BYTES } from './requestGuards';

let web: RunningWebServer;
let services: Services;
let root: string;

const SECRET = 'TOP-SECRET-OUTSIDE-THE-RENDERER';
const repoPackageJson = resolve('package.json');

interface RawResponse { status: number; headers: Record<string, string | string[] | undefined>; body: string }

/** A request as the owner's browser makes it (with the link's cookie), unless `anonymous`. */
function raw(options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer; host?: string; anonymous?: boolean }): Promise<RawResponse> {
  const headers = options.anonymous ? options.headers : { cookie: web.cookie, ...options.headers };
  return new Promise((resolve, reject) => {
    const req = request(
      { host: options.host ?? '127.0.0.1', port: web.port, method: options.method ?? 'GET', path: options.path, headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

/**
 * Sends bytes exactly as given (Node's HTTP client refuses or rewrites some of the hostile
 * request lines and headers below) and reads the answer until the server closes.
 */
function rawSocket(text: string): Promise<{ status: number; head: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port: web.port });
    const chunks: Buffer[] = [];
    socket.setTimeout(10_000, () => socket.destroy(new Error('no answer within 10 s')));
    // write, not end: Node's server drops a half-closed connection before answering it. Every
    // request here says Connection: close (or is HTTP/1.0), so the server closes when done.
    socket.on('connect', () => socket.write(Buffer.from(text, 'latin1')));
    socket.on('data', (c: Buffer) => chunks.push(c));
    // Node 22+ answers a malformed request and resets the connection while request bytes are still
    // unread: the client sees ECONNRESET, with or without the answer. That is a refusal too.
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ECONNRESET') reject(error);
    });
    socket.on('close', () => {
      const answer = Buffer.concat(chunks).toString('utf8');
      const split = answer.indexOf('\r\n\r\n');
      const head = split >= 0 ? answer.slice(0, split) : answer;
      resolve({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0), head, body: split >= 0 ? answer.slice(split + 4) : '' });
    });
  });
}

const get = (path: string, headers = '') => rawSocket(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${web.port}\r\n${headers}Connection: close\r\n\r\n`);

const rpc = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  raw({
    method: 'POST', path: `${TRANSPORT.httpRpcPrefix}${method}`, body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', [TRANSPORT.httpTokenHeader]: web.token, ...headers },
  });

/** The "Web mode" section of README.md, or of docs/USER-GUIDE.md where it may have moved. */
async function webModeSection(): Promise<string> {
  for (const file of ['README.md', 'docs/USER-GUIDE.md']) {
    const text = await readFile(resolve(file), 'utf8').catch(() => '');
    const start = text.search(/^#+ Web mode/m);
    if (start < 0) continue;
    const body = text.indexOf('\n', start) + 1;
    const next = text.slice(body).search(/^#{1,2} /m);
    return next < 0 ? text.slice(start) : text.slice(start, body + next);
  }
  return '';
}

/** The path of the secret link the server printed: /?key=<secret>. */
const linkPath = () => new URL(web.link).pathname + new URL(web.link).search;

/** Nothing from outside the renderer folder: the planted secret, /etc/passwd, the repository's package.json. */
function expectNothingFromOutside(body: string): void {
  expect(body).not.toContain(SECRET);
  expect(body).not.toMatch(/root:.*:0:0:/);
  expect(body).not.toContain('"name": "stratboard"');
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'sb-web-'));
  const staticDir = join(root, 'static');
  await mkdir(join(staticDir, 'assets'), { recursive: true });
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
  await writeFile(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(staticDir, 'assets', 'extra.html'), '<p>another page</p>');
  await writeFile(join(root, 'secret.txt'), SECRET);
  // A sibling whose name starts like the static folder: a naive startsWith() check would let it through.
  await mkdir(join(root, 'static-other'));
  await writeFile(join(root, 'static-other', 'secret.txt'), SECRET);
  services = await createServices({ userDataDir: join(root, 'data'), host: { kind: 'web', appVersion: '0.0.0-test' } });
  web = await startWebServer({ services, staticDir, port: 0 });
});

afterAll(async () => {
  await web.close();
  await services.close();
  await rm(root, { recursive: true, force: true });
});

describe('web mode server', () => {
  it('serves index.html with the per-run token and a CSP header', async () => {
    const res = await raw({ path: '/' });
    expect(res.status).toBe(200);
    expect(res.body).toContain(`<meta name="${TRANSPORT.tokenMetaName}" content="${web.token}">`);
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers calls that carry the token', async () => {
    const res = await rpc('getAppInfo', {});
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { host: 'web' } });
  });

  it('answers invalid payloads and unknown methods with typed errors', async () => {
    const bad = JSON.parse((await rpc('runOperation', { baseRevision: -1, op: 'x' })).body);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(bad.error.issues.length).toBeGreaterThan(0);
    const unknown = JSON.parse((await rpc('deleteEverything', {})).body);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    const notJson = await raw({ method: 'POST', path: '/rpc/getSession', body: '{oops', headers: { [TRANSPORT.httpTokenHeader]: web.token } });
    expect(JSON.parse(notJson.body).error.code).toBe('invalid-input');
    const pollution = JSON.parse((await rpc('runOperation', { baseRevision: 0, op: 'history.restore', at: '2026-05-01T09:00:00.000Z', args: { changes: [{ kind: 'set', path: ['__proto__', 'polluted'], before: null, after: { value: 1 } }] } })).body);
    expect(pollution.error.code).toBe('invalid-input');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers a method name with broken percent-encoding with a typed 400, not a 500', async () => {
    const res = await rpc('getSession%E0%A4%A', {});
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  });

  it('hands out save status events to a polling client after a change', async () => {
    const session = JSON.parse((await rpc('getSession', {})).body).value;
    const headers = { [TRANSPORT.httpTokenHeader]: web.token };
    const start = JSON.parse((await raw({ path: `${TRANSPORT.httpEventsPath}?after=-1`, headers })).body);
    const change = await rpc('runOperation', { baseRevision: session.revision, op: 'workspace.rename', args: { name: 'Renamed over HTTP' }, at: '2026-05-01T09:00:00.000Z' });
    expect(JSON.parse(change.body)).toMatchObject({ ok: true });
    await services.flush();
    const batch = JSON.parse((await raw({ path: `${TRANSPORT.httpEventsPath}?after=${start.next}`, headers })).body);
    expect(batch.reset).toBe(false);
    expect(batch.events.map((e: { name: string; payload: { state?: string } }) => `${e.name}:${e.payload.state}`)).toContain('saveStatus:saved');
  });
});

describe('web mode: Content-Security-Policy on every answer', () => {
  it('is the desktop policy plus frame-ancestors, and a sane one (no eval, nothing remote)', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(`${DESKTOP_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
    expect(auditCsp(CONTENT_SECURITY_POLICY)).toEqual([]);
  });

  it('comes with every HTML page and every other answer (errors included)', async () => {
    const token = { [TRANSPORT.httpTokenHeader]: web.token };
    const answers: Array<[string, RawResponse]> = [
      ['/', await raw({ path: '/' })],
      ['/index.html', await raw({ path: '/index.html' })],
      ['/?lang=zh-CN', await raw({ path: '/?lang=zh-CN' })],
      ['/assets/extra.html', await raw({ path: '/assets/extra.html' })],
      ['/assets/app.js', await raw({ path: '/assets/app.js' })],
      ['HEAD /', await raw({ method: 'HEAD', path: '/' })],
      ['404', await raw({ path: '/missing.html' })],
      ['404 traversal', await raw({ path: '/..%2fsecret.txt' })],
      ['405', await raw({ method: 'DELETE', path: '/' })],
      ['403 host', await raw({ path: '/', headers: { host: 'evil.example' } })],
      ['403 origin', await raw({ path: '/', headers: { origin: 'https://evil.example' } })],
      ['401', await raw({ method: 'POST', path: '/rpc/getSession', body: '{}' })],
      ['400', await raw({ method: 'POST', path: '/rpc/getSession', body: '{oops', headers: token })],
      ['rpc 200', await rpc('getAppInfo', {})],
      ['events 200', await raw({ path: TRANSPORT.httpEventsPath, headers: token })],
      ['no cookie 401', await raw({ path: '/', anonymous: true })],
      ['link 303', await raw({ path: linkPath(), anonymous: true })],
      ['link from another site 200', await raw({ path: linkPath(), anonymous: true, headers: { 'sec-fetch-site': 'cross-site' } })],
      ['wrong link 403', await raw({ path: '/?key=wrong', anonymous: true })],
    ];
    expect(answers.map(([name, res]) => `${name} ${res.status}`)).toEqual([
      '/ 200', '/index.html 200', '/?lang=zh-CN 200', '/assets/extra.html 200', '/assets/app.js 200', 'HEAD / 200',
      '404 404', '404 traversal 404', '405 405', '403 host 403', '403 origin 403', '401 401', '400 400', 'rpc 200 200', 'events 200 200',
      'no cookie 401 401', 'link 303 303', 'link from another site 200 200', 'wrong link 403 403',
    ]);
    for (const [name, res] of answers) {
      expect(res.headers['content-security-policy'], name).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers['x-content-type-options'], name).toBe('nosniff');
      expect(res.headers['x-frame-options'], name).toBe('DENY');
    }
  });
});

describe('web mode: only 127.0.0.1', () => {
  /** Every address of this machine that is not loopback, IPv6 link-local ones with their interface. */
  const otherAddresses = Object.entries(networkInterfaces()).flatMap(([name, list]) =>
    (list ?? [])
      .filter((a) => !a.internal)
      .map((a) => (a.family === 'IPv6' && a.address.toLowerCase().startsWith('fe80:') ? `${a.address}%${name}` : a.address)),
  );

  /** Resolves 'connected' or the error code; a connection that neither opens nor fails in 3 s counts as not made. */
  const tryConnect = (host: string) =>
    new Promise<string>((done) => {
      const socket = connect({ host, port: web.port });
      socket.setTimeout(3_000, () => {
        socket.destroy();
        done('timeout');
      });
      socket.on('connect', () => {
        socket.destroy();
        done('connected');
      });
      socket.on('error', (error: NodeJS.ErrnoException) => done(error.code ?? error.message));
    });

  it('listens on 127.0.0.1 (IPv4 loopback) and nothing else', () => {
    expect(web.server.address()).toMatchObject({ address: '127.0.0.1', family: 'IPv4' });
    expect(web.url).toBe(`http://127.0.0.1:${web.port}`);
  });

  it.skipIf(otherAddresses.length === 0)(
    otherAddresses.length === 0
      ? 'refuses connections on the machine\'s other addresses — SKIPPED: this machine has no network address besides loopback'
      : `refuses connections on the machine's other addresses (${otherAddresses.join(', ')})`,
    async () => {
      for (const address of otherAddresses) expect(await tryConnect(address), address).not.toBe('connected');
    },
  );

  it('refuses connections on IPv6 loopback (::1) and the IPv6 any-address', async () => {
    expect(await tryConnect('::1')).not.toBe('connected');
    expect(await tryConnect('::')).not.toBe('connected');
  });

  it('answers nothing through 0.0.0.0, which Linux and macOS route to this machine ("0.0.0.0 day")', async () => {
    const outcome = await tryConnect('0.0.0.0');
    if (outcome !== 'connected') return; // refused outright: nothing to check further
    // The kernel delivered it to our 127.0.0.1 socket; a browser would send Host 0.0.0.0:<port>.
    const res = await raw({ host: '0.0.0.0', path: '/' });
    expect(res.status).toBe(403);
    expect(res.body).not.toContain(web.token);
  });
});

describe('web mode: token, Origin and Host', () => {
  it('rejects a missing or wrong token on every API route', async () => {
    const missing = await raw({ method: 'POST', path: '/rpc/getSession', body: '{}' });
    expect(missing.status).toBe(401);
    // (Surrounding spaces are not a wrong token: HTTP strips them from every header value.)
    for (const wrong of ['nope', '', web.token.toUpperCase() === web.token ? `${web.token}x` : web.token.toUpperCase(), `${web.token}x`, web.token.slice(1)]) {
      const res = await rpc('getSession', {}, { [TRANSPORT.httpTokenHeader]: wrong });
      expect(res.status, JSON.stringify(wrong)).toBe(401);
      expect(JSON.parse(res.body).error.code).toBe('forbidden');
    }
    expect((await raw({ path: TRANSPORT.httpEventsPath })).status).toBe(401);
    expect((await raw({ path: TRANSPORT.httpEventsPath, headers: { [TRANSPORT.httpTokenHeader]: 'nope' } })).status).toBe(401);
  });

  it('takes the token only from its header, not from the query string, a cookie or another header', async () => {
    const path = `/rpc/getSession?token=${web.token}&${TRANSPORT.httpTokenHeader}=${web.token}`;
    expect((await raw({ method: 'POST', path, body: '{}' })).status).toBe(401);
    expect((await raw({ method: 'POST', path: '/rpc/getSession', body: '{}', headers: { cookie: `${web.cookie}; ${TRANSPORT.httpTokenHeader}=${web.token}` } })).status).toBe(401);
    expect((await raw({ method: 'POST', path: '/rpc/getSession', body: '{}', headers: { authorization: `Bearer ${web.token}` } })).status).toBe(401);
  });

  it('rejects a foreign Origin, also on the page itself', async () => {
    for (const origin of [
      'https://evil.example', 'null', `https://127.0.0.1:${web.port}`, `http://127.0.0.1:${web.port + 1}`,
      `http://127.0.0.1:${web.port}.evil.example`, `http://evil.example:${web.port}`, `http://0.0.0.0:${web.port}`, `http://[::1]:${web.port}`,
    ]) {
      expect((await rpc('getSession', {}, { origin })).status, origin).toBe(403);
      const page = await raw({ path: '/', headers: { origin } });
      expect(page.status, origin).toBe(403);
      expect(page.body).not.toContain(web.token);
    }
    // Our own origin, by either loopback name.
    expect((await rpc('getSession', {}, { origin: `http://127.0.0.1:${web.port}` })).status).toBe(200);
    expect((await rpc('getSession', {}, { origin: `http://localhost:${web.port}` })).status).toBe(200);
  });

  it('rejects a foreign Host (DNS rebinding), also on the page that carries the token', async () => {
    for (const host of [
      `evil.example:${web.port}`, `127.0.0.1.evil.com:${web.port}`, '127.0.0.1.evil.com', `localhost.evil.com:${web.port}`,
      `127.0.0.1:${web.port}.evil.com`, `0.0.0.0:${web.port}`, `[::1]:${web.port}`, `127.0.0.2:${web.port}`, `2130706433:${web.port}`,
      `127.0.0.1:${web.port + 1}`, `localhost.:${web.port}`, '127.0.0.1', 'localhost',
    ]) {
      const page = await raw({ path: '/', headers: { host } });
      expect(page.status, host).toBe(403);
      expect(page.body, host).not.toContain(web.token);
      expect((await rpc('getSession', {}, { host })).status, host).toBe(403);
    }
    // An empty Host (Node's client would replace it with its own, so sent raw).
    const empty = await rawSocket('GET / HTTP/1.1\r\nHost: \r\nConnection: close\r\n\r\n');
    expect([400, 403]).toContain(empty.status);
    expect(empty.body).not.toContain(web.token);
  });

  it('serves both loopback names the user may type: 127.0.0.1 (the printed URL) and localhost', async () => {
    for (const host of [`127.0.0.1:${web.port}`, `localhost:${web.port}`, `LOCALHOST:${web.port}`]) {
      expect((await raw({ path: '/', headers: { host } })).status, host).toBe(200);
    }
  });

  it('rejects a request without a Host header', async () => {
    // HTTP/1.1 requires Host: Node's parser refuses it before our code runs.
    const http11 = await rawSocket('GET / HTTP/1.1\r\nConnection: close\r\n\r\n');
    expect(http11.status).toBe(400);
    expect(http11.body).not.toContain(web.token);
    // HTTP/1.0 may omit it: our Host check refuses it.
    const http10 = await rawSocket('GET / HTTP/1.0\r\n\r\n');
    expect(http10.status).toBe(403);
    expect(http10.body).not.toContain(web.token);
  });
});

describe('web mode: request body limit', () => {
  it('is the 32 MiB that the Web mode section (README.md, or the user guide it moved to) states', async () => {
    expect(MAX_BODY_BYTES).toBe(32 * 1024 * 1024);
    expect(await webModeSection()).toContain('request bodies are limited to 32 MiB');
  });

  it('and that section says how to get in: the printed link', async () => {
    expect(await webModeSection()).toContain('Open in your browser: http://127.0.0.1:<port>/?key=<secret>');
  });

  it('rejects an oversized body with 413 (streamed, without Content-Length)', async () => {
    const big = Buffer.alloc(MAX_BODY_BYTES + 1, 0x20);
    const res = await raw({ method: 'POST', path: '/rpc/getSession', body: big, headers: { [TRANSPORT.httpTokenHeader]: web.token } });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('rejects a declared oversized body with 413 before it is sent', async () => {
    const res = await rawSocket(
      `POST /rpc/getSession HTTP/1.1\r\nHost: 127.0.0.1:${web.port}\r\nCookie: ${web.cookie}\r\n${TRANSPORT.httpTokenHeader}: ${web.token}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${MAX_BODY_BYTES + 1}\r\nConnection: close\r\n\r\n{}`,
    );
    expect(res.status).toBe(413);
  });

  it('reads a body of exactly the limit (it is not refused as too large)', async () => {
    const atLimit = Buffer.alloc(MAX_BODY_BYTES, 0x20); // whitespace only: read in full, then "not JSON"
    const res = await raw({ method: 'POST', path: '/rpc/getSession', body: atLimit, headers: { [TRANSPORT.httpTokenHeader]: web.token } });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error.message).toMatch(/not JSON/);
  });
});

describe('web mode: no path traversal', () => {
  /** Placeholders for absolute paths that exist only once beforeAll has run. */
  const ROOT_SECRET = '{root-secret}';

  it.each([
    '/../secret.txt',
    '/..%2fsecret.txt',
    '/..%2Fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/%2e%2e/secret.txt',
    '/.%2e/secret.txt',
    '/..%252fsecret.txt',
    '/%252e%252e%252fsecret.txt',
    '/..\\secret.txt',
    '/..%5csecret.txt',
    '/assets\\..\\..\\secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/..%2fstatic-other%2fsecret.txt',
    '/static/../../etc/passwd',
    '/../../../../../../../../etc/passwd',
    '/..%2f..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
    '/%2fetc%2fpasswd',
    '//etc/passwd',
    `/${encodeURIComponent(repoPackageJson)}`,
    `/${ROOT_SECRET}`,
    `http://127.0.0.1/../secret.txt`,
    '/%00',
    '/index.html%00.png',
    '/%00/../secret.txt',
    '/C:%5CWindows%5Cwin.ini',
    '/C:/Windows/win.ini',
    '/%E0%A4%A',
    `/${'a'.repeat(8_000)}`,
    `/${'..%2f'.repeat(1_500)}etc%2fpasswd`,
  ])('refuses %s and serves nothing from outside the renderer folder', async (path) => {
    const res = await get(path.replace(ROOT_SECRET, encodeURIComponent(join(root, 'secret.txt'))));
    expect([400, 404]).toContain(res.status);
    expectNothingFromOutside(res.body);
  });

  it('refuses a NUL byte in the request line and a path too long for the server', async () => {
    const nul = await rawSocket(`GET /index.html\0../../secret.txt HTTP/1.1\r\nHost: 127.0.0.1:${web.port}\r\nConnection: close\r\n\r\n`);
    expect(nul.status).toBe(400);
    expectNothingFromOutside(nul.body);
    const huge = await get(`/${'../'.repeat(40_000)}etc/passwd`);
    expect([400, 404, 414, 431]).toContain(huge.status);
    expectNothingFromOutside(huge.body);
  });

  it('still serves what is inside (the refusals above are not a server that serves nothing)', async () => {
    const asset = await get('/assets/app.js');
    expect(asset.status).toBe(200);
    expect(asset.body).toContain('console.log(1)');
    const encoded = await get('/assets/%61pp.js'); // plain percent-encoding still works
    expect(encoded.status).toBe(200);
    expect(encoded.body).toContain('console.log(1)');
  });
});

describe('web mode: only for the person who opened the printed link', () => {
  /** What a page without the link's cookie may never contain. */
  function expectNoSecrets(body: string): void {
    expect(body).not.toContain(web.token);
    expect(body).not.toContain(new URL(web.link).searchParams.get('key')!);
    expect(body).not.toContain(web.cookie.split('=')[1]!);
  }

  it('gives a connection without the cookie no page, no token, no data — only where to find the link', async () => {
    for (const [method, path] of [['GET', '/'], ['GET', '/index.html'], ['GET', '/?lang=zh-CN'], ['HEAD', '/'], ['GET', '/assets/extra.html'], ['GET', '/missing.html']] as const) {
      const res = await raw({ method, path, anonymous: true });
      expect(res.status, `${method} ${path}`).toBe(401);
      expectNoSecrets(res.body);
      expect(res.headers['set-cookie'], path).toBeUndefined();
      if (method === 'GET') expect(res.body).toContain('Open the link printed in the terminal');
    }
  });

  it('answers no contract call and no events without the cookie, even with the right token', async () => {
    const token = { [TRANSPORT.httpTokenHeader]: web.token };
    for (const [method, input] of [
      ['getSession', {}], ['getAppInfo', {}], ['openWorkspace', { path: '/etc/passwd' }], ['saveCopyAs', { path: join(root, 'stolen.json') }],
      ['createWorkspace', { path: join(root, 'created.json'), withSample: true }],
      ['runOperation', { baseRevision: 0, op: 'workspace.rename', args: { name: 'x' }, at: '2026-05-01T09:00:00.000Z' }],
    ] as const) {
      const res = await raw({ method: 'POST', path: `${TRANSPORT.httpRpcPrefix}${method}`, body: JSON.stringify(input), headers: token, anonymous: true });
      expect(res.status, method).toBe(401);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(res.body).not.toMatch(/root:.*:0:0:/);
    }
    expect((await raw({ path: TRANSPORT.httpEventsPath, headers: token, anonymous: true })).status).toBe(401);
    await expect(readFile(join(root, 'stolen.json'))).rejects.toThrow();
    await expect(readFile(join(root, 'created.json'))).rejects.toThrow();
  });

  it('accepts only its own cookie, exactly: not a wrong value, not another port\'s, not two of them', async () => {
    const [name, value] = web.cookie.split('=') as [string, string];
    const other = `stratboard-${web.port + 1}=${value}`;
    for (const cookie of [`${name}=wrong`, `${name}=${value}x`, `${name}=${value.slice(1)}`, other, `${name}=`, `${name}=${value}; ${name}=${value}`, `x${name}=${value}`, value]) {
      const page = await raw({ path: '/', headers: { cookie }, anonymous: true });
      expect(page.status, cookie).toBe(401);
      expectNoSecrets(page.body);
      expect((await rpc('getSession', {}, { cookie })).status, cookie).toBe(401);
    }
    // Other cookies around it do not matter.
    expect((await raw({ path: '/', headers: { cookie: `a=1; ${web.cookie}; b=2` }, anonymous: true })).status).toBe(200);
  });

  it('the link sets an HttpOnly, SameSite=Strict cookie named after the port, and sends the browser on without the key', async () => {
    const first = await raw({ path: linkPath(), anonymous: true });
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    expect(first.headers['cache-control']).toBe('no-store');
    const setCookie = String(first.headers['set-cookie']);
    expect(setCookie).toBe(`${web.cookie}; HttpOnly; SameSite=Strict; Path=/`);
    expect(setCookie.startsWith(`stratboard-${web.port}=`)).toBe(true);
    expectNoSecrets(first.body);
    // The cookie is not the link's key: the browser's cookie store never holds the link.
    expect(web.cookie).not.toContain(new URL(web.link).searchParams.get('key')!);
    // Other query parameters survive the redirect.
    const withLang = await raw({ path: `/?lang=zh-CN&key=${new URL(web.link).searchParams.get('key')}`, anonymous: true });
    expect(withLang.headers.location).toBe('/?lang=zh-CN');
    // And the cookie opens the page (with the token) and the API.
    const page = await raw({ path: '/', headers: { cookie: setCookie.split(';')[0]! }, anonymous: true });
    expect(page.status).toBe(200);
    expect(page.body).toContain(web.token);
  });

  it('works again and again for the whole run (a second tab, a reload)', async () => {
    for (let i = 0; i < 3; i += 1) {
      const res = await raw({ path: linkPath(), anonymous: true });
      expect(res.status).toBe(303);
      expect(String(res.headers['set-cookie'])).toContain(web.cookie);
    }
  });

  it('arriving from another site (the link file is a file:// page), answers a page of its own that moves on to / (a Strict cookie would not follow a redirect)', async () => {
    const res = await raw({ path: linkPath(), anonymous: true, headers: { 'sec-fetch-site': 'cross-site' } });
    expect(res.status).toBe(200);
    expect(String(res.headers['set-cookie'])).toBe(`${web.cookie}; HttpOnly; SameSite=Strict; Path=/`);
    expect(res.body).toContain('<meta http-equiv="refresh" content="0;url=/">');
    expectNoSecrets(res.body);
  });

  it('refuses a wrong or empty key without setting a cookie', async () => {
    for (const key of ['wrong', '', new URL(web.link).searchParams.get('key')!.slice(1), `${new URL(web.link).searchParams.get('key')}x`]) {
      const res = await raw({ path: `/?key=${encodeURIComponent(key)}`, anonymous: true });
      expect(res.status, key).toBe(403);
      expect(res.headers['set-cookie'], key).toBeUndefined();
      expectNoSecrets(res.body);
      expect(res.body).toContain('Open the link printed in the terminal');
    }
  });

  it('prints a link of 127.0.0.1 with a long random key, a new one per run', async () => {
    expect(web.link).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${web.port}/\\?key=[A-Za-z0-9_-]{32}$`));
    const second = await startWebServer({ services, staticDir: join(root, 'static'), port: 0 });
    try {
      expect(new URL(second.link).searchParams.get('key')).not.toBe(new URL(web.link).searchParams.get('key'));
      expect(second.cookie.split('=')[0]).not.toBe(web.cookie.split('=')[0]);
      expect(second.cookie.split('=')[1]).not.toBe(web.cookie.split('=')[1]);
      expect(second.token).not.toBe(web.token);
      // This server's cookie does not open the other one.
      const res = await new Promise<number>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port: second.port, path: '/', headers: { cookie: web.cookie } }, (answer) => {
          answer.resume();
          resolve(answer.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end();
      });
      expect(res).toBe(401);
    } finally {
      await second.close();
    }
  });

  it('keeps scripts, styles and fonts public: the app\'s own files, no data', async () => {
    const asset = await raw({ path: '/assets/app.js', anonymous: true });
    expect(asset.status).toBe(200);
    expect(asset.body).toBe('console.log(1)');
  });
});
