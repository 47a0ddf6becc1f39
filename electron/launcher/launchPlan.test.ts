import { describe, expect, it } from 'vitest';
import { browserOpener, desktopFailedPlan, desktopUserDataDir, hasDisplay, languageFromEnv, planLaunch, type MachineFacts } from './launchPlan';

const facts = (overrides: Partial<MachineFacts>): MachineFacts => ({
  platform: 'linux', env: { DISPLAY: ':0' }, isRoot: false, electron: { path: '/app/node_modules/electron/dist/electron' }, appDir: '/app', ...overrides,
});

describe('planLaunch', () => {
  it('opens the desktop window where Electron and a display are there', () => {
    expect(planLaunch(facts({}))).toEqual({ mode: 'desktop', electronPath: '/app/node_modules/electron/dist/electron', args: ['/app'], note: null });
  });

  it('runs in the browser when Electron was never installed or its binary never downloaded, and says how to get it', () => {
    const notInstalled = planLaunch(facts({ electron: { missing: 'not-installed' } }));
    expect(notInstalled).toMatchObject({ mode: 'web', reason: 'no-electron' });
    expect(notInstalled.mode === 'web' && notInstalled.explanation).toMatch(/Electron is not installed.*npm run install:electron/);
    const noBinary = planLaunch(facts({ electron: { missing: 'no-binary' } }));
    expect(noBinary.mode === 'web' && noBinary.explanation).toMatch(/binary was never downloaded/);
  });

  it('runs in the browser on Linux without X11 or Wayland, even with Electron installed', () => {
    expect(planLaunch(facts({ env: {} }))).toMatchObject({ mode: 'web', reason: 'no-display' });
    expect(planLaunch(facts({ env: { DISPLAY: '  ' } }))).toMatchObject({ mode: 'web', reason: 'no-display' });
    expect(planLaunch(facts({ env: { WAYLAND_DISPLAY: 'wayland-0' } }))).toMatchObject({ mode: 'desktop' });
  });

  it('needs no display variable on Windows and macOS', () => {
    expect(planLaunch(facts({ platform: 'win32', env: {} }))).toMatchObject({ mode: 'desktop' });
    expect(planLaunch(facts({ platform: 'darwin', env: {} }))).toMatchObject({ mode: 'desktop' });
  });

  it('as root on Linux turns off only Chromium\'s process sandbox, and says so', () => {
    const plan = planLaunch(facts({ isRoot: true }));
    expect(plan).toMatchObject({ mode: 'desktop', args: ['--no-sandbox', '/app'] });
    expect(plan.mode === 'desktop' && plan.note).toMatch(/root/);
  });

  it('explains a desktop window that died at start', () => {
    expect(desktopFailedPlan(1, null)).toMatchObject({ mode: 'web', reason: 'desktop-failed' });
    expect(desktopFailedPlan(null, 'SIGSEGV').mode === 'web' && desktopFailedPlan(null, 'SIGSEGV')).toMatchObject({ explanation: expect.stringContaining('SIGSEGV') });
  });
});

describe('the shared default workspace', () => {
  it('is in the folder Electron uses for userData ("Stratboard" under the app-data folder)', () => {
    expect(desktopUserDataDir('linux', {}, '/home/li')).toBe('/home/li/.config/Stratboard');
    expect(desktopUserDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/li')).toBe('/cfg/Stratboard');
    expect(desktopUserDataDir('darwin', {}, '/Users/li')).toBe('/Users/li/Library/Application Support/Stratboard');
    expect(desktopUserDataDir('win32', { APPDATA: 'C:\\Users\\li\\AppData\\Roaming' }, 'C:\\Users\\li')).toContain('Stratboard');
    expect(desktopUserDataDir('linux', { STRATBOARD_USER_DATA_DIR: '/tmp/x' }, '/home/li')).toBe('/tmp/x');
  });

  it('starts in the language of the OS locale, as the desktop app does', () => {
    expect(languageFromEnv({ LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(languageFromEnv({ LANG: 'en_US.UTF-8', LC_ALL: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(languageFromEnv({ LANG: 'zh_TW.UTF-8' })).toBe('en');
    expect(languageFromEnv({})).toBe('en');
  });
});

describe('opening the browser', () => {
  it('uses the platform opener, and none without a display', () => {
    expect(browserOpener('linux', { DISPLAY: ':0' }, '/tmp/l.html')).toEqual({ command: 'xdg-open', args: ['/tmp/l.html'] });
    expect(browserOpener('linux', {}, '/tmp/l.html')).toBeNull();
    expect(browserOpener('darwin', {}, '/tmp/l.html')?.command).toBe('open');
    expect(hasDisplay('win32', {})).toBe(true);
  });
});
