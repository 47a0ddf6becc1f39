import { Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Strategy } from '../../../../../../shared/schema/strategy';
import { priceComparison } from '../../../../../../shared/strategy/priceComparison';
import { useCanvasFormat } from '../../canvas/useCanvasFormat';
import { PriceComparisonChart } from '../../charts';
import { TitledCard } from '../../canvas/TitledCard';

/** Our tiers beside the competitors' typical prices (entered under market research). */
export function PriceComparisonCard({ strategy }: { strategy: Strategy }) {
  const { t } = useTranslation();
  const format = useCanvasFormat(strategy.currency);
  const bars = useMemo(() => priceComparison(strategy), [strategy]);
  const labels = useMemo(() => ({ own: t('strategy.pricing.ours'), competitor: t('strategy.pricing.theirs') }), [t]);
  // Nothing to compare until both sides have a price: our tiers alone are not a comparison.
  const comparable = bars.some((bar) => bar.kind === 'own') && bars.some((bar) => bar.kind === 'competitor');

  return (
    <TitledCard title={t('strategy.pricing.comparison')} hint={t('strategy.pricing.comparisonHint')}>
      {comparable ? (
        <PriceComparisonChart bars={bars} labels={labels} formatMoney={format.price} ariaLabel={t('strategy.pricing.comparisonLabel')} height={260} />
      ) : (
        <Text size="sm" c="dimmed">{t('strategy.pricing.comparisonEmpty')}</Text>
      )}
    </TitledCard>
  );
}
