import type { TranslationOf } from '../../../../app/i18n/translationShape';
import type { runEn } from './runEn';

export const runZh: TranslationOf<typeof runEn> = {
  title: '运行',
};
