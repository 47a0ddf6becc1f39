import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../../../shared/ids';
import { mediumText, requiredName, shortText } from '../../../../../shared/schema/primitives';
import { priceLevel } from '../../../../../shared/schema/strategy';
import { DateField } from '../../../app/ui/fields/DateField';
import { NumberField } from '../../../app/ui/fields/NumberField';
import { ValidatedTextField } from '../../../app/ui/fields/ValidatedTextField';
import { BlockSection } from '../canvas/BlockSection';
import type { BlockProps } from '../canvas/blockProps';
import { ConfidenceSelect } from '../canvas/ConfidenceSelect';
import { EnumSelect } from '../canvas/EnumSelect';
import { ItemList } from '../canvas/ItemList';
import { update, without } from '../canvas/listEdits';
import { WorkshopOriginBadge } from '../../workshop/board/WorkshopOriginBadge';

/** Step 1 — market research 市场调研: sources, findings and the competitor list the whole strategy shares. */
export function ResearchBlock({ strategy, edit, remove, canEdit, completeness }: BlockProps) {
  const { t } = useTranslation();
  const research = strategy.research;
  const noHint = null;

  return (
    <BlockSection
      title={t('strategy.blocks.research')}
      completeness={completeness}
      canEdit={canEdit}
      notes={{ value: research.notes, onCommit: (notes) => edit((s) => { s.research.notes = notes; }) }}
    >
      <ItemList
        title={t('strategy.research.sources')}
        items={research.sources}
        itemName={(source) => source.title}
        addLabel={t('strategy.research.addSource')}
        canEdit={canEdit}
        onAdd={() => edit((s) => {
          s.research.sources.push({ id: newId('src'), title: t('strategy.research.newSource'), url: '', date: null, confidence: 'medium', notes: '' });
        })}
        onRemove={(source) => remove(t('strategy.removed', { name: source.title }), (s) => {
          s.research.sources = without(s.research.sources, source.id);
          for (const finding of s.research.findings) if (finding.sourceId === source.id) finding.sourceId = null;
        })}
        renderItem={(source) => (
          <>
            <ValidatedTextField label={t('strategy.research.sourceTitle')} value={source.title} schema={requiredName} description={noHint} disabled={!canEdit}
              onCommit={(title) => edit((s) => { update(s.research.sources, source.id, (item) => { item.title = title; }); })} />
            <ValidatedTextField label={t('strategy.research.sourceUrl')} value={source.url} schema={shortText} description={noHint} disabled={!canEdit}
              onCommit={(url) => edit((s) => { update(s.research.sources, source.id, (item) => { item.url = url; }); })} />
            <SimpleGrid cols={2} spacing="sm">
              <DateField label={t('strategy.research.date')} value={source.date} disabled={!canEdit}
                onCommit={(date) => edit((s) => { update(s.research.sources, source.id, (item) => { item.date = date; }); })} />
              <ConfidenceSelect value={source.confidence} disabled={!canEdit}
                onCommit={(confidence) => edit((s) => { update(s.research.sources, source.id, (item) => { item.confidence = confidence; }); })} />
            </SimpleGrid>
            <ValidatedTextField label={t('strategy.research.sourceNotes')} value={source.notes} schema={mediumText} multiline minRows={1} description={noHint} disabled={!canEdit}
              onCommit={(notes) => edit((s) => { update(s.research.sources, source.id, (item) => { item.notes = notes; }); })} />
          </>
        )}
      />

      <ItemList
        title={t('strategy.research.findings')}
        items={research.findings}
        itemName={(finding) => finding.text.slice(0, 40)}
        addLabel={t('strategy.research.addFinding')}
        canEdit={canEdit}
        onAdd={() => edit((s) => {
          s.research.findings.push({ id: newId('fnd'), text: '', date: null, confidence: 'medium', sourceId: null });
        })}
        onRemove={(finding) => remove(t('strategy.removed', { name: finding.text.slice(0, 40) || t('strategy.block.untitled') }), (s) => {
          s.research.findings = without(s.research.findings, finding.id);
        })}
        renderItem={(finding) => (
          <>
            <WorkshopOriginBadge itemId={finding.id} />
            <ValidatedTextField label={t('strategy.research.findingText')} value={finding.text} schema={mediumText} multiline minRows={2} description={noHint} disabled={!canEdit}
              onCommit={(text) => edit((s) => { update(s.research.findings, finding.id, (item) => { item.text = text; }); })} />
            <SimpleGrid cols={2} spacing="sm">
              <DateField label={t('strategy.research.date')} value={finding.date} disabled={!canEdit}
                onCommit={(date) => edit((s) => { update(s.research.findings, finding.id, (item) => { item.date = date; }); })} />
              <ConfidenceSelect value={finding.confidence} disabled={!canEdit}
                onCommit={(confidence) => edit((s) => { update(s.research.findings, finding.id, (item) => { item.confidence = confidence; }); })} />
            </SimpleGrid>
            <EnumSelect
              label={t('strategy.research.findingSource')}
              value={finding.sourceId}
              noneLabel={t('strategy.research.noSource')}
              options={research.sources.map((source) => ({ value: source.id, label: source.title }))}
              disabled={!canEdit}
              onCommit={(sourceId) => edit((s) => { update(s.research.findings, finding.id, (item) => { item.sourceId = sourceId; }); })}
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
        onAdd={() => edit((s) => {
          s.research.competitors.push({ id: newId('cpt'), name: t('strategy.research.newCompetitor'), website: '', priceLevel: 'mid', price: null, strengths: '', weaknesses: '' });
        })}
        onRemove={(competitor) => remove(t('strategy.removed', { name: competitor.name }), (s) => {
          // The competitor goes from everywhere the strategy refers to it.
          s.research.competitors = without(s.research.competitors, competitor.id);
          s.positioning.map.points = s.positioning.map.points.filter((point) => point.competitorId !== competitor.id);
          for (const point of s.positioning.differentiationPoints) if (point.competitorId === competitor.id) point.competitorId = null;
        })}
        renderItem={(competitor) => (
          <>
            <SimpleGrid cols={2} spacing="sm">
              <ValidatedTextField label={t('strategy.research.competitorName')} value={competitor.name} schema={requiredName} description={noHint} disabled={!canEdit}
                onCommit={(name) => edit((s) => {
                  update(s.research.competitors, competitor.id, (item) => { item.name = name; });
                })} />
              <ValidatedTextField label={t('strategy.research.website')} value={competitor.website} schema={shortText} description={noHint} disabled={!canEdit}
                onCommit={(website) => edit((s) => { update(s.research.competitors, competitor.id, (item) => { item.website = website; }); })} />
              <EnumSelect
                label={t('strategy.research.priceLevel')}
                value={competitor.priceLevel}
                options={priceLevel.options.map((level) => ({ value: level, label: t(`strategy.research.priceLevels.${level}`) }))}
                disabled={!canEdit}
                onCommit={(level) => edit((s) => { if (level) update(s.research.competitors, competitor.id, (item) => { item.priceLevel = level; }); })}
              />
              <NumberField label={t('strategy.research.competitorPrice')} value={competitor.price} nullable min={0} unit={strategy.currency} disabled={!canEdit}
                onCommit={(price) => edit((s) => { update(s.research.competitors, competitor.id, (item) => { item.price = price; }); })} />
            </SimpleGrid>
            <ValidatedTextField label={t('strategy.research.strengths')} value={competitor.strengths} schema={mediumText} multiline minRows={1} description={noHint} disabled={!canEdit}
              onCommit={(strengths) => edit((s) => { update(s.research.competitors, competitor.id, (item) => { item.strengths = strengths; }); })} />
            <ValidatedTextField label={t('strategy.research.weaknesses')} value={competitor.weaknesses} schema={mediumText} multiline minRows={1} description={noHint} disabled={!canEdit}
              onCommit={(weaknesses) => edit((s) => { update(s.research.competitors, competitor.id, (item) => { item.weaknesses = weaknesses; }); })} />
          </>
        )}
      />
    </BlockSection>
  );
}
