import { IconTarget } from '@tabler/icons-react';
import { defineArea } from '../../kernel/areas/areaDescriptor';
import { strategyNamespace } from './i18n/texts';
import { StrategyPage } from './StrategyPage';
import { useStrategyPaletteGroup } from './useStrategyPaletteGroup';

declare module '../../kernel/routing/route' {
  interface AreaIds { strategy: true }
}
declare module '../../kernel/i18n/resources' {
  interface AreaNamespaces { strategy: typeof strategyNamespace.en }
}

/** Strategy canvases, their charts and the side-by-side comparison. */
export const area = defineArea({
  id: 'strategy',
  navKey: 'nav.strategy',
  icon: IconTarget,
  page: StrategyPage,
  resources: { en: { strategy: strategyNamespace.en }, 'zh-CN': { strategy: strategyNamespace['zh-CN'] } },
  usePaletteGroup: useStrategyPaletteGroup,
});
