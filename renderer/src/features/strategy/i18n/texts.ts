import { strategyTexts } from '../../../../../shared/i18n/texts';
import { withShared } from '../../../kernel/i18n/resources';
import { strategyEn } from './strategyEn';
import { strategyZh } from './strategyZh';

/**
 * The 'strategy' namespace: the words its print and export writers share (shared/i18n/strategy.*)
 * with the screens' own words over them, so both read the same strings.
 */
export const strategyNamespace = {
  en: withShared(strategyTexts.en, strategyEn),
  'zh-CN': withShared(strategyTexts['zh-CN'], strategyZh),
};
