import { calendarEn } from './calendar.en';
import { calendarZhCN } from './calendar.zhCN';
import { commonEn } from './common.en';
import { commonZhCN } from './common.zhCN';
import { documentsEn } from './documents.en';
import { documentsZhCN } from './documents.zhCN';
import { menuEn } from './menu.en';
import { menuZhCN } from './menu.zhCN';
import { planEn } from './plan.en';
import { planZhCN } from './plan.zhCN';
import { strategyEn } from './strategy.en';
import { strategyZhCN } from './strategy.zhCN';
import { workshopEn } from './workshop.en';
import { workshopZhCN } from './workshop.zhCN';
import type { UiLanguage } from '../schema/primitives';
import type { Bilingual } from './text';

/**
 * The shared namespaces in both UI languages: `xTexts[language]` is what a writer reads. The renderer
 * can give the same objects to i18next (its area namespaces spread them), so the UI and the printed
 * words cannot drift apart.
 */

export const calendarTexts: Bilingual<typeof calendarEn> = { en: calendarEn, 'zh-CN': calendarZhCN };
export const commonTexts: Bilingual<typeof commonEn> = { en: commonEn, 'zh-CN': commonZhCN };
export const documentsTexts: Bilingual<typeof documentsEn> = { en: documentsEn, 'zh-CN': documentsZhCN };
export const menuTexts: Bilingual<typeof menuEn> = { en: menuEn, 'zh-CN': menuZhCN };
export const planTexts: Bilingual<typeof planEn> = { en: planEn, 'zh-CN': planZhCN };
export const strategyTexts: Bilingual<typeof strategyEn> = { en: strategyEn, 'zh-CN': strategyZhCN };
export const workshopTexts: Bilingual<typeof workshopEn> = { en: workshopEn, 'zh-CN': workshopZhCN };

/** A namespace's words in either language: what a writer that takes a language works with. */
export type CalendarText = (typeof calendarTexts)[UiLanguage];
export type CommonText = (typeof commonTexts)[UiLanguage];
export type DocumentsText = (typeof documentsTexts)[UiLanguage];
export type PlanText = (typeof planTexts)[UiLanguage];
export type StrategyText = (typeof strategyTexts)[UiLanguage];
export type WorkshopText = (typeof workshopTexts)[UiLanguage];

/** Every shared namespace by name (fill.test.ts checks each string of each against i18next). */
export const SHARED_TEXTS = { calendar: calendarTexts, common: commonTexts, documents: documentsTexts, menu: menuTexts, plan: planTexts, strategy: strategyTexts, workshop: workshopTexts } as const;
