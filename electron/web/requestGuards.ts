import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/**
 * The web-mode server's gatekeeping, as pure functions so each rule is unit-tested:
 * only our own origin on 127.0.0.1 (DNS-rebinding defence via Host), only with the per-run token.
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
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
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
