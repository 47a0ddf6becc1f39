import type { TranslationOf } from '../../../../app/i18n/translationShape';
import type { boardEn } from './boardEn';

export const boardZh: TranslationOf<typeof boardEn> = {
  title: '便利贴板',
};
