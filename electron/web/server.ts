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
import { hasValidToken, isAllowedHost, isAllowedOrigin, MAX_BODY_BYTES, resolveStaticPath } from './requestGuards';

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
  token?: string;
}

export interface RunningWebServer {
  server: Server;
  port: number;
  token: string;
  url: string;
  close(): Promise<void>;
}

/** Serves the built renderer and the contract over HTTP on 127.0.0.1 only. */
export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
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
    return serveStatic(res, url);
  }

  async function handleRpc(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'Use POST');
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
    if (!hasValidToken(req.headers, TRANSPORT.httpTokenHeader, token)) return send(res, 401, 'text/plain; charset=utf-8', 'Missing or wrong token');
    const after = Number(new URL(url, 'http://127.0.0.1').searchParams.get('after') ?? '-1');
    sendJson(res, 200, events.since(Number.isInteger(after) ? after : -1));
  }

  async function serveStatic(res: ServerResponse, url: string): Promise<void> {
    const file = resolveStaticPath(staticDir, url, join);
    if (!file || relative(staticDir, file).startsWith('..')) return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
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

  return {
    server, port, token, url: `http://127.0.0.1:${port}`,
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
