import { mkdir, readFile, rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { appSettings, type AppSettings } from '../../shared/contract/session';
import type { UiLanguage } from '../../shared/schema/primitives';
import { writeFileAtomic } from './atomicWrite';

/** App-level preferences (not part of any workspace): UI language, theme, recent files, window. */
const windowBounds = z.object({
  x: z.number().int(), y: z.number().int(),
  width: z.number().int().min(200).max(20_000), height: z.number().int().min(200).max(20_000),
  maximized: z.boolean(),
});
const storedSettings = appSettings.extend({
  lastWorkspacePath: z.string().nullable(),
  windowBounds: windowBounds.nullable(),
});
export type StoredSettings = z.infer<typeof storedSettings>;

const MAX_RECENT = 10;

export class AppSettingsStore {
  private data: StoredSettings | null = null;
  private readonly filePath: string;

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
    return { language, theme, recent };
  }

  async update(patch: Partial<StoredSettings>): Promise<StoredSettings> {
    const current = await this.load();
    this.data = storedSettings.parse({ ...current, ...patch });
    await mkdir(dirname(this.filePath), { recursive: true });
    await writeFileAtomic(this.filePath, `${JSON.stringify(this.data, null, 2)}\n`);
    return this.data;
  }

  async rememberWorkspace(path: string): Promise<void> {
    const current = await this.load();
    const recent = [path, ...current.recent.filter((p) => p !== path)].slice(0, MAX_RECENT);
    await this.update({ recent, lastWorkspacePath: path });
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
