import { join } from 'node:path';

/**
 * What `npm start` does on this machine, as pure functions so every branch is unit-tested:
 * the desktop window where Electron is installed and a display exists, otherwise the same app in
 * the browser (web mode) on the same default workspace the desktop app would use.
 */

export type ElectronLookup = { path: string } | { missing: 'not-installed' | 'no-binary' };

export type LaunchPlan =
  | { mode: 'desktop'; electronPath: string; args: string[]; note: string | null }
  | { mode: 'web'; reason: 'no-electron' | 'no-display' | 'desktop-failed'; explanation: string };

export interface MachineFacts {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  /** Root cannot start Chromium's sandbox on Linux; Electron refuses to run as root without --no-sandbox. */
  isRoot: boolean;
  electron: ElectronLookup;
  /** The folder holding package.json (Electron runs it as `electron <folder>`). */
  appDir: string;
}

const GET_ELECTRON = 'run `npm run install:electron` where github.com is reachable (README › Quick start › Desktop window)';

/** True where a window can be shown: always on Windows and macOS, with X11 or Wayland elsewhere. */
export function hasDisplay(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): boolean {
  if (platform === 'win32' || platform === 'darwin') return true;
  return Boolean(env.DISPLAY?.trim() || env.WAYLAND_DISPLAY?.trim());
}

export function planLaunch(facts: MachineFacts): LaunchPlan {
  if ('missing' in facts.electron) {
    const what = facts.electron.missing === 'not-installed' ? 'Electron is not installed' : 'the Electron binary was never downloaded';
    return { mode: 'web', reason: 'no-electron', explanation: `Running in your browser because ${what}; for the desktop window, ${GET_ELECTRON}.` };
  }
  if (!hasDisplay(facts.platform, facts.env)) {
    return {
      mode: 'web',
      reason: 'no-display',
      explanation: 'Running in your browser because this session has no display (DISPLAY and WAYLAND_DISPLAY are unset); run `npm start` in a desktop session for the desktop window.',
    };
  }
  const rootOnLinux = facts.isRoot && facts.platform === 'linux';
  return {
    mode: 'desktop',
    electronPath: facts.electron.path,
    args: [...(rootOnLinux ? ['--no-sandbox'] : []), facts.appDir],
    note: rootOnLinux ? 'Running as root: Chromium\'s process sandbox is off (the page sandbox and isolation stay on); run as a normal user to keep it.' : null,
  };
}

/** The explanation when Electron was there but the window did not come up (missing system libraries, a broken display). */
export function desktopFailedPlan(exitCode: number | null, signal: string | null): Extract<LaunchPlan, { mode: 'web' }> {
  const how = signal ? `was stopped by ${signal}` : `exited with code ${exitCode}`;
  return {
    mode: 'web',
    reason: 'desktop-failed',
    explanation: `Running in your browser because the desktop window did not start (Electron ${how}, see its message above).`,
  };
}

/** Electron's userData folder for the product name "Stratboard" (app.getPath('userData')), so both modes open the same workspace. */
export function desktopUserDataDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  if (env.STRATBOARD_USER_DATA_DIR) return env.STRATBOARD_USER_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Stratboard');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Stratboard');
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'Stratboard');
}

/** The first-launch language, as the desktop app picks it from the OS locale (LC_ALL, LC_MESSAGES, LANG on Unix). */
export function languageFromEnv(env: NodeJS.ProcessEnv): 'en' | 'zh-CN' {
  const locale = (env.LC_ALL || env.LC_MESSAGES || env.LANG || '').split('.')[0]!.replace('_', '-');
  return /^zh(-(CN|SG|Hans.*))?$/i.test(locale) ? 'zh-CN' : 'en';
}

/** How to open a file or link in the default browser, or null where there is none to open (no display). */
export function browserOpener(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, target: string): { command: string; args: string[] } | null {
  if (platform === 'darwin') return { command: 'open', args: [target] };
  if (platform === 'win32') return { command: 'explorer.exe', args: [target] };
  if (!hasDisplay(platform, env)) return null;
  return { command: 'xdg-open', args: [target] };
}
