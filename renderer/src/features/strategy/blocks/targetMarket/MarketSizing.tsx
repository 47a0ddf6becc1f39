import { Alert, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation();
  const format = useCanvasFormat(strategy.currency);
  const size = strategy.targetMarket.marketSize;
  const sizing = marketSizing(size);
  const chosen = chosenSegmentTotals(strategy.targetMarket.segments);
  const isMoney = size.unit === 'revenue';
  const formatValue = (value: number) => (isMoney ? format.money(value) : format.number(value, 0));

  const field = (key: SizeKey) => (
    <NumberField
      label={t(`strategy.target.${key}`)}
      value={size[key]}
      nullable
      min={0}
      unit={isMoney ? strategy.currency : undefined}
      disabled={!canEdit}
      onCommit={(value) => run('strategy.marketSize.update', { strategyId: strategy.id, fields: fieldOf(key, value) })}
    />
  );

  return (
    <TitledCard title={t('strategy.target.sizing')} hint={t('strategy.target.sizingHint')}>
      <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="lg">
        <Stack gap="sm">
          <EnumSelect
            label={t('strategy.target.sizingUnit')}
            value={size.unit}
            options={sizeUnit.options.map((unit) => ({ value: unit, label: t(`strategy.target.units.${unit}`) }))}
            disabled={!canEdit}
            onCommit={(unit) => { if (unit) run('strategy.marketSize.update', { strategyId: strategy.id, fields: { unit } }); }}
          />
          {field('tam')}
          {field('sam')}
          {field('som')}
          {sizing.samOfTamPercent !== null && <Text size="sm">{t('strategy.target.samOfTam', { percent: format.number(sizing.samOfTamPercent) })}</Text>}
          {sizing.somOfSamPercent !== null && <Text size="sm">{t('strategy.target.somOfSam', { percent: format.number(sizing.somOfSamPercent) })}</Text>}
          {sizing.problems.map((problem) => (
            <Alert key={problem} color="orange" p="xs">{t(`strategy.target.problems.${problem}`)}</Alert>
          ))}
          <Text size="sm" c="dimmed">{t('strategy.target.chosenTotals', { count: chosen.chosenCount })}</Text>
        </Stack>
        <MarketSizeChart
          tam={size.tam}
          sam={size.sam}
          som={size.som}
          labels={{ tam: t('strategy.target.tamShort'), sam: t('strategy.target.samShort'), som: t('strategy.target.somShort') }}
          formatValue={formatValue}
          ariaLabel={t('strategy.target.chartLabel')}
          height={240}
        />
      </SimpleGrid>
    </TitledCard>
  );
}
