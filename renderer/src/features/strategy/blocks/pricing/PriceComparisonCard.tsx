import { Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Strategy } from '../../../../../../shared/schema/strategy';
import { priceComparison } from '../../../../../../shared/strategy/priceComparison';
import { useCanvasFormat } from '../../canvas/useCanvasFormat';
import { PriceComparisonChart } from '../../charts';

/** Our tiers beside the competitors' typical prices (entered under market research). */
export function PriceComparisonCard({ strategy }: { strategy: Strategy }) {
  const { t } = useTranslation();
  const format = useCanvasFormat(strategy.currency);
  const bars = useMemo(() => priceComparison(strategy), [strategy]);
  const labels = useMemo(() => ({ own: t('strategy.pricing.ours'), competitor: t('strategy.pricing.theirs') }), [t]);
  // Nothing to compare until both sides have a price: our tiers alone are not a comparison.
  const comparable = bars.some((bar) => bar.kind === 'own') && bars.some((bar) => bar.kind === 'competitor');

  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <div>
          <Title order={3} size="h5">{t('strategy.pricing.comparison')}</Title>
          <Text size="sm" c="dimmed">{t('strategy.pricing.comparisonHint')}</Text>
        </div>
        {comparable ? (
          <PriceComparisonChart bars={bars} labels={labels} formatMoney={format.price} ariaLabel={t('strategy.pricing.comparisonLabel')} height={260} />
        ) : (
          <Text size="sm" c="dimmed">{t('strategy.pricing.comparisonEmpty')}</Text>
        )}
      </Stack>
    </Paper>
  );
}
