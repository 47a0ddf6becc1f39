import { Button, Group, MultiSelect, TextInput } from '@mantine/core';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useT } from '../../../kernel/i18n/typedT';
import { EMPTY_FILTER, type CampaignFilter } from '../../../../../shared/calendar/campaignFilter';
import { campaignKind, campaignStatus } from '../../../../../shared/schema/campaign';
import { channelType } from '../../../../../shared/schema/strategy';

/** MultiSelect values are strings; "no strategy" (null) travels as this. */
export const NO_STRATEGY = '__none__';

interface CampaignListFiltersProps {
  filter: CampaignFilter;
  onChange: (filter: CampaignFilter) => void;
  owners: readonly string[];
  strategies: ReadonlyArray<{ id: string; name: string }>;
}

function pick<T extends string>(options: readonly T[], values: string[]): T[] {
  return options.filter((option) => values.includes(option));
}

/** Text, channel, status, owner, strategy and type filters, and one button to clear them all. */
export function CampaignListFilters({ filter, onChange, owners, strategies }: CampaignListFiltersProps) {
  const { t } = useT('calendar');
  const { t: tCommon } = useT('common');
  const active = filter.text !== '' || filter.channels.length + filter.statuses.length + filter.owners.length + filter.strategyIds.length + filter.kinds.length > 0;
  const strategyOptions = useMemo(
    () => [{ value: NO_STRATEGY, label: t('editor.noStrategy') }, ...strategies.map((s) => ({ value: s.id, label: s.name }))],
    [strategies, t],
  );
  const common = { clearable: true, searchable: true, comboboxProps: { withinPortal: true }, w: 200 } as const;

  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <TextInput label={t('list.search')} placeholder={t('list.searchPlaceholder')} value={filter.text} w={240}
        leftSection={<IconSearch size={16} aria-hidden />} onChange={(event) => onChange({ ...filter, text: event.currentTarget.value })} />
      <MultiSelect {...common} label={t('editor.channels')} value={filter.channels}
        data={channelType.options.map((ch) => ({ value: ch, label: tCommon(`channelTypes.${ch}`) }))}
        onChange={(values) => onChange({ ...filter, channels: pick(channelType.options, values) })} />
      <MultiSelect {...common} label={t('editor.status')} value={filter.statuses}
        data={campaignStatus.options.map((s) => ({ value: s, label: tCommon(`campaignStatus.${s}`) }))}
        onChange={(values) => onChange({ ...filter, statuses: pick(campaignStatus.options, values) })} />
      <MultiSelect {...common} label={t('editor.owner')} value={filter.owners} data={[...owners]}
        onChange={(values) => onChange({ ...filter, owners: values })} />
      <MultiSelect {...common} label={t('editor.strategy')} value={filter.strategyIds.map((id) => id ?? NO_STRATEGY)} data={strategyOptions}
        onChange={(values) => onChange({ ...filter, strategyIds: values.map((v) => (v === NO_STRATEGY ? null : v)) })} />
      <MultiSelect {...common} label={t('editor.kind')} value={filter.kinds}
        data={campaignKind.options.map((k) => ({ value: k, label: tCommon(`campaignKind.${k}`) }))}
        onChange={(values) => onChange({ ...filter, kinds: pick(campaignKind.options, values) })} />
      <Button variant="default" leftSection={<IconFilterOff size={16} aria-hidden />} disabled={!active} onClick={() => onChange(EMPTY_FILTER)}>
        {t('list.clear')}
      </Button>
    </Group>
  );
}
