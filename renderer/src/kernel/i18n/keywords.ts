import { i18n } from './i18n';
import type { Ns, TKey } from './typedT';

/** Both languages' words as keywords, so "策略" and "strategy" find the same palette action either way. */
export function keywordsFor<N extends Ns = 'app'>(key: TKey<N>, ns?: N): string[] {
  return [i18n.getFixedT('en', ns ?? 'app')(key as never), i18n.getFixedT('zh-CN', ns ?? 'app')(key as never)];
}
