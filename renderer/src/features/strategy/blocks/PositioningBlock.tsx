import { useT } from '../../../kernel/i18n/typedT';
import { newId } from '../../../../../shared/ids';
import { mediumText } from '../../../../../shared/schema/primitives';
import { ValidatedTextField } from '../../../kernel/ui/fields/ValidatedTextField';
import { BlockSection } from '../canvas/BlockSection';
import { fieldOf, type BlockProps } from '../canvas/blockProps';
import { EnumSelect } from '../canvas/EnumSelect';
import { ItemList } from '../canvas/ItemList';
import { PerceptualMapEditor } from './positioning/PerceptualMapEditor';
import { StatementBuilder } from './positioning/StatementBuilder';
import { WorkshopOriginBadge } from '../../../kernel/ui/WorkshopOriginBadge';

/** Step 3 — positioning 定位: the positioning statement, how we differ from named competitors, and the perceptual map. */
export function PositioningBlock({ strategy, run, remove, canEdit, completeness }: BlockProps) {
  const { t } = useT('strategy');
  const positioning = strategy.positioning;
  const strategyId = strategy.id;
  const competitorOptions = strategy.research.competitors.map((competitor) => ({ value: competitor.id, label: competitor.name }));

  return (
    <BlockSection
      title={t('blocks.positioning')}
      completeness={completeness}
      canEdit={canEdit}
      notes={{ value: positioning.notes, onCommit: (notes) => run('strategy.positioning.update', { strategyId, fields: { notes } }) }}
    >
      <StatementBuilder
        statement={positioning.statement}
        canEdit={canEdit}
        onCommit={(part, value) => run('strategy.statement.update', { strategyId, fields: fieldOf(part, value) })}
      />

      <ItemList
        title={t('positioning.differentiation')}
        items={positioning.differentiationPoints}
        itemName={(point) => point.text.slice(0, 40)}
        addLabel={t('positioning.addPoint')}
        canEdit={canEdit}
        onAdd={() => run('strategy.differentiation.add', { strategyId, item: { id: newId('dif'), text: '', competitorId: null } })}
        onRemove={(point) => remove(t('removed', { name: point.text.slice(0, 40) || t('block.untitled') }), 'strategy.differentiation.remove', { strategyId, id: point.id })}
        renderItem={(point) => (
          <>
            <WorkshopOriginBadge itemId={point.id} />
            <ValidatedTextField label={t('positioning.pointText')} value={point.text} schema={mediumText} multiline minRows={2} description={null} disabled={!canEdit}
              onCommit={(text) => run('strategy.differentiation.update', { strategyId, id: point.id, fields: { text } })} />
            <EnumSelect
              label={t('positioning.against')}
              value={point.competitorId}
              noneLabel={t('positioning.anyCompetitor')}
              options={competitorOptions}
              disabled={!canEdit}
              onCommit={(competitorId) => run('strategy.differentiation.update', { strategyId, id: point.id, fields: { competitorId } })}
            />
          </>
        )}
      />

      <PerceptualMapEditor strategy={strategy} run={run} canEdit={canEdit} />
    </BlockSection>
  );
}
