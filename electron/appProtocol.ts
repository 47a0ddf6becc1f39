import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME, contentTypeFor, resolveAppAssetPath, securityHeaders } from './securityPolicy';

/**
 * The renderer is served from app://stratboard/ rather than file://. A file:// page may
 * read any local file and shares one opaque origin with every other file:// page; our own
 * scheme gives the page a real, unique origin that the CSP, the IPC sender check and the
 * navigation guards can name.
 */

/**
 * Must run before 'ready'. standard: relative URLs and a proper origin (needed for Vite's
 * './assets/…'); secure: a secure context like https; supportFetchAPI: the page may fetch
 * its own assets. Deliberately NOT bypassCSP (the CSP must apply) and NOT corsEnabled
 * (that would let other origins read our files).
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serves files from the renderer build folder, read-only, with the CSP on every response. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return respond(405, 'Method not allowed');
    if (new URL(request.url).hostname !== APP_HOST) return respond(404, 'Not found');
    const filePath = resolveAppAssetPath(rendererDir, request.url);
    if (!filePath) return respond(404, 'Not found');
    try {
      const body = await readFile(filePath);
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
        status: 200,
        headers: securityHeaders(contentTypeFor(filePath)),
      });
    } catch {
      // Missing file or a directory: one answer for both, no file-system details to the page.
      return respond(404, 'Not found');
    }
  });
}

function respond(status: number, text: string): Response {
  return new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8') });
}
