import { workshopTexts } from '../../../../../shared/i18n/texts';
import { withShared } from '../../../kernel/i18n/resources';
import { boardEn } from '../board/i18n/boardEn';
import { boardZh } from '../board/i18n/boardZh';
import { runEn } from '../run/i18n/runEn';
import { runZh } from '../run/i18n/runZh';
import { workshopEn } from './workshopEn';
import { workshopZh } from './workshopZh';

/**
 * The 'workshop' namespace: the words its print and export writers share (shared/i18n/workshop.*)
 * with the screens' own words over them, so both read the same strings.
 */
export const workshopNamespace = {
  en: withShared(workshopTexts.en, { ...workshopEn, run: runEn, board: boardEn }),
  'zh-CN': withShared(workshopTexts['zh-CN'], { ...workshopZh, run: runZh, board: boardZh }),
};
