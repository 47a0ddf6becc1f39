import { List, Text } from '@mantine/core';
import { useT } from '../../../kernel/i18n/typedT';
import { positioningSentence } from '../../../../../shared/documents/strategyBlocks/positioningSentence';
import type { Strategy } from '../../../../../shared/schema/strategy';
import { breakEven, breakEvenTier } from '../../../../../shared/strategy/breakEven';
import { mapEntries } from '../../../../../shared/strategy/perceptualMap';
import { currentLanguage } from '../../../kernel/i18n/i18n';
import { useCanvasFormat } from '../canvas/useCanvasFormat';
import { PerceptualMapChart } from '../charts';

export const COMPARE_ROWS = ['statement', 'differentiation', 'map', 'strategyType', 'tiers', 'breakEven', 'channels'] as const;
export type CompareRow = (typeof COMPARE_ROWS)[number];

/** One strategy's cell in one row of the comparison. Read-only: editing happens on the canvas. */
export function CompareColumn({ strategy, row }: { strategy: Strategy; row: CompareRow }) {
  const { t } = useT('strategy');
  const format = useCanvasFormat(strategy.currency);
  const statement = positioningSentence(strategy.positioning.statement, currentLanguage());
  const none = <Text c="dimmed" size="sm">{t('compareView.notSet')}</Text>;

  switch (row) {
    case 'statement':
      return <Text size="sm">{statement}</Text>;
    case 'differentiation':
      return strategy.positioning.differentiationPoints.length === 0 ? none : (
        <List size="sm" spacing={4}>
          {strategy.positioning.differentiationPoints.map((point) => <List.Item key={point.id}>{point.text}</List.Item>)}
        </List>
      );
    case 'map': {
      const { map } = strategy.positioning;
      const entries = mapEntries(strategy.positioning, strategy.research.competitors, strategy.product || t('positioning.ownProduct'))
        .flatMap((entry) => (entry.point ? [{ key: entry.key, kind: entry.kind, label: entry.label, x: entry.point.x, y: entry.point.y }] : []));
      return entries.length === 0 ? none : (
        <PerceptualMapChart
          entries={entries}
          xAxis={map.xAxis}
          yAxis={map.yAxis}
          ariaLabel={t('positioning.mapAria', { x: `${map.xAxis.low}–${map.xAxis.high}`, y: `${map.yAxis.low}–${map.yAxis.high}` })}
          height={240}
        />
      );
    }
    case 'strategyType': {
      const type = strategy.pricing.strategyType;
      return type === null ? none : (
        <>
          <Text size="sm" fw={600}>{t(`pricing.strategyTypes.${type}`)}</Text>
          <Text size="xs" c="dimmed">{t(`pricing.explanations.${type}`)}</Text>
        </>
      );
    }
    case 'tiers':
      return strategy.pricing.tiers.length === 0 ? none : (
        <List size="sm" spacing={4}>
          {strategy.pricing.tiers.map((tier) => <List.Item key={tier.id}>{tier.name}: {format.price(tier.price)}</List.Item>)}
        </List>
      );
    case 'breakEven': {
      const tier = breakEvenTier(strategy.pricing);
      const result = breakEven({ price: tier?.price ?? null, unitVariableCost: strategy.pricing.unitVariableCost, fixedCosts: strategy.pricing.fixedCosts });
      if (result.kind === 'ok') {
        return (
          <Text size="sm">
            {t('pricing.unitsValue', { units: format.number(result.units, 0) })} · {format.money(result.revenue)}
            {tier && <Text span c="dimmed" size="xs"> ({tier.name})</Text>}
          </Text>
        );
      }
      if (result.kind === 'no-break-even') {
        return <Text size="sm" c="orange.8">{t('pricing.noBreakEven', { price: format.price(result.price), cost: format.price(result.unitVariableCost) })}</Text>;
      }
      if (result.kind === 'out-of-range') return <Text size="sm" c="orange.8">{t('pricing.outOfRange')}</Text>;
      return none;
    }
    case 'channels':
      return strategy.channels.items.length === 0 ? none : (
        <List size="sm" spacing={4}>
          {strategy.channels.items.map((channel) => (
            <List.Item key={channel.id}>
              {channel.name}{channel.targetSharePercent !== null && ` · ${format.number(channel.targetSharePercent, 2)}%`}
            </List.Item>
          ))}
        </List>
      );
  }
}
