import { planTexts } from '../../../../../shared/i18n/texts';
import { withShared } from '../../../kernel/i18n/resources';
import { planEn } from './planEn';
import { planZh } from './planZh';

/**
 * The 'plan' namespace: the words its print and export writers share (shared/i18n/plan.*)
 * with the screens' own words over them, so both read the same strings.
 */
export const planNamespace = {
  en: withShared(planTexts.en, planEn),
  'zh-CN': withShared(planTexts['zh-CN'], planZh),
};
