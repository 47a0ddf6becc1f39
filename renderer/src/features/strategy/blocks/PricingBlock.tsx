import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../../../shared/ids';
import { mediumText, requiredName } from '../../../../../shared/schema/primitives';
import { NumberField } from '../../../app/ui/fields/NumberField';
import { ValidatedTextField } from '../../../app/ui/fields/ValidatedTextField';
import { BlockSection } from '../canvas/BlockSection';
import type { BlockProps } from '../canvas/blockProps';
import { EnumSelect } from '../canvas/EnumSelect';
import { ItemList } from '../canvas/ItemList';
import { update, without } from '../canvas/listEdits';
import { BreakEvenPanel } from './pricing/BreakEvenPanel';
import { PriceComparisonCard } from './pricing/PriceComparisonCard';
import { StrategyTypePicker } from './pricing/StrategyTypePicker';

/** Step 4 (with channels) — pricing 价格策略: the strategy, price tiers per segment, break-even and the competition's prices. */
export function PricingBlock({ strategy, edit, remove, canEdit, completeness }: BlockProps) {
  const { t } = useTranslation();
  const pricing = strategy.pricing;
  const segmentOptions = strategy.targetMarket.segments.map((segment) => ({ value: segment.id, label: segment.name }));

  return (
    <BlockSection
      title={t('strategy.blocks.pricing')}
      completeness={completeness}
      canEdit={canEdit}
      notes={{ value: pricing.notes, onCommit: (notes) => edit((s) => { s.pricing.notes = notes; }) }}
    >
      <StrategyTypePicker value={pricing.strategyType} canEdit={canEdit} onCommit={(type) => edit((s) => { s.pricing.strategyType = type; })} />

      <ItemList
        title={t('strategy.pricing.tiers')}
        items={pricing.tiers}
        itemName={(tier) => tier.name}
        addLabel={t('strategy.pricing.addTier')}
        canEdit={canEdit}
        onAdd={() => edit((s) => {
          s.pricing.tiers.push({ id: newId('tier'), name: t('strategy.pricing.newTier'), price: 0, segmentId: null, includes: '' });
        })}
        onRemove={(tier) => remove(t('strategy.removed', { name: tier.name }), (s) => {
          s.pricing.tiers = without(s.pricing.tiers, tier.id);
          if (s.pricing.breakEvenTierId === tier.id) s.pricing.breakEvenTierId = null;
        })}
        renderItem={(tier) => {
          const change = (fn: (item: (typeof pricing.tiers)[number]) => void) => edit((s) => update(s.pricing.tiers, tier.id, fn));
          return (
            <>
              <SimpleGrid cols={2} spacing="sm">
                <ValidatedTextField label={t('strategy.pricing.tierName')} value={tier.name} schema={requiredName} description={null} disabled={!canEdit}
                  onCommit={(name) => change((item) => { item.name = name; })} />
                <NumberField label={t('strategy.pricing.price')} value={tier.price} nullable={false} min={0} unit={strategy.currency} disabled={!canEdit}
                  onCommit={(price) => { if (price !== null) change((item) => { item.price = price; }); }} />
              </SimpleGrid>
              <EnumSelect
                label={t('strategy.pricing.segment')}
                value={segmentOptions.some((option) => option.value === tier.segmentId) ? tier.segmentId : null}
                noneLabel={t('strategy.pricing.noSegment')}
                options={segmentOptions}
                disabled={!canEdit}
                onCommit={(segmentId) => change((item) => { item.segmentId = segmentId; })}
              />
              <ValidatedTextField label={t('strategy.pricing.includes')} value={tier.includes} schema={mediumText} multiline minRows={1} description={null} disabled={!canEdit}
                onCommit={(includes) => change((item) => { item.includes = includes; })} />
            </>
          );
        }}
      />

      <BreakEvenPanel strategy={strategy} edit={edit} canEdit={canEdit} />
      <PriceComparisonCard strategy={strategy} />

      <ValidatedTextField label={t('strategy.pricing.discountPolicy')} value={pricing.discountPolicy} schema={mediumText} multiline minRows={2} description={null} disabled={!canEdit}
        onCommit={(policy) => edit((s) => { s.pricing.discountPolicy = policy; })} />
    </BlockSection>
  );
}
