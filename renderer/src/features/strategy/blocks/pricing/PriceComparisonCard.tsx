import { Text } from '@mantine/core';
import { useMemo } from 'react';
import { useT } from '../../../../kernel/i18n/typedT';
import type { Strategy } from '../../../../../../shared/schema/strategy';
import { priceComparison } from '../../../../../../shared/strategy/priceComparison';
import { useCanvasFormat } from '../../canvas/useCanvasFormat';
import { PriceComparisonChart } from '../../charts';
import { TitledCard } from '../../canvas/TitledCard';

/** Our tiers beside the competitors' typical prices (entered under market research). */
export function PriceComparisonCard({ strategy }: { strategy: Strategy }) {
  const { t } = useT('strategy');
  const format = useCanvasFormat(strategy.currency);
  const bars = useMemo(() => priceComparison(strategy), [strategy]);
  const labels = useMemo(() => ({ own: t('pricing.ours'), competitor: t('pricing.theirs') }), [t]);
  // Nothing to compare until both sides have a price: our tiers alone are not a comparison.
  const comparable = bars.some((bar) => bar.kind === 'own') && bars.some((bar) => bar.kind === 'competitor');

  return (
    <TitledCard title={t('pricing.comparison')} hint={t('pricing.comparisonHint')}>
      {comparable ? (
        <PriceComparisonChart bars={bars} labels={labels} formatMoney={format.price} ariaLabel={t('pricing.comparisonLabel')} height={260} />
      ) : (
        <Text size="sm" c="dimmed">{t('pricing.comparisonEmpty')}</Text>
      )}
    </TitledCard>
  );
}
