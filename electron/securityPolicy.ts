import { isAbsolute, normalize, relative, resolve, sep } from 'node:path';

/**
 * The desktop shell's security decisions as pure functions (no 'electron' import), so each
 * rule is unit-tested under plain Node and the Electron glue (security.ts, ipc.ts,
 * appProtocol.ts) stays a thin layer that only asks these questions.
 */

/** The renderer is served from a custom privileged scheme, never file:// (file:// pages can read any local file). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'stratboard';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Sent as a header on every app:// response and mirrored by the renderer's <meta>. Nothing
 * remote: the app is offline, and a script injected through workspace content has nowhere
 * to load from or send to. 'unsafe-inline' only for styles (Mantine injects style tags).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');

/** Same limit the contract puts on openExternal's url. */
const MAX_EXTERNAL_URL_LENGTH = 2_048;

function parseUrl(url: unknown): URL | null {
  if (typeof url !== 'string' || url.length === 0) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for a page or asset of our own app origin (app://stratboard/…), nothing else. */
export function isAppUrl(url: unknown): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/**
 * True for a link we may hand to the OS browser: http(s) with a host, no embedded
 * credentials (a classic way to disguise the real host), bounded length. Everything else
 * (file:, javascript:, smb:, custom app schemes that launch programs) is dropped.
 */
export function isSafeExternalUrl(url: unknown): boolean {
  if (typeof url !== 'string' || url.length > MAX_EXTERNAL_URL_LENGTH) return false;
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    (parsed.protocol === 'https:' || parsed.protocol === 'http:') &&
    parsed.hostname !== '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

export type NavigationDecision = 'allow' | 'open-externally' | 'deny';

/**
 * A top-level navigation ('will-navigate'): staying inside the app is fine; a plain link
 * to the web is opened in the user's browser instead of replacing the app; anything else
 * is refused.
 */
export function decideNavigation(url: unknown): NavigationDecision {
  if (isAppUrl(url)) return 'allow';
  if (isSafeExternalUrl(url)) return 'open-externally';
  return 'deny';
}

/** A redirect is never user intent: allowed only when it stays on the app origin. */
export function decideRedirect(url: unknown): 'allow' | 'deny' {
  return isAppUrl(url) ? 'allow' : 'deny';
}

/** window.open / target=_blank: the app never opens a second Electron window. */
export function decideWindowOpen(url: unknown): 'open-externally' | 'deny' {
  return isSafeExternalUrl(url) ? 'open-externally' : 'deny';
}

/**
 * Web permissions (camera, geolocation, notifications, clipboard, …) the app grants.
 * Only writing plain text to the clipboard (the "copy path" buttons) and full screen (the
 * workshop's presentation view on a projector), and only to our own origin: no reading the
 * clipboard, no devices, no OS access through the web platform.
 */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set<string>(['clipboard-sanitized-write', 'fullscreen']);

export function isPermissionAllowed(permission: string, requestingUrl: unknown): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl);
}

/** What ipc.ts knows about the frame that sent an IPC message (plain data, so it is testable). */
export interface IpcSenderInfo {
  /** The sending frame's URL; null when Electron could not tell (frame gone or navigated). */
  frameUrl: string | null;
  /** True when the frame has no parent (it is a top-level frame, not an iframe). */
  isTopFrame: boolean;
  /** True when the frame is the main frame of OUR main window's webContents. */
  isMainWindowMainFrame: boolean;
}

/**
 * Only the main window's own top-level page, loaded from the app origin, may call the
 * services. Sub-frames, other windows, DevTools, file: or web pages are refused.
 */
export function isTrustedIpcSender(sender: IpcSenderInfo | null): boolean {
  if (!sender) return false;
  return sender.isTopFrame && sender.isMainWindowMainFrame && isAppUrl(sender.frameUrl);
}

/**
 * Maps an app:// request URL to a file inside the renderer build folder, or null when the
 * request must be refused: other host, encoded or literal path traversal, NUL bytes,
 * backslashes, or a path that would resolve outside the root. "/" means index.html.
 */
export function resolveAppAssetPath(rootDir: string, requestUrl: string): string | null {
  const parsed = parseUrl(requestUrl);
  if (!parsed || !isAppUrl(requestUrl)) return null;

  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null; // malformed percent-encoding
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const segments = pathname.split('/').filter((segment) => segment.length > 0);
  if (segments.some((segment) => segment === '..' || segment === '.')) return null;
  const relativePath = segments.length === 0 ? 'index.html' : segments.join('/');

  const root = resolve(rootDir);
  const target = resolve(root, normalize(relativePath));
  const fromRoot = relative(root, target);
  if (fromRoot === '' || fromRoot.startsWith(`..${sep}`) || fromRoot === '..' || isAbsolute(fromRoot)) return null;
  return target;
}

/** Content types for what Vite emits; anything unknown is served as opaque bytes (with nosniff). */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(filePath: string): string {
  const dot = filePath.lastIndexOf('.');
  const extension = dot >= 0 ? filePath.slice(dot).toLowerCase() : '';
  return CONTENT_TYPES[extension] ?? 'application/octet-stream';
}

/** Headers on every app:// response, including errors. */
export function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  };
}
