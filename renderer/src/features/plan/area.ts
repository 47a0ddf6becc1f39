import { IconPresentationAnalytics } from '@tabler/icons-react';
import { defineArea } from '../../kernel/areas/areaDescriptor';
import { planNamespace } from './i18n/texts';
import { PlanPage } from './PlanPage';

declare module '../../kernel/routing/route' {
  interface AreaIds { plan: true }
}
declare module '../../kernel/i18n/resources' {
  interface AreaNamespaces { plan: typeof planNamespace.en }
}

/** The marketing plan: sections chosen and ordered, previewed and written as a PDF. */
export const area = defineArea({
  id: 'plan',
  navKey: 'nav.plan',
  icon: IconPresentationAnalytics,
  page: PlanPage,
  resources: { en: { plan: planNamespace.en }, 'zh-CN': { plan: planNamespace['zh-CN'] } },
});
