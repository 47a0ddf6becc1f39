import { Checkbox, Input, Rating, SimpleGrid } from '@mantine/core';
import { useT } from '../../../kernel/i18n/typedT';
import { newId } from '../../../../../shared/ids';
import type { OperationArgs } from '../../../../../shared/ops/registry';
import { mediumText, requiredName, shortText } from '../../../../../shared/schema/primitives';
import { sizeUnit } from '../../../../../shared/schema/strategy';
import { NumberField } from '../../../kernel/ui/fields/NumberField';
import { ValidatedTextField } from '../../../kernel/ui/fields/ValidatedTextField';
import { BlockSection } from '../canvas/BlockSection';
import { fieldOf, type BlockProps } from '../canvas/blockProps';
import { EnumSelect } from '../canvas/EnumSelect';
import { ItemList } from '../canvas/ItemList';
import { MarketSizing } from './targetMarket/MarketSizing';
import { WorkshopOriginBadge } from '../../../kernel/ui/WorkshopOriginBadge';

/** Step 2 — target market 目标市场: segments to choose from, personas, and the size of the market. */
export function TargetMarketBlock({ strategy, run, remove, canEdit, completeness }: BlockProps) {
  const { t } = useT('strategy');
  const target = strategy.targetMarket;
  const strategyId = strategy.id;
  const unitOptions = sizeUnit.options.map((unit) => ({ value: unit, label: t(`target.units.${unit}`) }));

  return (
    <BlockSection
      title={t('blocks.targetMarket')}
      completeness={completeness}
      canEdit={canEdit}
      notes={{ value: target.notes, onCommit: (notes) => run('strategy.targetMarket.update', { strategyId, fields: { notes } }) }}
    >
      <ItemList
        title={t('target.segments')}
        items={target.segments}
        itemName={(segment) => segment.name}
        addLabel={t('target.addSegment')}
        canEdit={canEdit}
        onAdd={() => run('strategy.segment.add', {
          strategyId,
          item: {
            id: newId('seg'), name: t('target.newSegment'), description: '', sizeEstimate: null, sizeUnit: 'customers',
            growthPercent: null, attractiveness: 3, chosen: false,
          },
        })}
        // Price tiers aimed at the segment are then aimed at none (in the same operation).
        onRemove={(segment) => remove(t('removed', { name: segment.name }), 'strategy.segment.remove', { strategyId, id: segment.id })}
        renderItem={(segment) => {
          const change = (fields: OperationArgs<'strategy.segment.update'>['fields']) => run('strategy.segment.update', { strategyId, id: segment.id, fields });
          return (
            <>
              <WorkshopOriginBadge itemId={segment.id} />
              <ValidatedTextField label={t('target.segmentName')} value={segment.name} schema={requiredName} description={null} disabled={!canEdit}
                onCommit={(name) => change({ name })} />
              <ValidatedTextField label={t('target.description')} value={segment.description} schema={mediumText} multiline minRows={1} description={null} disabled={!canEdit}
                onCommit={(description) => change({ description })} />
              <SimpleGrid cols={2} spacing="sm">
                <NumberField label={t('target.size')} value={segment.sizeEstimate} nullable min={0}
                  unit={segment.sizeUnit === 'revenue' ? strategy.currency : undefined} disabled={!canEdit}
                  onCommit={(size) => change({ sizeEstimate: size })} />
                <EnumSelect label={t('target.sizeUnit')} value={segment.sizeUnit} options={unitOptions} disabled={!canEdit}
                  onCommit={(unit) => { if (unit) change({ sizeUnit: unit }); }} />
                <NumberField label={t('target.growth')} value={segment.growthPercent} nullable min={-100} max={1000} unit="%" disabled={!canEdit}
                  onCommit={(growth) => change({ growthPercent: growth })} />
                <Input.Wrapper label={t('target.attractiveness')}>
                  <Rating
                    mt={6}
                    value={segment.attractiveness}
                    readOnly={!canEdit}
                    aria-label={t('target.attractiveness')}
                    onChange={(value) => { if (value >= 1 && value <= 5) change({ attractiveness: value }); }}
                  />
                </Input.Wrapper>
              </SimpleGrid>
              <Checkbox
                label={t('target.chosen')}
                checked={segment.chosen}
                disabled={!canEdit}
                onChange={(event) => {
                  const chosen = event.currentTarget.checked;
                  change({ chosen });
                }}
              />
            </>
          );
        }}
      />

      <ItemList
        title={t('target.personas')}
        items={target.personas}
        itemName={(persona) => persona.name}
        addLabel={t('target.addPersona')}
        canEdit={canEdit}
        onAdd={() => run('strategy.persona.add', {
          strategyId, item: { id: newId('per'), name: t('target.newPersona'), role: '', goals: '', pains: '', buyingCriteria: '', channels: '' },
        })}
        onRemove={(persona) => remove(t('removed', { name: persona.name }), 'strategy.persona.remove', { strategyId, id: persona.id })}
        renderItem={(persona) => {
          const change = (fields: OperationArgs<'strategy.persona.update'>['fields']) => run('strategy.persona.update', { strategyId, id: persona.id, fields });
          const text = (key: 'goals' | 'pains' | 'buyingCriteria' | 'channels', label: string) => (
            <ValidatedTextField label={label} value={persona[key]} schema={mediumText} multiline minRows={1} description={null} disabled={!canEdit}
              onCommit={(value) => change(fieldOf(key, value))} />
          );
          return (
            <>
              <SimpleGrid cols={2} spacing="sm">
                <ValidatedTextField label={t('target.personaName')} value={persona.name} schema={requiredName} description={null} disabled={!canEdit}
                  onCommit={(name) => change({ name })} />
                <ValidatedTextField label={t('target.role')} value={persona.role} schema={shortText} description={null} disabled={!canEdit}
                  onCommit={(role) => change({ role })} />
              </SimpleGrid>
              {text('goals', t('target.goals'))}
              {text('pains', t('target.pains'))}
              {text('buyingCriteria', t('target.buyingCriteria'))}
              {text('channels', t('target.personaChannels'))}
            </>
          );
        }}
      />

      <MarketSizing strategy={strategy} run={run} canEdit={canEdit} />
    </BlockSection>
  );
}
