import { MultiSelect, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useT } from '../../../../kernel/i18n/typedT';
import type { Strategy } from '../../../../../../shared/schema/strategy';
import { useOpenSession, useRun } from '../../../../kernel/workspace/WorkspaceContext';

type PromotionItem = Strategy['promotion']['items'][number];

/**
 * Which calendar campaigns carry out a promotion item. The link is kept on both sides (the item
 * lists campaign ids; each campaign names its strategy and item) and changed in one operation.
 */
export function CampaignLinks({ strategyId, item, canEdit }: { strategyId: string; item: PromotionItem; canEdit: boolean }) {
  const { t } = useT('strategy');
  const run = useRun();
  const campaigns = useOpenSession()?.workspace.campaigns;
  const options = useMemo(
    () => (campaigns ?? []).map((campaign) => ({ value: campaign.id, label: `${campaign.name} (${campaign.startDate})` })),
    [campaigns],
  );
  if (!campaigns || campaigns.length === 0) {
    return <Text size="sm" c="dimmed">{t('promotion.noCampaigns')}</Text>;
  }
  const known = new Set(options.map((option) => option.value));
  return (
    <MultiSelect
      label={t('promotion.campaigns')}
      description={t('promotion.campaignsHint')}
      data={options}
      value={item.campaignIds.filter((id) => known.has(id))}
      searchable
      limit={50}
      disabled={!canEdit}
      comboboxProps={{ withinPortal: true }}
      onChange={(campaignIds) => run('strategy.promotionItem.setCampaigns', { strategyId, itemId: item.id, campaignIds })}
    />
  );
}
