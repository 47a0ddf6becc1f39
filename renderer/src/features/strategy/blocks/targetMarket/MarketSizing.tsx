import { Alert, SimpleGrid, Stack, Text } from '@mantine/core';
import { useT } from '../../../../kernel/i18n/typedT';
import { sizeUnit, type Strategy } from '../../../../../../shared/schema/strategy';
import { chosenSegmentTotals, marketSizing } from '../../../../../../shared/strategy/marketSizing';
import { NumberField } from '../../../../kernel/ui/fields/NumberField';
import { EnumSelect } from '../../canvas/EnumSelect';
import { useCanvasFormat } from '../../canvas/useCanvasFormat';
import { fieldOf, type RunOperation } from '../../canvas/blockProps';
import { MarketSizeChart } from '../../charts';
import { TitledCard } from '../../canvas/TitledCard';

type SizeKey = 'tam' | 'sam' | 'som';

/** TAM / SAM / SOM: three numbers, their ratios, a check that each fits inside the one before, and a funnel. */
export function MarketSizing({ strategy, run, canEdit }: { strategy: Strategy; run: RunOperation; canEdit: boolean }) {
  const { t } = useT('strategy');
  const format = useCanvasFormat(strategy.currency);
  const size = strategy.targetMarket.marketSize;
  const sizing = marketSizing(size);
  const chosen = chosenSegmentTotals(strategy.targetMarket.segments);
  const isMoney = size.unit === 'revenue';
  const formatValue = (value: number) => (isMoney ? format.money(value) : format.number(value, 0));

  const field = (key: SizeKey) => (
    <NumberField
      label={t(`target.${key}`)}
      value={size[key]}
      nullable
      min={0}
      unit={isMoney ? strategy.currency : undefined}
      disabled={!canEdit}
      onCommit={(value) => run('strategy.marketSize.update', { strategyId: strategy.id, fields: fieldOf(key, value) })}
    />
  );

  return (
    <TitledCard title={t('target.sizing')} hint={t('target.sizingHint')}>
      <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="lg">
        <Stack gap="sm">
          <EnumSelect
            label={t('target.sizingUnit')}
            value={size.unit}
            options={sizeUnit.options.map((unit) => ({ value: unit, label: t(`target.units.${unit}`) }))}
            disabled={!canEdit}
            onCommit={(unit) => { if (unit) run('strategy.marketSize.update', { strategyId: strategy.id, fields: { unit } }); }}
          />
          {field('tam')}
          {field('sam')}
          {field('som')}
          {sizing.samOfTamPercent !== null && <Text size="sm">{t('target.samOfTam', { percent: format.number(sizing.samOfTamPercent) })}</Text>}
          {sizing.somOfSamPercent !== null && <Text size="sm">{t('target.somOfSam', { percent: format.number(sizing.somOfSamPercent) })}</Text>}
          {sizing.problems.map((problem) => (
            <Alert key={problem} color="orange" p="xs">{t(`target.problems.${problem}`)}</Alert>
          ))}
          <Text size="sm" c="dimmed">{t('target.chosenTotals', { count: chosen.chosenCount })}</Text>
        </Stack>
        <MarketSizeChart
          tam={size.tam}
          sam={size.sam}
          som={size.som}
          labels={{ tam: t('target.tamShort'), sam: t('target.samShort'), som: t('target.somShort') }}
          formatValue={formatValue}
          ariaLabel={t('target.chartLabel')}
          height={240}
        />
      </SimpleGrid>
    </TitledCard>
  );
}
