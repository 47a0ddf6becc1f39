import { dashboardEn } from './dashboardEn';
import { dashboardZh } from './dashboardZh';

/** The 'dashboard' namespace. */
export const dashboardNamespace = { en: dashboardEn, 'zh-CN': dashboardZh };
