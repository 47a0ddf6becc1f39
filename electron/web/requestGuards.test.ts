import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasValidToken, isAllowedHost, isAllowedOrigin, resolveStaticPath } from './requestGuards';

describe('web-mode request guards', () => {
  it('accepts only our loopback host and port (DNS rebinding defence)', () => {
    expect(isAllowedHost({ host: '127.0.0.1:4000' }, 4000)).toBe(true);
    expect(isAllowedHost({ host: 'localhost:4000' }, 4000)).toBe(true);
    expect(isAllowedHost({ host: 'evil.example:4000' }, 4000)).toBe(false);
    expect(isAllowedHost({ host: '127.0.0.1:4001' }, 4000)).toBe(false);
    expect(isAllowedHost({}, 4000)).toBe(false);
  });

  it('refuses a foreign Origin but allows none', () => {
    expect(isAllowedOrigin({}, 4000)).toBe(true);
    expect(isAllowedOrigin({ origin: 'http://127.0.0.1:4000' }, 4000)).toBe(true);
    expect(isAllowedOrigin({ origin: 'https://evil.example' }, 4000)).toBe(false);
    expect(isAllowedOrigin({ origin: 'null' }, 4000)).toBe(false);
    expect(isAllowedOrigin({ origin: 'http://127.0.0.1:4000.evil.example' }, 4000)).toBe(false);
  });

  it('checks the token exactly', () => {
    expect(hasValidToken({ 'x-t': 'abc' }, 'x-t', 'abc')).toBe(true);
    expect(hasValidToken({ 'x-t': 'abd' }, 'x-t', 'abc')).toBe(false);
    expect(hasValidToken({ 'x-t': 'ab' }, 'x-t', 'abc')).toBe(false);
    expect(hasValidToken({}, 'x-t', 'abc')).toBe(false);
  });

  it.each([
    '/../secret', '/..%2fsecret', '/%2e%2e/secret', '/%2e%2e%2fsecret', '/assets/..%2f..%2fsecret',
    '/..%5csecret', '/assets%5c..%5c..%5csecret', '/%00index.html', '/C:/Windows/win.ini', '/%E0%A4%A',
  ])('refuses traversal %s', (url) => {
    expect(resolveStaticPath('/srv/app', url, join)).toBeNull();
  });

  it('maps normal paths below the root', () => {
    expect(resolveStaticPath('/srv/app', '/', join)).toBe('/srv/app/index.html');
    expect(resolveStaticPath('/srv/app', '/assets/a.js?v=1', join)).toBe('/srv/app/assets/a.js');
  });
});
