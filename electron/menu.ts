import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../shared/contract/events';
import type { AppSettings } from '../shared/contract/session';
import { menuTexts } from '../shared/i18n/texts';
import type { UiLanguage } from '../shared/schema/primitives';
import type { Services } from './services/serviceTypes';

type Theme = AppSettings['theme'];

/**
 * The native menu. Items that need the UI (dialogs, undo history, the palette) are sent to
 * the renderer as 'command' events; the renderer owns those flows so keyboard, menu and
 * in-app buttons behave the same. Items that change settings go through services.dispatch,
 * the same validated path the renderer uses. Returns a function that stops the rebuilds.
 */
export function installAppMenu(services: Services, options: { isPackaged: boolean }): () => void {
  let building = Promise.resolve();
  const rebuild = () => {
    // Serialized so a quick language switch cannot leave an older menu on top.
    building = building
      .then(async () => {
        const settings = await services.settings.get();
        Menu.setApplicationMenu(Menu.buildFromTemplate(buildTemplate(services, settings, options.isPackaged)));
      })
      .catch((error: unknown) => console.error('[stratboard] could not build the menu:', error));
  };
  rebuild();
  // Language/theme come with appSettingsChanged; "Open recent" changes whenever a workspace opens.
  return services.onEvent((event) => {
    if (event.name === 'appSettingsChanged' || event.name === 'sessionChanged') rebuild();
  });
}

function buildTemplate(services: Services, settings: AppSettings, isPackaged: boolean): MenuItemConstructorOptions[] {
  const isMac = process.platform === 'darwin';
  const t = menuTexts[settings.language];
  // '&' marks a keyboard mnemonic on Windows/Linux; macOS menus have none and would show it.
  const top = (label: string) => (isMac ? label.replace(/\(&\w\)$/, '').replace('&', '') : label);
  const send = (command: AppCommand) => () => services.emit({ name: 'command', payload: { command } });
  const update = (patch: { language?: UiLanguage; theme?: Theme }) => () => {
    void services.dispatch('updateAppSettings', patch).then((result) => {
      if (!result.ok) console.error('[stratboard] settings change refused:', result.error);
    });
  };

  const recentItems: MenuItemConstructorOptions[] =
    settings.recent.length === 0
      ? [{ label: t.noRecent, enabled: false }]
      : settings.recent.map((path) => ({
          // Shown verbatim: '&' in a file name must not become a mnemonic.
          label: path.replace(/&/g, '&&'),
          click: () => {
            void services.openPath(path).catch((error: unknown) => console.error('[stratboard] could not open', path, error));
          },
        }));

  const appMenu: MenuItemConstructorOptions = {
    label: app.name,
    submenu: [
      { label: t.about, click: send('about') },
      { type: 'separator' },
      { role: 'services', label: t.services },
      { type: 'separator' },
      { role: 'hide', label: t.hide },
      { role: 'hideOthers', label: t.hideOthers },
      { role: 'unhide', label: t.showAll },
      { type: 'separator' },
      { role: 'quit', label: t.quit },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: top(t.file),
    submenu: [
      { label: t.newWorkspace, accelerator: 'CmdOrCtrl+N', click: send('new-workspace') },
      { label: t.open, accelerator: 'CmdOrCtrl+O', click: send('open-workspace') },
      { label: t.saveCopyAs, accelerator: 'CmdOrCtrl+Shift+S', click: send('save-copy') },
      { label: t.openRecent, submenu: recentItems },
      { type: 'separator' },
      { label: t.showBackups, click: send('show-backups') },
      ...(isMac ? [] : ([{ type: 'separator' }, { role: 'quit', label: t.quit }] as MenuItemConstructorOptions[])),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: top(t.edit),
    submenu: [
      // Custom items, not roles: the renderer decides between text undo in a field and workspace undo.
      { label: t.undo, accelerator: 'CmdOrCtrl+Z', click: send('undo') },
      { label: t.redo, accelerator: 'CmdOrCtrl+Shift+Z', click: send('redo') },
      { type: 'separator' },
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      { role: 'selectAll', label: t.selectAll },
    ],
  };

  const languages = Object.keys(t.languageNames) as UiLanguage[];
  const themes: Array<[Theme, 'themeLight' | 'themeDark' | 'themeSystem']> = [['light', 'themeLight'], ['dark', 'themeDark'], ['auto', 'themeSystem']];
  const viewMenu: MenuItemConstructorOptions = {
    label: top(t.view),
    submenu: [
      {
        label: t.language,
        submenu: languages.map((language) => ({
          label: t.languageNames[language],
          type: 'radio' as const,
          checked: settings.language === language,
          click: update({ language }),
        })),
      },
      {
        label: t.theme,
        submenu: themes.map(([theme, key]) => ({
          label: t[key],
          type: 'radio' as const,
          checked: settings.theme === theme,
          click: update({ theme }),
        })),
      },
      { type: 'separator' },
      { label: t.commandPalette, accelerator: 'CmdOrCtrl+K', click: send('command-palette') },
      { role: 'togglefullscreen', label: t.toggleFullScreen },
      // Developer items only in unpackaged runs: a shipped app offers no console to paste code into.
      ...(isPackaged
        ? []
        : ([
            { type: 'separator' },
            { role: 'reload', label: t.reload },
            { role: 'toggleDevTools', label: t.toggleDevTools },
          ] as MenuItemConstructorOptions[])),
    ],
  };

  const windowMenu: MenuItemConstructorOptions = { role: 'windowMenu', label: top(t.window) };

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: top(t.help),
    submenu: [{ label: t.about, click: send('about') }],
  };

  return isMac ? [appMenu, fileMenu, editMenu, viewMenu, windowMenu, helpMenu] : [fileMenu, editMenu, viewMenu, helpMenu];
}
