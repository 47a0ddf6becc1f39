import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/**
 * The web-mode server's gatekeeping, as pure functions so each rule is unit-tested:
 * only our own origin on 127.0.0.1 (DNS-rebinding defence via Host), only for the person who
 * opened the secret link (its cookie), only with the per-run token header (CSRF defence).
 */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function isAllowedHost(headers: IncomingHttpHeaders, port: number): boolean {
  const host = headers.host;
  return typeof host === 'string' && allowedHosts(port).has(host.toLowerCase());
}

/** A request with no Origin (curl, the tests' Node client, same-origin GET) is allowed; a foreign one never. */
export function isAllowedOrigin(headers: IncomingHttpHeaders, port: number): boolean {
  const origin = headers.origin;
  if (origin === undefined) return true;
  return typeof origin === 'string' && [...allowedHosts(port)].some((host) => origin.toLowerCase() === `http://${host}`);
}

export function hasValidToken(headers: IncomingHttpHeaders, headerName: string, token: string): boolean {
  const given = headers[headerName];
  return typeof given === 'string' && sameSecret(given, token);
}

/** Constant-time comparison, so a guess learns nothing from how long the refusal took. */
export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && expected.length > 0 && timingSafeEqual(a, b);
}

/**
 * The cookie the secret link sets. Cookies are shared by every port of a host, so the name
 * carries the port: two servers (two users, or one user twice) never overwrite each other's.
 */
export function sessionCookieName(port: number): string {
  return `stratboard-${port}`;
}

/**
 * HttpOnly: the page's scripts never see it. SameSite=Strict: the browser sends it only with
 * requests made by our own pages (127.0.0.1), never with a request another site starts — a form
 * post or image from elsewhere arrives without it. No Max-Age: it ends with the browser session,
 * and the value is worthless after this run anyway (a new one is made at every start).
 */
export function sessionCookieHeader(name: string, value: string): string {
  return `${name}=${value}; HttpOnly; SameSite=Strict; Path=/`;
}

/** The value of one cookie in a Cookie header, or null (also when it is there twice: ambiguous). */
export function readCookie(headers: IncomingHttpHeaders, name: string): string | null {
  const header = headers.cookie;
  if (typeof header !== 'string') return null;
  const values = header
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part.slice(0, part.indexOf('=')) === name)
    .map((part) => part.slice(part.indexOf('=') + 1));
  return values.length === 1 ? values[0]! : null;
}

export function hasValidSessionCookie(headers: IncomingHttpHeaders, name: string, value: string): boolean {
  const given = readCookie(headers, name);
  return given !== null && sameSecret(given, value);
}

/** The query parameter of the secret link: http://127.0.0.1:<port>/?key=<secret>. */
export const LINK_KEY_PARAM = 'key';

/**
 * A request for the secret link: the key it carries (the caller checks it), and where to send the
 * browser afterwards — the same page without the key, so the secret does not stay in the address
 * bar or the history. Null when the request is not for the page with a key.
 */
export function linkVisit(url: string): { key: string; location: string } | null {
  let parsed: URL;
  try {
    parsed = new URL(url, 'http://127.0.0.1');
  } catch {
    return null;
  }
  if (parsed.pathname !== '/' && parsed.pathname !== '/index.html') return null;
  const key = parsed.searchParams.get(LINK_KEY_PARAM);
  if (key === null) return null;
  parsed.searchParams.delete(LINK_KEY_PARAM);
  return { key, location: `/${parsed.search}` };
}

/** Pages and the API need the cookie; scripts, styles, fonts and images do not (they hold no data). */
export function needsSession(staticFile: string): boolean {
  return staticFile.toLowerCase().endsWith('.html');
}

/**
 * Maps a URL path to a file below `root`, or null when it tries to leave it. Decodes once,
 * then rejects any "..", backslash, NUL or absolute segment, so %2e%2e%2f and ..%5c variants fail too.
 */
export function resolveStaticPath(root: string, urlPath: string, join: (...parts: string[]) => string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '');
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((s) => s.length > 0);
  if (segments.some((s) => s === '..' || s === '.' || s.includes(':'))) return null;
  if (segments.length === 0) segments.push('index.html');
  return join(root, ...segments);
}
