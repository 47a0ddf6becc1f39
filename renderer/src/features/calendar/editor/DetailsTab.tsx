import { Anchor, MultiSelect, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useT } from '../../../kernel/i18n/typedT';
import { campaignKind, campaignStatus } from '../../../../../shared/schema/campaign';
import { longText, mediumText, shortText, requiredName } from '../../../../../shared/schema/primitives';
import { channelType } from '../../../../../shared/schema/strategy';
import { hrefFor } from '../../../kernel/routing/route';
import { useOpenSession } from '../../../kernel/workspace/WorkspaceContext';
import { CampaignTextField } from './CampaignTextField';
import { DateRangeFields } from './DateRangeFields';
import type { CampaignFormProps } from './editorTypes';

const NONE = '__none__';

/** Name, type, objective, the strategy and promotion item it serves, channels, owner, status, dates, notes. */
export function DetailsTab(props: CampaignFormProps & { nameError: string | null }) {
  const { campaign, change, setPromotion, canEdit, isNew, nameError } = props;
  const { t } = useT('calendar');
  const { t: tCommon } = useT('common');
  const strategies = useOpenSession()?.workspace.strategies ?? [];
  const strategy = strategies.find((s) => s.id === campaign.strategyId);
  const itemOptions = (strategy?.promotion.items ?? []).map((item, index) => ({
    value: item.id,
    label: `${index + 1}. ${tCommon(`promotionTypes.${item.type}`)}${item.objective ? ` — ${item.objective.slice(0, 60)}` : ''}`,
  }));

  return (
    <Stack gap="sm">
      {isNew ? (
        // A new campaign's name is part of the draft: checked when Create is pressed, not while typing.
        <TextInput label={t('editor.name')} value={campaign.name} required maxLength={200} error={nameError} data-autofocus
          onChange={(event) => { const name = event.currentTarget.value; change.update({ name }); }} />
      ) : (
        <CampaignTextField form={props} label={t('editor.name')} value={campaign.name} schema={requiredName} onCommit={(name) => change.update({ name })} />
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select label={t('editor.kind')} data={campaignKind.options.map((k) => ({ value: k, label: tCommon(`campaignKind.${k}`) }))}
          value={campaign.kind} allowDeselect={false} disabled={!canEdit} comboboxProps={{ withinPortal: true }}
          onChange={(next) => { const kind = campaignKind.safeParse(next); if (kind.success && kind.data !== campaign.kind) change.update({ kind: kind.data }); }} />
        <Select label={t('editor.status')} data={campaignStatus.options.map((s) => ({ value: s, label: tCommon(`campaignStatus.${s}`) }))}
          value={campaign.status} allowDeselect={false} disabled={!canEdit} comboboxProps={{ withinPortal: true }}
          onChange={(next) => { const status = campaignStatus.safeParse(next); if (status.success && status.data !== campaign.status) change.update({ status: status.data }); }} />
        <CampaignTextField form={props} label={t('editor.owner')} value={campaign.owner} schema={shortText} onCommit={(owner) => change.update({ owner })} />
      </SimpleGrid>
      <DateRangeFields allowEndBeforeStart={isNew} startLabel={t('editor.startDate')} endLabel={t('editor.endDate')} start={campaign.startDate} end={campaign.endDate}
        disabled={!canEdit} onCommit={(startDate, endDate) => change.reschedule(startDate, endDate)} />
      <CampaignTextField form={props} multiline label={t('editor.objective')} value={campaign.objective} schema={mediumText} onCommit={(objective) => change.update({ objective })} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select label={t('editor.strategy')} data={[{ value: NONE, label: t('editor.noStrategy') }, ...strategies.map((s) => ({ value: s.id, label: s.name }))]}
          value={campaign.strategyId ?? NONE} allowDeselect={false} disabled={!canEdit} searchable comboboxProps={{ withinPortal: true }}
          description={strategy ? <Anchor href={hrefFor('strategy', strategy.id)} size="xs">{t('editor.openStrategy')}</Anchor> : undefined}
          onChange={(next) => { const id = next === NONE ? null : next; if (id !== campaign.strategyId) setPromotion(id, null); }} />
        <Select label={t('editor.promotionItem')} data={[{ value: NONE, label: t('editor.noPromotionItem') }, ...itemOptions]}
          value={campaign.promotionItemId ?? NONE} allowDeselect={false} disabled={!canEdit || !strategy} comboboxProps={{ withinPortal: true }}
          description={t('editor.promotionItemHint')}
          onChange={(next) => { const id = next === NONE ? null : next; if (id !== campaign.promotionItemId) setPromotion(campaign.strategyId, id); }} />
      </SimpleGrid>
      <MultiSelect label={t('editor.channels')} data={channelType.options.map((ch) => ({ value: ch, label: tCommon(`channelTypes.${ch}`) }))}
        value={campaign.channels} disabled={!canEdit} comboboxProps={{ withinPortal: true }} clearable
        onChange={(next) => { const channels = next.flatMap((v) => { const p = channelType.safeParse(v); return p.success ? [p.data] : []; }); change.update({ channels }); }} />
      <CampaignTextField form={props} multiline label={t('editor.notes')} value={campaign.notes} schema={longText} onCommit={(notes) => change.update({ notes })} />
    </Stack>
  );
}
