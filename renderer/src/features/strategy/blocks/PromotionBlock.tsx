import { SimpleGrid, Text } from '@mantine/core';
import { useT } from '../../../kernel/i18n/typedT';
import { newId } from '../../../../../shared/ids';
import type { OperationArgs } from '../../../../../shared/ops/registry';
import { mediumText, shortText } from '../../../../../shared/schema/primitives';
import { promotionType } from '../../../../../shared/schema/strategy';
import { NumberField } from '../../../kernel/ui/fields/NumberField';
import { ValidatedTextField } from '../../../kernel/ui/fields/ValidatedTextField';
import { BlockSection } from '../canvas/BlockSection';
import type { BlockProps } from '../canvas/blockProps';
import { EnumSelect } from '../canvas/EnumSelect';
import { ItemList } from '../canvas/ItemList';
import { useCanvasFormat } from '../canvas/useCanvasFormat';
import { CampaignLinks } from './promotion/CampaignLinks';
import { WorkshopOriginBadge } from '../../../kernel/ui/WorkshopOriginBadge';

/** Step 5 — promotion 促销: the promotion mix, each item with objective, message, budget, KPI and its campaigns. */
export function PromotionBlock({ strategy, run, remove, canEdit, completeness }: BlockProps) {
  const { t } = useT('strategy');
  const { t: tCommon } = useT('common');
  const strategyId = strategy.id;
  const format = useCanvasFormat(strategy.currency);
  const items = strategy.promotion.items;
  const typeOptions = promotionType.options.map((type) => ({ value: type, label: tCommon(`promotionTypes.${type}`) }));
  const totalBudget = items.reduce((sum, item) => sum + (item.budget ?? 0), 0);

  return (
    <BlockSection
      title={t('blocks.promotion')}
      completeness={completeness}
      canEdit={canEdit}
      notes={{ value: strategy.promotion.notes, onCommit: (notes) => run('strategy.promotion.update', { strategyId, fields: { notes } }) }}
    >
      <ItemList
        title={t('promotion.items')}
        items={items}
        itemName={(item) => tCommon(`promotionTypes.${item.type}`)}
        addLabel={t('promotion.addItem')}
        canEdit={canEdit}
        onAdd={() => run('strategy.promotionItem.add', { strategyId, item: { id: newId('pro'), type: 'advertising', objective: '', keyMessage: '', budget: null, kpi: '' } })}
        // Campaigns that carried the item out keep the strategy but no longer name the item (in the same operation).
        onRemove={(item) => remove(t('removed', { name: tCommon(`promotionTypes.${item.type}`) }), 'strategy.promotionItem.remove', { strategyId, id: item.id })}
        renderItem={(item) => {
          const change = (fields: OperationArgs<'strategy.promotionItem.update'>['fields']) => run('strategy.promotionItem.update', { strategyId, id: item.id, fields });
          return (
            <>
              <WorkshopOriginBadge itemId={item.id} />
              <SimpleGrid cols={2} spacing="sm">
                <EnumSelect label={t('promotion.type')} value={item.type} options={typeOptions} disabled={!canEdit}
                  onCommit={(type) => { if (type) change({ type }); }} />
                <NumberField label={t('promotion.budget')} value={item.budget} nullable min={0} unit={strategy.currency} disabled={!canEdit}
                  onCommit={(budget) => change({ budget })} />
              </SimpleGrid>
              <ValidatedTextField label={t('promotion.objective')} value={item.objective} schema={mediumText} multiline minRows={1} description={null} disabled={!canEdit}
                onCommit={(objective) => change({ objective })} />
              <ValidatedTextField label={t('promotion.keyMessage')} value={item.keyMessage} schema={mediumText} multiline minRows={1} description={null} disabled={!canEdit}
                onCommit={(keyMessage) => change({ keyMessage })} />
              <ValidatedTextField label={t('promotion.kpi')} value={item.kpi} schema={shortText} description={null} disabled={!canEdit}
                onCommit={(kpi) => change({ kpi })} />
              <CampaignLinks strategyId={strategy.id} item={item} canEdit={canEdit} />
            </>
          );
        }}
        footer={items.length > 0 && <Text size="sm" fw={600}>{t('promotion.totalBudget', { amount: format.money(totalBudget) })}</Text>}
      />
    </BlockSection>
  );
}
