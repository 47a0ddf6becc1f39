import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRANSPORT } from '../../shared/contract/events';
import { createServices } from '../services/createServices';
import type { Services } from '../services/serviceTypes';
import { startWebServer, type RunningWebServer } from './server';
import { MAX_BODY_BYTES } from './requestGuards';

let web: RunningWebServer;
let services: Services;

interface RawResponse { status: number; headers: Record<string, string | string[] | undefined>; body: string }

function raw(options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer; host?: string }): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: options.host ?? '127.0.0.1', port: web.port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

const rpc = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  raw({
    method: 'POST', path: `${TRANSPORT.httpRpcPrefix}${method}`, body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', [TRANSPORT.httpTokenHeader]: web.token, ...headers },
  });

beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), 'sb-web-'));
  const staticDir = join(root, 'static');
  await mkdir(join(staticDir, 'assets'), { recursive: true });
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
  await writeFile(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(root, 'secret.txt'), 'TOP-SECRET');
  services = await createServices({ userDataDir: join(root, 'data'), host: { kind: 'web', appVersion: '0.0.0-test' } });
  web = await startWebServer({ services, staticDir, port: 0 });
});

afterAll(async () => {
  await web.close();
  await services.close();
});

describe('web mode server', () => {
  it('serves index.html with the per-run token and a CSP header', async () => {
    const res = await raw({ path: '/' });
    expect(res.status).toBe(200);
    expect(res.body).toContain(`<meta name="${TRANSPORT.tokenMetaName}" content="${web.token}">`);
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('answers calls that carry the token', async () => {
    const res = await rpc('getAppInfo', {});
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { host: 'web' } });
  });

  it('rejects a missing or wrong token', async () => {
    const missing = await raw({ method: 'POST', path: '/rpc/getSession', body: '{}' });
    expect(missing.status).toBe(401);
    const wrong = await rpc('getSession', {}, { [TRANSPORT.httpTokenHeader]: 'nope' });
    expect(wrong.status).toBe(401);
    expect(JSON.parse(wrong.body).error.code).toBe('forbidden');
    const events = await raw({ path: TRANSPORT.httpEventsPath });
    expect(events.status).toBe(401);
  });

  it('rejects a foreign Origin and a foreign Host (DNS rebinding)', async () => {
    expect((await rpc('getSession', {}, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await raw({ path: '/', headers: { host: `evil.example:${web.port}` } })).status).toBe(403);
    expect((await rpc('getSession', {}, { host: `attacker.test:${web.port}` })).status).toBe(403);
  });

  it('rejects an oversized body with 413', async () => {
    const big = Buffer.alloc(MAX_BODY_BYTES + 1024, 0x20);
    const res = await raw({ method: 'POST', path: '/rpc/getSession', body: big, headers: { [TRANSPORT.httpTokenHeader]: web.token } });
    expect(res.status).toBe(413);
  });

  it('answers invalid payloads and unknown methods with typed errors', async () => {
    const bad = JSON.parse((await rpc('applyChange', { baseRevision: -1, patches: 'x' })).body);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(bad.error.issues.length).toBeGreaterThan(0);
    const unknown = JSON.parse((await rpc('deleteEverything', {})).body);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    const notJson = await raw({ method: 'POST', path: '/rpc/getSession', body: '{oops', headers: { [TRANSPORT.httpTokenHeader]: web.token } });
    expect(JSON.parse(notJson.body).error.code).toBe('invalid-input');
    const pollution = JSON.parse((await rpc('applyChange', { baseRevision: 0, patches: [{ op: 'add', path: ['__proto__', 'polluted'], value: 1 }] })).body);
    expect(pollution.error.code).toBe('invalid-input');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/assets/%2e%2e/%2e%2e/secret.txt'])(
    'does not serve %s outside the renderer folder', async (path) => {
      const res = await raw({ path });
      expect(res.status).toBe(404);
      expect(res.body).not.toContain('TOP-SECRET');
    },
  );

  it('binds 127.0.0.1 only', async () => {
    expect(web.server.address()).toMatchObject({ address: '127.0.0.1' });
    const others = Object.values(networkInterfaces()).flat().filter((a) => a && !a.internal && a.family === 'IPv4');
    for (const address of others) {
      await expect(raw({ path: '/', host: address!.address })).rejects.toThrow(/ECONNREFUSED/);
    }
  });

  it('hands out save status events to a polling client after a change', async () => {
    const session = JSON.parse((await rpc('getSession', {})).body).value;
    const headers = { [TRANSPORT.httpTokenHeader]: web.token };
    const start = JSON.parse((await raw({ path: `${TRANSPORT.httpEventsPath}?after=-1`, headers })).body);
    const change = await rpc('applyChange', { baseRevision: session.revision, patches: [{ op: 'replace', path: ['name'], value: 'Renamed over HTTP' }] });
    expect(JSON.parse(change.body)).toMatchObject({ ok: true });
    await services.flush();
    const batch = JSON.parse((await raw({ path: `${TRANSPORT.httpEventsPath}?after=${start.next}`, headers })).body);
    expect(batch.reset).toBe(false);
    expect(batch.events.map((e: { name: string; payload: { state?: string } }) => `${e.name}:${e.payload.state}`)).toContain('saveStatus:saved');
  });
});
