import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  contentTypeFor,
  decideNavigation,
  decideRedirect,
  decideWindowOpen,
  isAppUrl,
  isPermissionAllowed,
  isSafeExternalUrl,
  isTrustedIpcSender,
  resolveAppAssetPath,
  securityHeaders,
  type IpcSenderInfo,
} from './securityPolicy';

describe('isAppUrl', () => {
  it('accepts pages and assets of the app origin', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl(`${APP_ORIGIN}/`)).toBe(true);
    expect(isAppUrl(`${APP_ORIGIN}/assets/index-abc.js`)).toBe(true);
    expect(isAppUrl(`${APP_ORIGIN}/index.html#/strategy`)).toBe(true);
    expect(isAppUrl(APP_ORIGIN)).toBe(true); // permission handlers pass a bare origin
  });

  it('rejects look-alikes and everything else', () => {
    for (const url of [
      'app://stratboard.evil.com/index.html',
      'app://evil/index.html',
      'app://stratboard:8080/index.html',
      'app://user:pw@stratboard/index.html',
      'apps://stratboard/index.html',
      'https://stratboard/index.html',
      'file:///index.html',
      'devtools://devtools/bundled/inspector.html',
      'about:blank',
      'javascript:alert(1)',
      'data:text/html,<p>x</p>',
      '',
      'not a url',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
    }
    expect(isAppUrl(null)).toBe(false);
    expect(isAppUrl(undefined)).toBe(false);
    expect(isAppUrl(42)).toBe(false);
  });
});

describe('isSafeExternalUrl', () => {
  it('accepts ordinary web links', () => {
    expect(isSafeExternalUrl('https://example.com/pricing?q=1#top')).toBe(true);
    expect(isSafeExternalUrl('http://example.org')).toBe(true);
  });

  it('rejects schemes that could run or open local things', () => {
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'ms-msdt:/id PCWDiagnostic',
      'vscode://file/x',
      'mailto:a@example.com',
      'app://stratboard/index.html',
      'data:text/html,x',
      'ftp://example.com/file',
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });

  it('rejects embedded credentials, missing hosts, junk and huge URLs', () => {
    expect(isSafeExternalUrl('https://user:pass@example.com/')).toBe(false);
    expect(isSafeExternalUrl('https://bank.com@evil.com/')).toBe(false);
    expect(isSafeExternalUrl('https://')).toBe(false);
    expect(isSafeExternalUrl('example.com')).toBe(false);
    expect(isSafeExternalUrl(`https://example.com/${'a'.repeat(2_100)}`)).toBe(false);
    expect(isSafeExternalUrl(undefined)).toBe(false);
  });
});

describe('navigation, redirects and new windows', () => {
  it('keeps in-app navigation, sends web links to the browser, drops the rest', () => {
    expect(decideNavigation(APP_ENTRY_URL)).toBe('allow');
    expect(decideNavigation('https://example.com/')).toBe('open-externally');
    expect(decideNavigation('file:///home/user/evil.html')).toBe('deny');
    expect(decideNavigation('app://other/index.html')).toBe('deny');
    expect(decideNavigation('javascript:alert(1)')).toBe('deny');
  });

  it('allows redirects only within the app origin', () => {
    expect(decideRedirect(`${APP_ORIGIN}/index.html`)).toBe('allow');
    expect(decideRedirect('https://example.com/')).toBe('deny');
    expect(decideRedirect('file:///etc/passwd')).toBe('deny');
  });

  it('never opens a new app window', () => {
    expect(decideWindowOpen('https://example.com/')).toBe('open-externally');
    expect(decideWindowOpen(APP_ENTRY_URL)).toBe('deny');
    expect(decideWindowOpen('about:blank')).toBe('deny');
    expect(decideWindowOpen('file:///tmp/x.html')).toBe('deny');
  });
});

describe('isPermissionAllowed', () => {
  it('lets only the app itself write text to the clipboard (copy buttons)', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', APP_ORIGIN)).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://example.com')).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'file:///etc/passwd')).toBe(false);
  });

  it('lets only the app itself go full screen (the workshop presentation view)', () => {
    expect(isPermissionAllowed('fullscreen', APP_ORIGIN)).toBe(true);
    expect(isPermissionAllowed('fullscreen', 'https://example.com')).toBe(false);
    expect(isPermissionAllowed('fullscreen', 'file:///tmp/x.html')).toBe(false);
  });

  it('grants no other web permission, even to the app itself', () => {
    for (const permission of [
      'media', 'geolocation', 'notifications', 'midi', 'midiSysex', 'pointerLock',
      'openExternal', 'clipboard-read', 'display-capture', 'hid', 'serial',
      'usb', 'fileSystem', 'storage-access', 'window-management', 'unknown',
    ]) {
      expect(isPermissionAllowed(permission, APP_ORIGIN), permission).toBe(false);
      expect(isPermissionAllowed(permission, 'https://example.com'), permission).toBe(false);
    }
  });
});

