import type { ParseKeys } from 'i18next';
import { i18n } from './i18n';

/** Both languages' words as keywords, so "策略" and "strategy" find the same palette action either way. */
export function keywordsFor(key: ParseKeys): string[] {
  return [i18n.getFixedT('en')(key), i18n.getFixedT('zh-CN')(key)];
}
