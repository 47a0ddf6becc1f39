import { Checkbox, Input, Rating, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../../../shared/ids';
import { mediumText, requiredName, shortText } from '../../../../../shared/schema/primitives';
import { sizeUnit } from '../../../../../shared/schema/strategy';
import { NumberField } from '../../../app/ui/fields/NumberField';
import { ValidatedTextField } from '../../../app/ui/fields/ValidatedTextField';
import { BlockSection } from '../canvas/BlockSection';
import type { BlockProps } from '../canvas/blockProps';
import { EnumSelect } from '../canvas/EnumSelect';
import { ItemList } from '../canvas/ItemList';
import { update, without } from '../canvas/listEdits';
import { MarketSizing } from './targetMarket/MarketSizing';
import { WorkshopOriginBadge } from '../../workshop/board/WorkshopOriginBadge';

/** Step 2 — target market 目标市场: segments to choose from, personas, and the size of the market. */
export function TargetMarketBlock({ strategy, edit, remove, canEdit, completeness }: BlockProps) {
  const { t } = useTranslation();
  const target = strategy.targetMarket;
  const unitOptions = sizeUnit.options.map((unit) => ({ value: unit, label: t(`strategy.target.units.${unit}`) }));

  return (
    <BlockSection
      title={t('strategy.blocks.targetMarket')}
      completeness={completeness}
      canEdit={canEdit}
      notes={{ value: target.notes, onCommit: (notes) => edit((s) => { s.targetMarket.notes = notes; }) }}
    >
      <ItemList
        title={t('strategy.target.segments')}
        items={target.segments}
        itemName={(segment) => segment.name}
        addLabel={t('strategy.target.addSegment')}
        canEdit={canEdit}
        onAdd={() => edit((s) => {
          s.targetMarket.segments.push({
            id: newId('seg'), name: t('strategy.target.newSegment'), description: '', sizeEstimate: null, sizeUnit: 'customers',
            growthPercent: null, attractiveness: 3, chosen: false,
          });
        })}
        onRemove={(segment) => remove(t('strategy.removed', { name: segment.name }), (s) => {
          s.targetMarket.segments = without(s.targetMarket.segments, segment.id);
          for (const tier of s.pricing.tiers) if (tier.segmentId === segment.id) tier.segmentId = null;
        })}
        renderItem={(segment) => {
          const change = (fn: (item: (typeof strategy.targetMarket.segments)[number]) => void) =>
            edit((s) => update(s.targetMarket.segments, segment.id, fn));
          return (
            <>
              <WorkshopOriginBadge itemId={segment.id} />
              <ValidatedTextField label={t('strategy.target.segmentName')} value={segment.name} schema={requiredName} description={null} disabled={!canEdit}
                onCommit={(name) => change((item) => { item.name = name; })} />
              <ValidatedTextField label={t('strategy.target.description')} value={segment.description} schema={mediumText} multiline minRows={1} description={null} disabled={!canEdit}
                onCommit={(description) => change((item) => { item.description = description; })} />
              <SimpleGrid cols={2} spacing="sm">
                <NumberField label={t('strategy.target.size')} value={segment.sizeEstimate} nullable min={0}
                  unit={segment.sizeUnit === 'revenue' ? strategy.currency : undefined} disabled={!canEdit}
                  onCommit={(size) => change((item) => { item.sizeEstimate = size; })} />
                <EnumSelect label={t('strategy.target.sizeUnit')} value={segment.sizeUnit} options={unitOptions} disabled={!canEdit}
                  onCommit={(unit) => { if (unit) change((item) => { item.sizeUnit = unit; }); }} />
                <NumberField label={t('strategy.target.growth')} value={segment.growthPercent} nullable min={-100} max={1000} unit="%" disabled={!canEdit}
                  onCommit={(growth) => change((item) => { item.growthPercent = growth; })} />
                <Input.Wrapper label={t('strategy.target.attractiveness')}>
                  <Rating
                    mt={6}
                    value={segment.attractiveness}
                    readOnly={!canEdit}
                    aria-label={t('strategy.target.attractiveness')}
                    onChange={(value) => { if (value >= 1 && value <= 5) change((item) => { item.attractiveness = value; }); }}
                  />
                </Input.Wrapper>
              </SimpleGrid>
              <Checkbox
                label={t('strategy.target.chosen')}
                checked={segment.chosen}
                disabled={!canEdit}
                onChange={(event) => {
                  const chosen = event.currentTarget.checked;
                  change((item) => { item.chosen = chosen; });
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
        onAdd={() => edit((s) => {
          s.targetMarket.personas.push({ id: newId('per'), name: t('strategy.target.newPersona'), role: '', goals: '', pains: '', buyingCriteria: '', channels: '' });
        })}
        onRemove={(persona) => remove(t('strategy.removed', { name: persona.name }), (s) => {
          s.targetMarket.personas = without(s.targetMarket.personas, persona.id);
        })}
        renderItem={(persona) => {
          const change = (fn: (item: (typeof strategy.targetMarket.personas)[number]) => void) =>
            edit((s) => update(s.targetMarket.personas, persona.id, fn));
          const text = (key: 'goals' | 'pains' | 'buyingCriteria' | 'channels', label: string) => (
            <ValidatedTextField label={label} value={persona[key]} schema={mediumText} multiline minRows={1} description={null} disabled={!canEdit}
              onCommit={(value) => change((item) => { item[key] = value; })} />
          );
          return (
            <>
              <SimpleGrid cols={2} spacing="sm">
                <ValidatedTextField label={t('strategy.target.personaName')} value={persona.name} schema={requiredName} description={null} disabled={!canEdit}
                  onCommit={(name) => change((item) => { item.name = name; })} />
                <ValidatedTextField label={t('strategy.target.role')} value={persona.role} schema={shortText} description={null} disabled={!canEdit}
                  onCommit={(role) => change((item) => { item.role = role; })} />
              </SimpleGrid>
              {text('goals', t('strategy.target.goals'))}
              {text('pains', t('strategy.target.pains'))}
              {text('buyingCriteria', t('strategy.target.buyingCriteria'))}
              {text('channels', t('strategy.target.personaChannels'))}
            </>
          );
        }}
      />

      <MarketSizing strategy={strategy} edit={edit} canEdit={canEdit} />
    </BlockSection>
  );
}
