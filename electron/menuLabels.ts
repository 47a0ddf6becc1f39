import type { UiLanguage } from '../shared/schema/primitives';

/**
 * The native menu's words in both UI languages. The renderer has its own i18n; the menu
 * is drawn by the OS from the main process, so its strings live here.
 * Language names stay in their own language in both tables, so a user can always find theirs.
 */
export interface MenuLabels {
  file: string;
  newWorkspace: string;
  open: string;
  saveCopyAs: string;
  openRecent: string;
  noRecent: string;
  showBackups: string;
  quit: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  view: string;
  language: string;
  theme: string;
  themeLight: string;
  themeDark: string;
  themeSystem: string;
  commandPalette: string;
  toggleFullScreen: string;
  reload: string;
  toggleDevTools: string;
  window: string;
  help: string;
  about: string;
  hide: string;
  hideOthers: string;
  showAll: string;
  services: string;
  workspaceFileFilter: string;
}

export const LANGUAGE_NAMES: Record<UiLanguage, string> = { en: 'English', 'zh-CN': '简体中文' };

export const MENU_LABELS: Record<UiLanguage, MenuLabels> = {
  en: {
    file: '&File',
    newWorkspace: 'New Workspace…',
    open: 'Open…',
    saveCopyAs: 'Save a Copy As…',
    openRecent: 'Open Recent',
    noRecent: 'No Recent Workspaces',
    showBackups: 'Show Backups',
    quit: 'Quit Stratboard',
    edit: '&Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: '&View',
    language: 'Language',
    theme: 'Theme',
    themeLight: 'Light',
    themeDark: 'Dark',
    themeSystem: 'System',
    commandPalette: 'Command Palette…',
    toggleFullScreen: 'Toggle Full Screen',
    reload: 'Reload',
    toggleDevTools: 'Toggle Developer Tools',
    window: '&Window',
    help: '&Help',
    about: 'About Stratboard',
    hide: 'Hide Stratboard',
    hideOthers: 'Hide Others',
    showAll: 'Show All',
    services: 'Services',
    workspaceFileFilter: 'Stratboard workspace',
  },
  'zh-CN': {
    file: '文件(&F)',
    newWorkspace: '新建工作区…',
    open: '打开…',
    saveCopyAs: '另存副本为…',
    openRecent: '最近打开',
    noRecent: '没有最近的工作区',
    showBackups: '显示备份',
    quit: '退出 Stratboard',
    edit: '编辑(&E)',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    view: '视图(&V)',
    language: '语言',
    theme: '主题',
    themeLight: '浅色',
    themeDark: '深色',
    themeSystem: '跟随系统',
    commandPalette: '命令面板…',
    toggleFullScreen: '切换全屏',
    reload: '重新加载',
    toggleDevTools: '切换开发者工具',
    window: '窗口(&W)',
    help: '帮助(&H)',
    about: '关于 Stratboard',
    hide: '隐藏 Stratboard',
    hideOthers: '隐藏其他',
    showAll: '全部显示',
    services: '服务',
    workspaceFileFilter: 'Stratboard 工作区',
  },
};
