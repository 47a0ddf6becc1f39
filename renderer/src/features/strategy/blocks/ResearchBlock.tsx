import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation();
  const research = strategy.research;
  const strategyId = strategy.id;
  const changeSource = (id: string, fields: OperationArgs<'strategy.source.update'>['fields']) => run('strategy.source.update', { strategyId, id, fields });
  const changeFinding = (id: string, fields: OperationArgs<'strategy.finding.update'>['fields']) => run('strategy.finding.update', { strategyId, id, fields });
  const changeCompetitor = (id: string, fields: OperationArgs<'strategy.competitor.update'>['fields']) => run('strategy.competitor.update', { strategyId, id, fields });
  const noHint = null;

  return (
    <BlockSection
      title={t('strategy.blocks.research')}
      completeness={completeness}
      canEdit={canEdit}
      notes={{ value: research.notes, onCommit: (notes) => run('strategy.research.update', { strategyId, fields: { notes } }) }}
    >
      <ItemList
        title={t('strategy.research.sources')}
        items={research.sources}
        itemName={(source) => source.title}
        addLabel={t('strategy.research.addSource')}
        canEdit={canEdit}
        onAdd={() => run('strategy.source.add', {
          strategyId, item: { id: newId('src'), title: t('strategy.research.newSource'), url: '', date: null, confidence: 'medium', notes: '' },
        })}
        // Findings that cited the source then cite nothing (in the same operation).
        onRemove={(source) => remove(t('strategy.removed', { name: source.title }), 'strategy.source.remove', { strategyId, id: source.id })}
        renderItem={(source) => (
          <>
            <ValidatedTextField label={t('strategy.research.sourceTitle')} value={source.title} schema={requiredName} description={noHint} disabled={!canEdit}
              onCommit={(title) => changeSource(source.id, { title })} />
            <ValidatedTextField label={t('strategy.research.sourceUrl')} value={source.url} schema={shortText} description={noHint} disabled={!canEdit}
              onCommit={(url) => changeSource(source.id, { url })} />
            <SimpleGrid cols={2} spacing="sm">
              <DateField label={t('strategy.research.date')} value={source.date} disabled={!canEdit}
                onCommit={(date) => changeSource(source.id, { date })} />
              <ConfidenceSelect value={source.confidence} disabled={!canEdit}
                onCommit={(confidence) => changeSource(source.id, { confidence })} />
            </SimpleGrid>
            <ValidatedTextField label={t('strategy.research.sourceNotes')} value={source.notes} schema={mediumText} multiline minRows={1} description={noHint} disabled={!canEdit}
              onCommit={(notes) => changeSource(source.id, { notes })} />
          </>
        )}
      />

      <ItemList
        title={t('strategy.research.findings')}
        items={research.findings}
        itemName={(finding) => finding.text.slice(0, 40)}
        addLabel={t('strategy.research.addFinding')}
        canEdit={canEdit}
        onAdd={() => run('strategy.finding.add', { strategyId, item: { id: newId('fnd'), text: '', date: null, confidence: 'medium', sourceId: null } })}
        onRemove={(finding) => remove(t('strategy.removed', { name: finding.text.slice(0, 40) || t('strategy.block.untitled') }), 'strategy.finding.remove', { strategyId, id: finding.id })}
        renderItem={(finding) => (
          <>
            <WorkshopOriginBadge itemId={finding.id} />
            <ValidatedTextField label={t('strategy.research.findingText')} value={finding.text} schema={mediumText} multiline minRows={2} description={noHint} disabled={!canEdit}
              onCommit={(text) => changeFinding(finding.id, { text })} />
            <SimpleGrid cols={2} spacing="sm">
              <DateField label={t('strategy.research.date')} value={finding.date} disabled={!canEdit}
                onCommit={(date) => changeFinding(finding.id, { date })} />
              <ConfidenceSelect value={finding.confidence} disabled={!canEdit}
                onCommit={(confidence) => changeFinding(finding.id, { confidence })} />
            </SimpleGrid>
            <EnumSelect
              label={t('strategy.research.findingSource')}
              value={finding.sourceId}
              noneLabel={t('strategy.research.noSource')}
              options={research.sources.map((source) => ({ value: source.id, label: source.title }))}
              disabled={!canEdit}
              onCommit={(sourceId) => changeFinding(finding.id, { sourceId })}
            />
          </>
        )}
      />

      <ItemList
        title={t('strategy.research.competitors')}
        description={t('strategy.research.competitorsHint')}
        items={research.competitors}
        itemName={(competitor) => competitor.name}
        addLabel={t('strategy.research.addCompetitor')}
        canEdit={canEdit}
        onAdd={() => run('strategy.competitor.add', {
          strategyId, item: { id: newId('cpt'), name: t('strategy.research.newCompetitor'), website: '', priceLevel: 'mid', price: null, strengths: '', weaknesses: '' },
        })}
        // The competitor goes from everywhere the strategy refers to it (the map, differentiation points), in the same operation.
        onRemove={(competitor) => remove(t('strategy.removed', { name: competitor.name }), 'strategy.competitor.remove', { strategyId, id: competitor.id })}
        renderItem={(competitor) => (
          <>
            <SimpleGrid cols={2} spacing="sm">
              <ValidatedTextField label={t('strategy.research.competitorName')} value={competitor.name} schema={requiredName} description={noHint} disabled={!canEdit}
                onCommit={(name) => changeCompetitor(competitor.id, { name })} />
              <ValidatedTextField label={t('strategy.research.website')} value={competitor.website} schema={shortText} description={noHint} disabled={!canEdit}
                onCommit={(website) => changeCompetitor(competitor.id, { website })} />
              <EnumSelect
                label={t('strategy.research.priceLevel')}
                value={competitor.priceLevel}
                options={priceLevel.options.map((level) => ({ value: level, label: t(`strategy.research.priceLevels.${level}`) }))}
                disabled={!canEdit}
                onCommit={(level) => { if (level) changeCompetitor(competitor.id, { priceLevel: level }); }}
              />
              <NumberField label={t('strategy.research.competitorPrice')} value={competitor.price} nullable min={0} unit={strategy.currency} disabled={!canEdit}
                onCommit={(price) => changeCompetitor(competitor.id, { price })} />
            </SimpleGrid>
            <ValidatedTextField label={t('strategy.research.strengths')} value={competitor.strengths} schema={mediumText} multiline minRows={1} description={noHint} disabled={!canEdit}
              onCommit={(strengths) => changeCompetitor(competitor.id, { strengths })} />
            <ValidatedTextField label={t('strategy.research.weaknesses')} value={competitor.weaknesses} schema={mediumText} multiline minRows={1} description={noHint} disabled={!canEdit}
              onCommit={(weaknesses) => changeCompetitor(competitor.id, { weaknesses })} />
          </>
        )}
      />
    </BlockSection>
  );
}
