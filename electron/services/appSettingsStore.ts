import { mkdir, readFile, rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { appSettings, type AppSettings } from '../../shared/contract/session';
import type { UiLanguage } from '../../shared/schema/primitives';
import { writeFileAtomic } from './atomicWrite';
import { describeIoError } from './workspaceFile';

/** App-level preferences (not part of any workspace): UI language, theme, recent files, window. */
const windowBounds = z.object({
  x: z.number().int(), y: z.number().int(),
  width: z.number().int().min(200).max(20_000), height: z.number().int().min(200).max(20_000),
  maximized: z.boolean(),
});
const storedSettings = appSettings.omit({ saveProblem: true }).extend({
  lastWorkspacePath: z.string().nullable(),
  windowBounds: windowBounds.nullable(),
});
export type StoredSettings = z.infer<typeof storedSettings>;

const MAX_RECENT = 10;

/**
 * The settings file, `settings.json` in the user-data folder (owner-only: 0600, its folder 0700).
 *
 * Never a reason for the app not to start or not to work: a user-data folder that is full,
 * read-only, or cannot even be created (a profile on a broken network drive) only means the
 * settings are not remembered. update() then keeps the new values in memory, returns them, and
 * records why (`saveProblem`, also in publicSettings() for the UI); the next write that works
 * clears it.
 */
export class AppSettingsStore {
  private data: StoredSettings | null = null;
  private readonly filePath: string;
  /** Why the settings could not be written last time; null when they were (or nothing was tried). */
  saveProblem: string | null = null;

  constructor(userDataDir: string, private readonly firstLaunchLanguage: UiLanguage) {
    this.filePath = join(userDataDir, 'settings.json');
  }

  /** True until settings were saved once: the first launch. */
  isFirstLaunch = false;

  async load(): Promise<StoredSettings> {
    if (this.data) return this.data;
    const defaults: StoredSettings = { language: this.firstLaunchLanguage, theme: 'auto', recent: [], lastWorkspacePath: null, windowBounds: null };
    let text: string | null = null;
    try {
      text = await readFile(this.filePath, 'utf8');
    } catch {
      this.isFirstLaunch = true;
    }
    if (text !== null) {
      const parsed = safeJson(text);
      const checked = storedSettings.safeParse(parsed);
      if (checked.success) {
        this.data = checked.data;
        return this.data;
      }
      // Damaged preferences are set aside (not deleted) and defaults used; they hold no user work.
      await rename(this.filePath, `${this.filePath}.damaged-${Date.now()}`).catch(() => {});
    }
    this.data = defaults;
    return this.data;
  }

  async publicSettings(): Promise<AppSettings> {
    const { language, theme, recent } = await this.load();
    return this.saveProblem === null ? { language, theme, recent } : { language, theme, recent, saveProblem: this.saveProblem };
  }

  /** Applies `patch` (in memory at once) and tries to write it; a failed write is recorded, not thrown. */
  async update(patch: Partial<StoredSettings>): Promise<StoredSettings> {
    const current = await this.load();
    this.data = storedSettings.parse({ ...current, ...patch });
    try {
      await this.write(this.data);
      this.saveProblem = null;
    } catch (error) {
      this.noteProblem(error);
    }
    return this.data;
  }

  /** Records why the user-data folder cannot hold the settings (also used when it cannot be created at start). */
  noteProblem(error: unknown): void {
    this.saveProblem = `Settings could not be saved in ${dirname(this.filePath)}: ${describeIoError(error)} They apply until Stratboard closes.`;
  }

  async rememberWorkspace(path: string): Promise<void> {
    const current = await this.load();
    const recent = [path, ...current.recent.filter((p) => p !== path)].slice(0, MAX_RECENT);
    await this.update({ recent, lastWorkspacePath: path });
  }

  private async write(data: StoredSettings): Promise<void> {
    const folder = dirname(this.filePath);
    // Created owner-only; an existing folder keeps its mode (the user may have chosen it, web mode's --data).
    await mkdir(folder, { recursive: true, mode: 0o700 });
    await writeFileAtomic(this.filePath, `${JSON.stringify(data, null, 2)}\n`, { mode: 0o600 });
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
