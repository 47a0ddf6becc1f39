import type { TranslationOf } from '../../../app/i18n/translationShape';
import type { workshopEn } from './workshopEn';

export const workshopZh: TranslationOf<typeof workshopEn> = {
  title: '研讨会',
};
