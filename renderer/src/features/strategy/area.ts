import { IconTarget } from '@tabler/icons-react';
import { defineArea } from '../../kernel/areas/areaDescriptor';
import { strategyEn } from './i18n/strategyEn';
import { strategyZh } from './i18n/strategyZh';
import { StrategyPage } from './StrategyPage';
import { useStrategyPaletteGroup } from './useStrategyPaletteGroup';

declare module '../../kernel/routing/route' {
  interface AreaIds { strategy: true }
}
declare module '../../kernel/i18n/resources' {
  interface AreaTranslation { strategy: typeof strategyEn }
}

/** Strategy canvases, their charts and the side-by-side comparison. */
export const area = defineArea({
  id: 'strategy',
  navKey: 'nav.strategy',
  icon: IconTarget,
  page: StrategyPage,
  resources: { en: { translation: { strategy: strategyEn } }, 'zh-CN': { translation: { strategy: strategyZh } } },
  usePaletteGroup: useStrategyPaletteGroup,
});
