import { SimpleGrid } from '@mantine/core';
import { useT } from '../../../kernel/i18n/typedT';
import { newId } from '../../../../../shared/ids';
import type { OperationArgs } from '../../../../../shared/ops/registry';
import { mediumText, requiredName, shortText } from '../../../../../shared/schema/primitives';
import { priceLevel } from '../../../../../shared/schema/strategy';
import { DateField } from '../../../kernel/ui/fields/DateField';
import { NumberField } from '../../../kernel/ui/fields/NumberField';
import { ValidatedTextField } from '../../../kernel/ui/fields/ValidatedTextField';
import { BlockSection } from '../canvas/BlockSection';
import type { BlockProps } from '../canvas/blockProps';
import { ConfidenceSelect } from '../canvas/ConfidenceSelect';
import { EnumSelect } from '../canvas/EnumSelect';
import { ItemList } from '../canvas/ItemList';
import { WorkshopOriginBadge } from '../../../kernel/ui/WorkshopOriginBadge';

/** Step 1 — market research 市场调研: sources, findings and the competitor list the whole strategy shares. */
export function ResearchBlock({ strategy, run, remove, canEdit, completeness }: BlockProps) {
  const { t } = useT('strategy');
  const research = strategy.research;
  const strategyId = strategy.id;
  const changeSource = (id: string, fields: OperationArgs<'strategy.source.update'>['fields']) => run('strategy.source.update', { strategyId, id, fields });
  const changeFinding = (id: string, fields: OperationArgs<'strategy.finding.update'>['fields']) => run('strategy.finding.update', { strategyId, id, fields });
  const changeCompetitor = (id: string, fields: OperationArgs<'strategy.competitor.update'>['fields']) => run('strategy.competitor.update', { strategyId, id, fields });
  const noHint = null;

  return (
    <BlockSection
      title={t('blocks.research')}
      completeness={completeness}
      canEdit={canEdit}
      notes={{ value: research.notes, onCommit: (notes) => run('strategy.research.update', { strategyId, fields: { notes } }) }}
    >
      <ItemList
        title={t('research.sources')}
        items={research.sources}
        itemName={(source) => source.title}
        addLabel={t('research.addSource')}
        canEdit={canEdit}
        onAdd={() => run('strategy.source.add', {
          strategyId, item: { id: newId('src'), title: t('research.newSource'), url: '', date: null, confidence: 'medium', notes: '' },
        })}
        // Findings that cited the source then cite nothing (in the same operation).
        onRemove={(source) => remove(t('removed', { name: source.title }), 'strategy.source.remove', { strategyId, id: source.id })}
        renderItem={(source) => (
          <>
            <ValidatedTextField label={t('research.sourceTitle')} value={source.title} schema={requiredName} description={noHint} disabled={!canEdit}
              onCommit={(title) => changeSource(source.id, { title })} />
            <ValidatedTextField label={t('research.sourceUrl')} value={source.url} schema={shortText} description={noHint} disabled={!canEdit}
              onCommit={(url) => changeSource(source.id, { url })} />
            <SimpleGrid cols={2} spacing="sm">
              <DateField label={t('research.date')} value={source.date} disabled={!canEdit}
                onCommit={(date) => changeSource(source.id, { date })} />
              <ConfidenceSelect value={source.confidence} disabled={!canEdit}
                onCommit={(confidence) => changeSource(source.id, { confidence })} />
            </SimpleGrid>
            <ValidatedTextField label={t('research.sourceNotes')} value={source.notes} schema={mediumText} multiline minRows={1} description={noHint} disabled={!canEdit}
              onCommit={(notes) => changeSource(source.id, { notes })} />
          </>
        )}
      />

      <ItemList
        title={t('research.findings')}
        items={research.findings}
        itemName={(finding) => finding.text.slice(0, 40)}
        addLabel={t('research.addFinding')}
        canEdit={canEdit}
        onAdd={() => run('strategy.finding.add', { strategyId, item: { id: newId('fnd'), text: '', date: null, confidence: 'medium', sourceId: null } })}
        onRemove={(finding) => remove(t('removed', { name: finding.text.slice(0, 40) || t('block.untitled') }), 'strategy.finding.remove', { strategyId, id: finding.id })}
        renderItem={(finding) => (
          <>
            <WorkshopOriginBadge itemId={finding.id} />
            <ValidatedTextField label={t('research.findingText')} value={finding.text} schema={mediumText} multiline minRows={2} description={noHint} disabled={!canEdit}
              onCommit={(text) => changeFinding(finding.id, { text })} />
            <SimpleGrid cols={2} spacing="sm">
              <DateField label={t('research.date')} value={finding.date} disabled={!canEdit}
                onCommit={(date) => changeFinding(finding.id, { date })} />
              <ConfidenceSelect value={finding.confidence} disabled={!canEdit}
                onCommit={(confidence) => changeFinding(finding.id, { confidence })} />
            </SimpleGrid>
            <EnumSelect
              label={t('research.findingSource')}
              value={finding.sourceId}
              noneLabel={t('research.noSource')}
              options={research.sources.map((source) => ({ value: source.id, label: source.title }))}
              disabled={!canEdit}
              onCommit={(sourceId) => changeFinding(finding.id, { sourceId })}
            />
          </>
        )}
      />

      <ItemList
        title={t('research.competitors')}
        description={t('research.competitorsHint')}
        items={research.competitors}
        itemName={(competitor) => competitor.name}
        addLabel={t('research.addCompetitor')}
        canEdit={canEdit}
        onAdd={() => run('strategy.competitor.add', {
          strategyId, item: { id: newId('cpt'), name: t('research.newCompetitor'), website: '', priceLevel: 'mid', price: null, strengths: '', weaknesses: '' },
        })}
        // The competitor goes from everywhere the strategy refers to it (the map, differentiation points), in the same operation.
        onRemove={(competitor) => remove(t('removed', { name: competitor.name }), 'strategy.competitor.remove', { strategyId, id: competitor.id })}
        renderItem={(competitor) => (
          <>
            <SimpleGrid cols={2} spacing="sm">
              <ValidatedTextField label={t('research.competitorName')} value={competitor.name} schema={requiredName} description={noHint} disabled={!canEdit}
                onCommit={(name) => changeCompetitor(competitor.id, { name })} />
              <ValidatedTextField label={t('research.website')} value={competitor.website} schema={shortText} description={noHint} disabled={!canEdit}
                onCommit={(website) => changeCompetitor(competitor.id, { website })} />
              <EnumSelect
                label={t('research.priceLevel')}
                value={competitor.priceLevel}
                options={priceLevel.options.map((level) => ({ value: level, label: t(`research.priceLevels.${level}`) }))}
                disabled={!canEdit}
                onCommit={(level) => { if (level) changeCompetitor(competitor.id, { priceLevel: level }); }}
              />
              <NumberField label={t('research.competitorPrice')} value={competitor.price} nullable min={0} unit={strategy.currency} disabled={!canEdit}
                onCommit={(price) => changeCompetitor(competitor.id, { price })} />
            </SimpleGrid>
            <ValidatedTextField label={t('research.strengths')} value={competitor.strengths} schema={mediumText} multiline minRows={1} description={noHint} disabled={!canEdit}
              onCommit={(strengths) => changeCompetitor(competitor.id, { strengths })} />
            <ValidatedTextField label={t('research.weaknesses')} value={competitor.weaknesses} schema={mediumText} multiline minRows={1} description={noHint} disabled={!canEdit}
              onCommit={(weaknesses) => changeCompetitor(competitor.id, { weaknesses })} />
          </>
        )}
      />
    </BlockSection>
  );
}
