import { SimpleGrid } from '@mantine/core';
import { useT } from '../../../kernel/i18n/typedT';
import { newId } from '../../../../../shared/ids';
import type { OperationArgs } from '../../../../../shared/ops/registry';
import { mediumText, requiredName } from '../../../../../shared/schema/primitives';
import { NumberField } from '../../../kernel/ui/fields/NumberField';
import { ValidatedTextField } from '../../../kernel/ui/fields/ValidatedTextField';
import { BlockSection } from '../canvas/BlockSection';
import type { BlockProps } from '../canvas/blockProps';
import { EnumSelect } from '../canvas/EnumSelect';
import { ItemList } from '../canvas/ItemList';
import { BreakEvenPanel } from './pricing/BreakEvenPanel';
import { PriceComparisonCard } from './pricing/PriceComparisonCard';
import { StrategyTypePicker } from './pricing/StrategyTypePicker';

/** Step 4 (with channels) — pricing 价格策略: the strategy, price tiers per segment, break-even and the competition's prices. */
export function PricingBlock({ strategy, run, remove, canEdit, completeness }: BlockProps) {
  const { t } = useT('strategy');
  const pricing = strategy.pricing;
  const strategyId = strategy.id;
  const updatePricing = (fields: OperationArgs<'strategy.pricing.update'>['fields']) => run('strategy.pricing.update', { strategyId, fields });
  const segmentOptions = strategy.targetMarket.segments.map((segment) => ({ value: segment.id, label: segment.name }));

  return (
    <BlockSection
      title={t('blocks.pricing')}
      completeness={completeness}
      canEdit={canEdit}
      notes={{ value: pricing.notes, onCommit: (notes) => updatePricing({ notes }) }}
    >
      <StrategyTypePicker value={pricing.strategyType} canEdit={canEdit} onCommit={(strategyType) => updatePricing({ strategyType })} />

      <ItemList
        title={t('pricing.tiers')}
        items={pricing.tiers}
        itemName={(tier) => tier.name}
        addLabel={t('pricing.addTier')}
        canEdit={canEdit}
        onAdd={() => run('strategy.tier.add', { strategyId, item: { id: newId('tier'), name: t('pricing.newTier'), price: 0, segmentId: null, includes: '' } })}
        // The break-even chart goes back to the first tier if it used this one (in the same operation).
        onRemove={(tier) => remove(t('removed', { name: tier.name }), 'strategy.tier.remove', { strategyId, id: tier.id })}
        renderItem={(tier) => {
          const change = (fields: OperationArgs<'strategy.tier.update'>['fields']) => run('strategy.tier.update', { strategyId, id: tier.id, fields });
          return (
            <>
              <SimpleGrid cols={2} spacing="sm">
                <ValidatedTextField label={t('pricing.tierName')} value={tier.name} schema={requiredName} description={null} disabled={!canEdit}
                  onCommit={(name) => change({ name })} />
                <NumberField label={t('pricing.price')} value={tier.price} nullable={false} min={0} unit={strategy.currency} disabled={!canEdit}
                  onCommit={(price) => { if (price !== null) change({ price }); }} />
              </SimpleGrid>
              <EnumSelect
                label={t('pricing.segment')}
                value={segmentOptions.some((option) => option.value === tier.segmentId) ? tier.segmentId : null}
                noneLabel={t('pricing.noSegment')}
                options={segmentOptions}
                disabled={!canEdit}
                onCommit={(segmentId) => change({ segmentId })}
              />
              <ValidatedTextField label={t('pricing.includes')} value={tier.includes} schema={mediumText} multiline minRows={1} description={null} disabled={!canEdit}
                onCommit={(includes) => change({ includes })} />
            </>
          );
        }}
      />

      <BreakEvenPanel strategy={strategy} run={run} canEdit={canEdit} />
      <PriceComparisonCard strategy={strategy} />

      <ValidatedTextField label={t('pricing.discountPolicy')} value={pricing.discountPolicy} schema={mediumText} multiline minRows={2} description={null} disabled={!canEdit}
        onCommit={(discountPolicy) => updatePricing({ discountPolicy })} />
    </BlockSection>
  );
}
