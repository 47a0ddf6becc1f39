import { useCallback } from 'react';
import { planSectionTitle } from '../../../../../shared/plan/print/sectionTitles';
import type { MarketingPlan, PlanSectionId } from '../../../../../shared/schema/marketingPlan';
import type { UiLanguage } from '../../../../../shared/schema/primitives';
import { useT } from '../../../kernel/i18n/typedT';

/** The name of a section in the builder: the printed title, except the cover, which prints the plan title. */
export function useSectionTitle(language: UiLanguage): (id: PlanSectionId, plan: MarketingPlan) => string {
  const { t } = useT('plan');
  return useCallback((id: PlanSectionId) => (id === 'cover' ? t('sections.cover') : planSectionTitle(id, language)), [t, language]);
}
