import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditCsp } from './securityCspAudit';
import { APP_ORIGIN, APP_SCHEME, CONTENT_SECURITY_POLICY } from './securityPolicy';

/**
 * The app:// handler the main window loads everything through, called the way Electron calls
 * it (a fetch Request in, a Response out), on a real folder with files next to it that must
 * never come out. protocol is a fake that keeps the registered handler.
 */

type ProtocolHandler = (request: Request) => Promise<Response>;

const electron = vi.hoisted(() => ({
  handlers: new Map<string, (request: Request) => Promise<Response>>(),
  privileged: [] as unknown[],
}));

vi.mock('electron', () => ({
  protocol: {
    handle: (scheme: string, handler: ProtocolHandler) => electron.handlers.set(scheme, handler),
    registerSchemesAsPrivileged: (schemes: unknown[]) => electron.privileged.push(...schemes),
  },
}));

const { registerAppScheme, serveRenderer } = await import('./appProtocol');

const SECRET = 'TOP-SECRET-OUTSIDE-THE-RENDERER';
const repoPackageJson = resolve('package.json');
let root: string;
let serve: ProtocolHandler;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'sb-app-protocol-'));
  const rendererDir = join(root, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(rendererDir, 'assets', 'extra.html'), '<p>another page</p>');
  await writeFile(join(root, 'secret.txt'), SECRET);
  // A sibling whose name starts like the renderer folder: a naive startsWith() check would let it through.
  await mkdir(join(root, 'renderer-other'));
  await writeFile(join(root, 'renderer-other', 'secret.txt'), SECRET);
  serveRenderer(rendererDir);
  const handler = electron.handlers.get(APP_SCHEME);
  if (!handler) throw new Error(`serveRenderer registered no handler for ${APP_SCHEME}:`);
  serve = handler;
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const get = (path: string, method = 'GET') => serve(new Request(`${APP_ORIGIN}${path}`, { method }));

describe('registerAppScheme', () => {
  it('makes app: a standard secure scheme that does NOT bypass the CSP or open CORS', () => {
    registerAppScheme();
    expect(electron.privileged).toEqual([{ scheme: APP_SCHEME, privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    const { privileges } = electron.privileged[0] as { privileges: Record<string, unknown> };
    expect(privileges.bypassCSP).toBeUndefined();
    expect(privileges.corsEnabled).toBeUndefined();
    expect(privileges.allowServiceWorkers).toBeUndefined();
  });
});

describe('serveRenderer', () => {
  it('serves the page and its assets with the strict CSP', async () => {
    for (const path of ['/', '/index.html', '/index.html#/plan', '/assets/app.js', '/assets/extra.html']) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-security-policy'), path).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
    expect((await get('/')).headers.get('content-type')).toMatch(/^text\/html/);
    expect(await (await get('/')).text()).toContain('<title>t</title>');
  });

  it('carries the CSP on every other answer too (404, 405, HEAD, another host)', async () => {
    const answers = [
      await get('/missing.html'),
      await get('/assets'), // a directory
      await get('/index.html', 'POST'),
      await get('/index.html', 'HEAD'),
      await serve(new Request('app://evil/index.html')),
    ];
    expect(answers.map((res) => res.status)).toEqual([404, 404, 405, 200, 404]);
    for (const res of answers) expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await answers[3]!.text()).toBe(''); // HEAD: headers only
  });

  it('sends a policy with no eval, nothing remote, no plugins and no frames', () => {
    expect(auditCsp(CONTENT_SECURITY_POLICY)).toEqual([]);
  });

  it('sends the same policy the renderer page states in its <meta> (source and built page)', async () => {
    const pages = [resolve('renderer/index.html'), resolve('dist/renderer/index.html')];
    let checked = 0;
    for (const page of pages) {
      const html = await readFile(page, 'utf8').catch(() => null);
      if (html === null) continue; // dist/ exists only after a build
      const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
      expect(meta, `${page} has no CSP <meta>`).not.toBeNull();
      expect(meta![1], page).toBe(CONTENT_SECURITY_POLICY);
      checked += 1;
    }
    expect(checked).toBeGreaterThanOrEqual(1);
  });

  /** Stands for the temp folder's secret.txt, whose path exists only once beforeAll has run. */
  const ROOT_SECRET = '{root-secret}';
  const traversal = [
    '/..%2fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/..%252fsecret.txt',
    '/..%5csecret.txt',
    '/..\\secret.txt',
    '/assets\\..\\..\\secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/static/../../etc/passwd',
    '/../../../../../../etc/passwd',
    '/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
    '/%2fetc%2fpasswd',
    '//etc/passwd',
    `/${encodeURIComponent(repoPackageJson)}`,
    `/${ROOT_SECRET}`, // the absolute path of the file next to the renderer folder
    '/..%2frenderer-other%2fsecret.txt',
    '/%00',
    '/index.html%00.png',
    '/%00/../secret.txt',
    '/C:%5CWindows%5Cwin.ini',
    '/%E0%A4%A',
    `/${'a'.repeat(100_000)}`,
    `/${'../'.repeat(5_000)}etc/passwd`,
  ];

  it.each(traversal)('refuses %s and serves nothing from outside the renderer folder', async (path) => {
    const res = await get(path.replace(ROOT_SECRET, encodeURIComponent(join(root, 'secret.txt'))));
    expect([400, 404]).toContain(res.status);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const body = await res.text();
    expect(body).not.toContain(SECRET);
    expect(body).not.toMatch(/root:.*:0:0:/); // /etc/passwd
    expect(body).not.toContain('"name": "stratboard"'); // the repository's package.json
  });
});
