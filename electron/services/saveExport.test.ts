import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { HostCapabilities } from './serviceTypes';
import { createServices } from './createServices';

const root = await mkdtemp(join(tmpdir(), 'stratboard-save-export-'));
afterAll(() => rm(root, { recursive: true, force: true }));

async function services(host: Partial<HostCapabilities>) {
  return createServices({ userDataDir: await mkdtemp(join(root, 'data-')), host: { kind: 'web', appVersion: 'test', ...host } });
}

describe('saveExport', () => {
  it('answers unsupported where the host has no save dialog (web mode downloads instead)', async () => {
    const s = await services({});
    const result = await s.dispatch('saveExport', { suggestedName: 'Plan.pdf', kind: 'pdf', dataBase64: 'JVBERi0=', openAfterSave: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'unsupported' } });
    await s.close();
  });

  it('hands the decoded bytes to the host and returns where they were saved', async () => {
    let received: { bytes: Uint8Array; kind: string; openAfterSave: boolean } | null = null;
    const s = await services({
      kind: 'desktop',
      saveExport: async (input) => {
        received = input;
        return { path: '/home/li/Plan.pdf' };
      },
    });
    const result = await s.dispatch('saveExport', { suggestedName: 'Plan.pdf', kind: 'pdf', dataBase64: Buffer.from('%PDF-1.7').toString('base64'), openAfterSave: true });
    expect(result).toEqual({ ok: true, value: { path: '/home/li/Plan.pdf' } });
    expect(Buffer.from(received!.bytes).toString()).toBe('%PDF-1.7');
    expect(received!.openAfterSave).toBe(true);
    await s.close();
  });

  it('refuses an empty file and data that is not base64 before the host sees them', async () => {
    let called = false;
    const s = await services({ kind: 'desktop', saveExport: async () => { called = true; return { path: null }; } });
    expect(await s.dispatch('saveExport', { suggestedName: 'a.pdf', kind: 'pdf', dataBase64: '', openAfterSave: false })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await s.dispatch('saveExport', { suggestedName: 'a.pdf', kind: 'pdf', dataBase64: '<script>', openAfterSave: false })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await s.dispatch('saveExport', { suggestedName: 'a.exe', kind: 'exe', dataBase64: 'AAAA', openAfterSave: false })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(called).toBe(false);
    await s.close();
  });
});
