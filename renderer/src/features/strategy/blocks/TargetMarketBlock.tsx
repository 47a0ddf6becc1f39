import { Checkbox, Input, Rating, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation();
  const target = strategy.targetMarket;
  const strategyId = strategy.id;
  const unitOptions = sizeUnit.options.map((unit) => ({ value: unit, label: t(`strategy.target.units.${unit}`) }));

  return (
    <BlockSection
      title={t('strategy.blocks.targetMarket')}
      completeness={completeness}
      canEdit={canEdit}
      notes={{ value: target.notes, onCommit: (notes) => run('strategy.targetMarket.update', { strategyId, fields: { notes } }) }}
    >
      <ItemList
        title={t('strategy.target.segments')}
        items={target.segments}
        itemName={(segment) => segment.name}
        addLabel={t('strategy.target.addSegment')}
        canEdit={canEdit}
        onAdd={() => run('strategy.segment.add', {
          strategyId,
          item: {
            id: newId('seg'), name: t('strategy.target.newSegment'), description: '', sizeEstimate: null, sizeUnit: 'customers',
            growthPercent: null, attractiveness: 3, chosen: false,
          },
        })}
        // Price tiers aimed at the segment are then aimed at none (in the same operation).
        onRemove={(segment) => remove(t('strategy.removed', { name: segment.name }), 'strategy.segment.remove', { strategyId, id: segment.id })}
        renderItem={(segment) => {
          const change = (fields: OperationArgs<'strategy.segment.update'>['fields']) => run('strategy.segment.update', { strategyId, id: segment.id, fields });
          return (
            <>
              <WorkshopOriginBadge itemId={segment.id} />
              <ValidatedTextField label={t('strategy.target.segmentName')} value={segment.name} schema={requiredName} description={null} disabled={!canEdit}
                onCommit={(name) => change({ name })} />
              <ValidatedTextField label={t('strategy.target.description')} value={segment.description} schema={mediumText} multiline minRows={1} description={null} disabled={!canEdit}
                onCommit={(description) => change({ description })} />
              <SimpleGrid cols={2} spacing="sm">
                <NumberField label={t('strategy.target.size')} value={segment.sizeEstimate} nullable min={0}
                  unit={segment.sizeUnit === 'revenue' ? strategy.currency : undefined} disabled={!canEdit}
                  onCommit={(size) => change({ sizeEstimate: size })} />
                <EnumSelect label={t('strategy.target.sizeUnit')} value={segment.sizeUnit} options={unitOptions} disabled={!canEdit}
                  onCommit={(unit) => { if (unit) change({ sizeUnit: unit }); }} />
                <NumberField label={t('strategy.target.growth')} value={segment.growthPercent} nullable min={-100} max={1000} unit="%" disabled={!canEdit}
                  onCommit={(growth) => change({ growthPercent: growth })} />
                <Input.Wrapper label={t('strategy.target.attractiveness')}>
                  <Rating
                    mt={6}
                    value={segment.attractiveness}
                    readOnly={!canEdit}
                    aria-label={t('strategy.target.attractiveness')}
                    onChange={(value) => { if (value >= 1 && value <= 5) change({ attractiveness: value }); }}
                  />
                </Input.Wrapper>
              </SimpleGrid>
              <Checkbox
                label={t('strategy.target.chosen')}
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
        title={t('strategy.target.personas')}
        items={target.personas}
        itemName={(persona) => persona.name}
        addLabel={t('strategy.target.addPersona')}
        canEdit={canEdit}
        onAdd={() => run('strategy.persona.add', {
          strategyId, item: { id: newId('per'), name: t('strategy.target.newPersona'), role: '', goals: '', pains: '', buyingCriteria: '', channels: '' },
        })}
        onRemove={(persona) => remove(t('strategy.removed', { name: persona.name }), 'strategy.persona.remove', { strategyId, id: persona.id })}
        renderItem={(persona) => {
          const change = (fields: OperationArgs<'strategy.persona.update'>['fields']) => run('strategy.persona.update', { strategyId, id: persona.id, fields });
          const text = (key: 'goals' | 'pains' | 'buyingCriteria' | 'channels', label: string) => (
            <ValidatedTextField label={label} value={persona[key]} schema={mediumText} multiline minRows={1} description={null} disabled={!canEdit}
              onCommit={(value) => change(fieldOf(key, value))} />
          );
          return (
            <>
              <SimpleGrid cols={2} spacing="sm">
                <ValidatedTextField label={t('strategy.target.personaName')} value={persona.name} schema={requiredName} description={null} disabled={!canEdit}
                  onCommit={(name) => change({ name })} />
                <ValidatedTextField label={t('strategy.target.role')} value={persona.role} schema={shortText} description={null} disabled={!canEdit}
                  onCommit={(role) => change({ role })} />
              </SimpleGrid>
              {text('goals', t('strategy.target.goals'))}
              {text('pains', t('strategy.target.pains'))}
              {text('buyingCriteria', t('strategy.target.buyingCriteria'))}
              {text('channels', t('strategy.target.personaChannels'))}
            </>
          );
        }}
      />

      <MarketSizing strategy={strategy} run={run} canEdit={canEdit} />
    </BlockSection>
  );
}
