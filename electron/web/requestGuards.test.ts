import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  hasValidSessionCookie, hasValidToken, isAllowedHost, isAllowedOrigin, linkVisit, needsSession, readCookie, resolveStaticPath, sameSecret,
  sessionCookieHeader, sessionCookieName,
} from './requestGuards';

describe('web-mode request guards', () => {
  it('accepts only our loopback host and port (DNS rebinding defence)', () => {
    expect(isAllowedHost({ host: '127.0.0.1:4000' }, 4000)).toBe(true);
    expect(isAllowedHost({ host: 'localhost:4000' }, 4000)).toBe(true);
    expect(isAllowedHost({ host: 'evil.example:4000' }, 4000)).toBe(false);
    expect(isAllowedHost({ host: '127.0.0.1:4001' }, 4000)).toBe(false);
    expect(isAllowedHost({}, 4000)).toBe(false);
  });

  it('accepts either loopback name in any letter case, with our port only', () => {
    expect(isAllowedHost({ host: 'LocalHost:4000' }, 4000)).toBe(true);
    for (const host of [
      '127.0.0.1.evil.com:4000', '127.0.0.1.evil.com', 'localhost.evil.com:4000', '127.0.0.1:4000.evil.com', 'evil.com:4000@127.0.0.1',
      '127.0.0.1', 'localhost', 'localhost.:4000', '0.0.0.0:4000', '[::1]:4000', '127.0.0.2:4000', '2130706433:4000', '', ' 127.0.0.1:4000',
    ]) {
      expect(isAllowedHost({ host }, 4000), host).toBe(false);
    }
  });

  it('refuses a foreign Origin but allows none', () => {
    expect(isAllowedOrigin({}, 4000)).toBe(true);
    expect(isAllowedOrigin({ origin: 'http://127.0.0.1:4000' }, 4000)).toBe(true);
    expect(isAllowedOrigin({ origin: 'https://evil.example' }, 4000)).toBe(false);
    expect(isAllowedOrigin({ origin: 'null' }, 4000)).toBe(false);
    expect(isAllowedOrigin({ origin: 'http://127.0.0.1:4000.evil.example' }, 4000)).toBe(false);
    expect(isAllowedOrigin({ origin: 'http://localhost:4000' }, 4000)).toBe(true);
    expect(isAllowedOrigin({ origin: 'https://127.0.0.1:4000' }, 4000)).toBe(false);
    expect(isAllowedOrigin({ origin: 'http://127.0.0.1:4001' }, 4000)).toBe(false);
    expect(isAllowedOrigin({ origin: 'http://127.0.0.1' }, 4000)).toBe(false);
    expect(isAllowedOrigin({ origin: '' }, 4000)).toBe(false);
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
    '/..\\secret', '/%2e%2e%5csecret', '/.%2e/secret', '/%2E%2E%2Fsecret', '/static/../../etc/passwd', '/index.html%00.png',
    'http://127.0.0.1:4000/../secret',
  ])('refuses traversal %s', (url) => {
    expect(resolveStaticPath('/srv/app', url, join)).toBeNull();
  });

  it('decodes once only: a double-encoded "..%252f" stays a harmless file name below the root', () => {
    expect(resolveStaticPath('/srv/app', '/..%252fsecret', join)).toBe('/srv/app/..%2fsecret');
  });

  it('keeps absolute paths below the root', () => {
    expect(resolveStaticPath('/srv/app', '//etc/passwd', join)).toBe('/srv/app/etc/passwd');
    expect(resolveStaticPath('/srv/app', '/%2fetc%2fpasswd', join)).toBe('/srv/app/etc/passwd');
  });

  it('maps normal paths below the root', () => {
    expect(resolveStaticPath('/srv/app', '/', join)).toBe('/srv/app/index.html');
    expect(resolveStaticPath('/srv/app', '/assets/a.js?v=1', join)).toBe('/srv/app/assets/a.js');
  });

  it('compares secrets exactly, and never accepts an empty one', () => {
    expect(sameSecret('abc', 'abc')).toBe(true);
    expect(sameSecret('abd', 'abc')).toBe(false);
    expect(sameSecret('abcd', 'abc')).toBe(false);
    expect(sameSecret('', '')).toBe(false);
    expect(hasValidToken({ 'x-t': '' }, 'x-t', '')).toBe(false);
  });

  it('names the cookie after the port, so two servers on one machine keep their own', () => {
    expect(sessionCookieName(4000)).toBe('stratboard-4000');
    expect(sessionCookieName(4000)).not.toBe(sessionCookieName(4001));
  });

  it('makes the cookie HttpOnly (no script reads it), SameSite=Strict (no other site sends it) and for the whole origin', () => {
    const header = sessionCookieHeader('stratboard-4000', 'v');
    expect(header.split('; ')).toEqual(['stratboard-4000=v', 'HttpOnly', 'SameSite=Strict', 'Path=/']);
    expect(header).not.toMatch(/Domain=|Max-Age=|Expires=/); // host-only, gone with the browser session
  });

  it('reads one cookie among others, and refuses an ambiguous pair', () => {
    expect(readCookie({ cookie: 'a=1; stratboard-4000=v; b=2' }, 'stratboard-4000')).toBe('v');
    expect(readCookie({ cookie: 'stratboard-4000=v=w' }, 'stratboard-4000')).toBe('v=w');
    expect(readCookie({ cookie: 'xstratboard-4000=v' }, 'stratboard-4000')).toBeNull();
    expect(readCookie({ cookie: 'stratboard-40000=v' }, 'stratboard-4000')).toBeNull();
    expect(readCookie({ cookie: 'stratboard-4000=v; stratboard-4000=w' }, 'stratboard-4000')).toBeNull();
    expect(readCookie({}, 'stratboard-4000')).toBeNull();
    expect(hasValidSessionCookie({ cookie: 'stratboard-4000=secret' }, 'stratboard-4000', 'secret')).toBe(true);
    expect(hasValidSessionCookie({ cookie: 'stratboard-4000=secreT' }, 'stratboard-4000', 'secret')).toBe(false);
    expect(hasValidSessionCookie({ cookie: 'stratboard-4001=secret' }, 'stratboard-4000', 'secret')).toBe(false);
  });

  it('recognises the link (the page with ?key=) and sends the browser on without the key', () => {
    expect(linkVisit('/?key=abc')).toEqual({ key: 'abc', location: '/' });
    expect(linkVisit('/index.html?key=abc')).toEqual({ key: 'abc', location: '/' });
    expect(linkVisit('/?lang=zh-CN&key=abc')).toEqual({ key: 'abc', location: '/?lang=zh-CN' });
    expect(linkVisit('/?key=a&key=b')).toEqual({ key: 'a', location: '/' });
    expect(linkVisit('/?key=')).toEqual({ key: '', location: '/' });
    expect(linkVisit('/')).toBeNull();
    expect(linkVisit('/assets/app.js?key=abc')).toBeNull();
    expect(linkVisit('/?x="><script>&key=abc')!.location).not.toMatch(/[<>"]/);
  });

  it('guards the pages (the token is in them); scripts, styles and fonts hold no data', () => {
    expect(needsSession('/srv/app/index.html')).toBe(true);
    expect(needsSession('/srv/app/assets/print.HTML')).toBe(true);
    expect(needsSession('/srv/app/assets/app.js')).toBe(false);
    expect(needsSession('/srv/app/assets/app.css')).toBe(false);
  });
});