describe('isTrustedIpcSender', () => {
  const mainFrame: IpcSenderInfo = { frameUrl: `${APP_ORIGIN}/index.html#/dashboard`, isTopFrame: true, isMainWindowMainFrame: true };

  it('accepts the main window main frame on the app origin', () => {
    expect(isTrustedIpcSender(mainFrame)).toBe(true);
  });

  it('rejects a sub-frame, even one on the app origin', () => {
    expect(isTrustedIpcSender({ ...mainFrame, isTopFrame: false })).toBe(false);
    expect(isTrustedIpcSender({ ...mainFrame, isTopFrame: false, isMainWindowMainFrame: false })).toBe(false);
  });

  it('rejects the main frame once it shows another origin', () => {
    expect(isTrustedIpcSender({ ...mainFrame, frameUrl: 'https://evil.example/' })).toBe(false);
    expect(isTrustedIpcSender({ ...mainFrame, frameUrl: 'app://evil/index.html' })).toBe(false);
  });

  it('rejects file: pages and DevTools', () => {
    expect(isTrustedIpcSender({ ...mainFrame, frameUrl: 'file:///tmp/index.html' })).toBe(false);
    expect(isTrustedIpcSender({ frameUrl: 'devtools://devtools/bundled/devtools_app.html', isTopFrame: true, isMainWindowMainFrame: false })).toBe(false);
  });

  it('rejects another window showing our own page', () => {
    expect(isTrustedIpcSender({ ...mainFrame, isMainWindowMainFrame: false })).toBe(false);
  });

  it('rejects an unknown or vanished frame', () => {
    expect(isTrustedIpcSender(null)).toBe(false);
    expect(isTrustedIpcSender({ ...mainFrame, frameUrl: null })).toBe(false);
    expect(isTrustedIpcSender({ ...mainFrame, frameUrl: '' })).toBe(false);
  });
});

describe('resolveAppAssetPath', () => {
  const root = resolve('/srv/stratboard/dist/renderer');

  it('maps app URLs into the renderer folder', () => {
    expect(resolveAppAssetPath(root, `${APP_ORIGIN}/`)).toBe(join(root, 'index.html'));
    expect(resolveAppAssetPath(root, `${APP_ORIGIN}/index.html`)).toBe(join(root, 'index.html'));
    expect(resolveAppAssetPath(root, `${APP_ORIGIN}/assets/index-abc.js?v=1#x`)).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveAppAssetPath(root, `${APP_ORIGIN}/assets/Noto%20Sans.woff2`)).toBe(join(root, 'assets', 'Noto Sans.woff2'));
  });

  it('keeps literal dot segments inside the root (URL parsing removes them before we see the path)', () => {
    expect(resolveAppAssetPath(root, `${APP_ORIGIN}/../package.json`)).toBe(join(root, 'package.json'));
    expect(resolveAppAssetPath(root, `${APP_ORIGIN}/assets/../../../../etc/passwd`)).toBe(join(root, 'etc', 'passwd'));
    // %2e%2e is a dot segment too under the URL standard.
    expect(resolveAppAssetPath(root, `${APP_ORIGIN}/%2e%2e/%2E%2E/package.json`)).toBe(join(root, 'package.json'));
  });

  it('refuses encoded path traversal in every spelling', () => {
    for (const path of [
      '/..%2fpackage.json',
      '/..%5cpackage.json',
      '/assets%5c..%5c..%5csecret',
      '/%00index.html',
      '/index.html%00.png',
      '/%E0%A4%A', // malformed escape
    ]) {
      expect(resolveAppAssetPath(root, `${APP_ORIGIN}${path}`), path).toBeNull();
    }
  });

  it('refuses other hosts and schemes', () => {
    expect(resolveAppAssetPath(root, 'app://evil/index.html')).toBeNull();
    expect(resolveAppAssetPath(root, 'file:///etc/passwd')).toBeNull();
    expect(resolveAppAssetPath(root, 'not a url')).toBeNull();
  });
});

describe('response headers', () => {
  it('carries the strict CSP on every response', () => {
    const headers = securityHeaders('text/html; charset=utf-8');
    expect(headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });

  it('is the policy the renderer meta mirrors: nothing remote, no eval, no plugins, no frames', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  it('names content types for built assets', () => {
    expect(contentTypeFor('/x/index.html')).toMatch(/^text\/html/);
    expect(contentTypeFor('/x/a.JS')).toMatch(/^text\/javascript/);
    expect(contentTypeFor('/x/a.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/x/unknown.bin')).toBe('application/octet-stream');
  });
});
