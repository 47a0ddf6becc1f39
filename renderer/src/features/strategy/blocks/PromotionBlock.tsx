import { SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../../../shared/ids';
import { mediumText, shortText } from '../../../../../shared/schema/primitives';
import { promotionType } from '../../../../../shared/schema/strategy';
import { NumberField } from '../../../app/ui/fields/NumberField';
import { ValidatedTextField } from '../../../app/ui/fields/ValidatedTextField';
import { BlockSection } from '../canvas/BlockSection';
import type { BlockProps } from '../canvas/blockProps';
import { EnumSelect } from '../canvas/EnumSelect';
import { ItemList } from '../canvas/ItemList';
import { update, without } from '../canvas/listEdits';
import { useCanvasFormat } from '../canvas/useCanvasFormat';
import { CampaignLinks } from './promotion/CampaignLinks';
import { WorkshopOriginBadge } from '../../workshop/board/WorkshopOriginBadge';

/** Step 5 — promotion 促销: the promotion mix, each item with objective, message, budget, KPI and its campaigns. */
export function PromotionBlock({ strategy, edit, remove, canEdit, completeness }: BlockProps) {
  const { t } = useTranslation();
  const format = useCanvasFormat(strategy.currency);
  const items = strategy.promotion.items;
  const typeOptions = promotionType.options.map((type) => ({ value: type, label: t(`strategy.promotion.types.${type}`) }));
  const totalBudget = items.reduce((sum, item) => sum + (item.budget ?? 0), 0);

  return (
    <BlockSection
      title={t('strategy.blocks.promotion')}
      completeness={completeness}
      canEdit={canEdit}
      notes={{ value: strategy.promotion.notes, onCommit: (notes) => edit((s) => { s.promotion.notes = notes; }) }}
    >
      <ItemList
        title={t('strategy.promotion.items')}
        items={items}
        itemName={(item) => t(`strategy.promotion.types.${item.type}`)}
        addLabel={t('strategy.promotion.addItem')}
        canEdit={canEdit}
        onAdd={() => edit((s) => {
          s.promotion.items.push({ id: newId('pro'), type: 'advertising', objective: '', keyMessage: '', budget: null, kpi: '', campaignIds: [] });
        })}
        onRemove={(item) => remove(t('strategy.removed', { name: t(`strategy.promotion.types.${item.type}`) }), (s) => {
          s.promotion.items = without(s.promotion.items, item.id);
        })}
        renderItem={(item) => {
          const change = (fn: (draft: (typeof items)[number]) => void) => edit((s) => update(s.promotion.items, item.id, fn));
          return (
            <>
              <WorkshopOriginBadge itemId={item.id} />
              <SimpleGrid cols={2} spacing="sm">
                <EnumSelect label={t('strategy.promotion.type')} value={item.type} options={typeOptions} disabled={!canEdit}
                  onCommit={(type) => { if (type) change((draft) => { draft.type = type; }); }} />
                <NumberField label={t('strategy.promotion.budget')} value={item.budget} nullable min={0} unit={strategy.currency} disabled={!canEdit}
                  onCommit={(budget) => change((draft) => { draft.budget = budget; })} />
              </SimpleGrid>
              <ValidatedTextField label={t('strategy.promotion.objective')} value={item.objective} schema={mediumText} multiline minRows={1} description={null} disabled={!canEdit}
                onCommit={(objective) => change((draft) => { draft.objective = objective; })} />
              <ValidatedTextField label={t('strategy.promotion.keyMessage')} value={item.keyMessage} schema={mediumText} multiline minRows={1} description={null} disabled={!canEdit}
                onCommit={(keyMessage) => change((draft) => { draft.keyMessage = keyMessage; })} />
              <ValidatedTextField label={t('strategy.promotion.kpi')} value={item.kpi} schema={shortText} description={null} disabled={!canEdit}
                onCommit={(kpi) => change((draft) => { draft.kpi = kpi; })} />
              <CampaignLinks strategyId={strategy.id} item={item} canEdit={canEdit} />
            </>
          );
        }}
        footer={items.length > 0 && <Text size="sm" fw={600}>{t('strategy.promotion.totalBudget', { amount: format.money(totalBudget) })}</Text>}
      />
    </BlockSection>
  );
}
