import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, resolve } from 'node:path';
import { TRANSPORT } from '../../shared/contract/events';
import { rpcFailure } from '../../shared/contract/errors';
import { CONTENT_SECURITY_POLICY as DESKTOP_CONTENT_SECURITY_POLICY } from '../securityPolicy';
import type { Services } from '../services/serviceTypes';
import { EventBuffer } from './eventBuffer';
import {
  hasValidSessionCookie, hasValidToken, isAllowedHost, isAllowedOrigin, LINK_KEY_PARAM, linkVisit, MAX_BODY_BYTES, needsSession,
  resolveStaticPath, sameSecret, sessionCookieHeader, sessionCookieName,
} from './requestGuards';

/**
 * The desktop app's policy (nothing but our own files; the page's <meta> states the same), plus
 * frame-ancestors, which only a header can carry: no other page may frame web mode (clickjacking).
 */
export const CONTENT_SECURITY_POLICY = `${DESKTOP_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2',
  '.woff': 'font/woff', '.ttf': 'font/ttf', '.ico': 'image/x-icon', '.map': 'application/json',
};

export interface WebServerOptions {
  services: Services;
  staticDir: string;
  port: number;
  /** The CSRF token the page sends back in a header (random per run when left out). */
  token?: string;
  /** The secret of the link (random per run when left out). */
  key?: string;
}

export interface RunningWebServer {
  server: Server;
  port: number;
  token: string;
  /** http://127.0.0.1:<port>, what `Listening on` prints. Without the link's cookie it serves no data. */
  url: string;
  /** The secret link, http://127.0.0.1:<port>/?key=<secret>: opening it is what lets a browser in. */
  link: string;
  /** The cookie the link sets ("name=value"), for clients that are not browsers (tests). */
  cookie: string;
  close(): Promise<void>;
}

/**
 * Serves the built renderer and the contract over HTTP on 127.0.0.1 only, and only to the person
 * who started it. Anyone on the machine can connect to 127.0.0.1, so connecting proves nothing:
 * the server makes a secret at start and prints a link with it. Opening the link sets a cookie
 * (HttpOnly, SameSite=Strict, named after the port); the page (and with it the token), every
 * /rpc call and /events need that cookie. Scripts, styles and fonts stay public: they are the
 * app's own files, the same for everyone, and hold no data.
 *
 * CSRF: a page on another site cannot use the cookie — SameSite=Strict keeps the browser from
 * sending it with requests other sites start, a foreign Origin is refused, and every call must
 * carry the token header, which a form post cannot set and a cross-origin fetch cannot set
 * without a CORS preflight this server never grants. The token is in the page, which only a
 * cookie holder gets.
 */
export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const key = options.key ?? randomBytes(24).toString('base64url');
  /** What the cookie holds: not the link's key, so the browser's cookie store never holds the link. */
  const sessionValue = randomBytes(24).toString('base64url');
  const staticDir = resolve(options.staticDir);
  const events = new EventBuffer();
  let port = options.port;

  const unsubscribe = options.services.onEvent((event) => events.push(event));

  const server = createServer((req, res) => {
    void handle(req, res).catch((error) => {
      console.error('[stratboard web]', error);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Internal error');
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isAllowedHost(req.headers, port)) return send(res, 403, 'text/plain; charset=utf-8', 'Forbidden host');
    if (!isAllowedOrigin(req.headers, port)) return send(res, 403, 'text/plain; charset=utf-8', 'Forbidden origin');
    const url = req.url ?? '/';
    if (url.startsWith(TRANSPORT.httpRpcPrefix)) return handleRpc(req, res, url.slice(TRANSPORT.httpRpcPrefix.length));
    if (url === TRANSPORT.httpEventsPath || url.startsWith(`${TRANSPORT.httpEventsPath}?`)) return handleEvents(req, res, url);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    const visit = linkVisit(url);
    if (visit) return openLink(req, res, visit);
    return serveStatic(req, res, url);
  }

  const cookieName = () => sessionCookieName(port);
  const hasSession = (req: IncomingMessage) => hasValidSessionCookie(req.headers, cookieName(), sessionValue);

  /**
   * The secret link: sets the cookie and sends the browser on to the page without the key.
   * A 303 where the browser came by itself (typed, pasted, opened from the terminal; a script):
   * it then sends the new cookie with the redirected request. Arriving from another site — the
   * owner-only redirect FILE `npm start` opens is a file:// page — a browser does not send a
   * SameSite=Strict cookie along a redirect that another site started, so the answer is instead
   * a tiny page of our own that moves on to `/` (a meta refresh replaces the history entry too).
   */
  function openLink(req: IncomingMessage, res: ServerResponse, visit: { key: string; location: string }): void {
    if (!sameSecret(visit.key, key)) return sendNoSession(res, 403, 'This link is not valid (any more): the server makes a new one each time it starts.');
    const cookie = sessionCookieHeader(cookieName(), sessionValue);
    if (req.headers['sec-fetch-site'] === 'cross-site') {
      const to = visit.location.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
      const html = `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=${to}"><title>Stratboard</title></head><body><p><a href="${to}">Open Stratboard</a></p></body></html>\n`;
      res.writeHead(200, { ...securityHeaders(), 'Content-Type': MIME['.html']!, 'Cache-Control': 'no-store', 'Set-Cookie': cookie });
      res.end(req.method === 'HEAD' ? undefined : html);
      return;
    }
    res.writeHead(303, { ...securityHeaders(), Location: visit.location, 'Cache-Control': 'no-store', 'Set-Cookie': cookie });
    res.end();
  }

  /** What anyone without the cookie gets instead of the app: where to find the link, nothing else. */
  function sendNoSession(res: ServerResponse, status: 401 | 403, why = 'This page is only for the person who started Stratboard\'s web mode.'): void {
    const html = '<!doctype html><html><head><meta charset="utf-8"><title>Stratboard</title></head><body>'
      + `<h1>Stratboard</h1><p>${why}</p><p>Open the link printed in the terminal where <code>npm run web</code> (or <code>npm start</code>) is running: `
      + `the line <code>Open in your browser: http://127.0.0.1:${port}/?${LINK_KEY_PARAM}=…</code></p></body></html>\n`;
    send(res, status, MIME['.html']!, html);
  }

  async function handleRpc(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'Use POST');
    if (!hasSession(req)) {
      return sendJson(res, 401, rpcFailure('forbidden', 'Open the link printed in the terminal where web mode was started; without it nothing is served.'));
    }
    if (!hasValidToken(req.headers, TRANSPORT.httpTokenHeader, token)) {
      return sendJson(res, 401, rpcFailure('forbidden', 'Missing or wrong token.'));
    }
    const body = await readBody(req);
    if (body === 'too-large') return sendJson(res, 413, rpcFailure('invalid-input', `Request body over ${MAX_BODY_BYTES} bytes.`));
    let input: unknown;
    try {
      input = body.length ? JSON.parse(body) : {};
    } catch {
      return sendJson(res, 400, rpcFailure('invalid-input', 'The request body is not JSON.'));
    }
    let methodName: string;
    try {
      methodName = decodeURIComponent(method);
    } catch {
      // Malformed percent-encoding is the caller's mistake: a typed 400, not a 500 and a logged stack.
      return sendJson(res, 400, rpcFailure('unknown-method', 'The method name is not valid percent-encoding.'));
    }
    sendJson(res, 200, await options.services.dispatch(methodName, input));
  }

  function handleEvents(req: IncomingMessage, res: ServerResponse, url: string): void {
    if (req.method !== 'GET') return send(res, 405, 'text/plain; charset=utf-8', 'Use GET');
    if (!hasSession(req)) return send(res, 401, 'text/plain; charset=utf-8', 'Open the link printed in the terminal');
    if (!hasValidToken(req.headers, TRANSPORT.httpTokenHeader, token)) return send(res, 401, 'text/plain; charset=utf-8', 'Missing or wrong token');
    const after = Number(new URL(url, 'http://127.0.0.1').searchParams.get('after') ?? '-1');
    sendJson(res, 200, events.since(Number.isInteger(after) ? after : -1));
  }

  async function serveStatic(req: IncomingMessage, res: ServerResponse, url: string): Promise<void> {
    const file = resolveStaticPath(staticDir, url, join);
    if (!file || relative(staticDir, file).startsWith('..')) return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    if (needsSession(file) && !hasSession(req)) return sendNoSession(res, 401);
    let content: Buffer;
    try {
      content = await readFile(file);
    } catch {
      return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    }
    if (file.endsWith('index.html')) {
      const meta = `<meta name="${TRANSPORT.tokenMetaName}" content="${token}">`;
      return send(res, 200, MIME['.html']!, content.toString('utf8').replace('<head>', `<head>\n    ${meta}`), 'no-store');
    }
    send(res, 200, MIME[extname(file)] ?? 'application/octet-stream', content, 'no-cache');
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;

  const url = `http://127.0.0.1:${port}`;
  return {
    server, port, token, url, link: `${url}/?${LINK_KEY_PARAM}=${key}`, cookie: `${cookieName()}=${sessionValue}`,
    async close() {
      unsubscribe();
      const closed = new Promise<void>((done) => server.close(() => done()));
      // close() waits for every open connection; a browser's idle keep-alive sockets would hold
      // the process up indefinitely. Edits are already flushed by now, so drop them.
      server.closeAllConnections();
      await closed;
    },
  };
}

function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, cache = 'no-store'): void {
  res.writeHead(status, { ...securityHeaders(), 'Content-Type': type, 'Cache-Control': cache });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

function readBody(req: IncomingMessage): Promise<string | 'too-large'> {
  return new Promise((resolveBody, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) {
      req.resume();
      resolveBody('too-large');
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolveBody(tooLarge ? 'too-large' : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
