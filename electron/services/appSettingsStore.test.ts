import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppSettingsStore } from './appSettingsStore';

const posix = process.platform !== 'win32';

describe('AppSettingsStore', () => {
  it('writes settings.json owner-only (0600) in a folder it creates 0700', async () => {
    const root = await mkdtemp(join(tmpdir(), 'sb-settings-'));
    const settings = new AppSettingsStore(join(root, 'data'), 'en');
    await settings.update({ theme: 'dark' });
    expect(JSON.parse(await readFile(join(root, 'data', 'settings.json'), 'utf8')).theme).toBe('dark');
    expect((await settings.publicSettings()).saveProblem).toBeUndefined();
    if (posix) {
      expect((await stat(join(root, 'data', 'settings.json'))).mode & 0o777).toBe(0o600);
      expect((await stat(join(root, 'data'))).mode & 0o777).toBe(0o700);
    }
  });

  it('a folder that cannot be written keeps the settings in memory, says why, and recovers when it can', async () => {
    const root = await mkdtemp(join(tmpdir(), 'sb-settings-'));
    const blocker = join(root, 'profile');
    await writeFile(blocker, 'a file where the user-data folder should be');
    const settings = new AppSettingsStore(join(blocker, 'data'), 'en'); // mkdir: ENOTDIR
    const updated = await settings.update({ theme: 'dark', lastWorkspacePath: '/somewhere/plan.json' });
    expect(updated.theme).toBe('dark');
    expect((await settings.load()).lastWorkspacePath).toBe('/somewhere/plan.json');
    const shown = await settings.publicSettings();
    expect(shown.theme).toBe('dark');
    expect(shown.saveProblem).toMatch(/Settings could not be saved in .*profile.*data/);
    await settings.rememberWorkspace('/elsewhere/other.json'); // does not throw either
    expect((await settings.publicSettings()).recent[0]).toBe('/elsewhere/other.json');

    await rm(blocker);
    await settings.update({ language: 'zh-CN' });
    expect((await settings.publicSettings()).saveProblem).toBeUndefined();
    const onDisk = JSON.parse(await readFile(join(blocker, 'data', 'settings.json'), 'utf8'));
    expect(onDisk).toMatchObject({ theme: 'dark', language: 'zh-CN', recent: ['/elsewhere/other.json'] });
    expect(onDisk.saveProblem).toBeUndefined(); // never persisted
  });
});
