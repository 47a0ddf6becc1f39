import { settingsEn } from './settingsEn';
import { settingsZh } from './settingsZh';

/** The 'settings' namespace. */
export const settingsNamespace = { en: settingsEn, 'zh-CN': settingsZh };
