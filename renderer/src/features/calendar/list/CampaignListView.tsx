import { Button, Group, Stack, Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { memo, useDeferredValue, useMemo, useState } from 'react';
import { useT } from '../../../kernel/i18n/typedT';
import { isOverBudget, roiPercent } from '../../../../../shared/calendar/campaignMetrics';
import {
  EMPTY_FILTER, distinctOwners, filterCampaigns, sortCampaigns, type CampaignFilter, type CampaignSortKey,
} from '../../../../../shared/calendar/campaignFilter';
import type { Campaign } from '../../../../../shared/schema/campaign';
import type { Strategy } from '../../../../../shared/schema/strategy';
import { formatMoney, formatNumber } from '../../../kernel/i18n/format';
import type { UiLanguage } from '../../../../../shared/schema/primitives';
import { currentLanguage } from '../../../kernel/i18n/i18n';
import { CHANNEL_COLORS, STATUS_COLORS } from '../colors';
import { CampaignListFilters } from './CampaignListFilters';
import './campaignList.css';

const NOWRAP = { whiteSpace: 'nowrap' } as const;
const NUMERIC = new Set<Column>(['planned', 'actual', 'roi']);

/** Rows drawn at a time: thousands of campaigns stay responsive; "Show more" draws the next page. */
export const PAGE_SIZE = 200;

interface CampaignListViewProps {
  campaigns: readonly Campaign[];
  strategies: readonly Strategy[];
  currency: string;
  onOpenCampaign: (id: string) => void;
}

type Column = 'name' | 'kind' | 'dates' | 'channels' | 'owner' | 'status' | 'strategy' | 'planned' | 'actual' | 'roi';
const COLUMN_LABELS = {
  name: 'editor.name', kind: 'editor.kind', dates: 'list.columns.dates', channels: 'editor.channels', owner: 'editor.owner',
  status: 'editor.status', strategy: 'editor.strategy', planned: 'list.columns.planned', actual: 'list.columns.actual', roi: 'list.columns.roi',
} as const satisfies Record<Column, string>;
const COLUMNS: Column[] = ['name', 'kind', 'dates', 'channels', 'owner', 'status', 'strategy', 'planned', 'actual', 'roi'];
const SORT_KEYS: Partial<Record<Column, CampaignSortKey>> = {
  name: 'name', dates: 'startDate', channels: 'channel', owner: 'owner', status: 'status', strategy: 'strategy', planned: 'plannedBudget', actual: 'actualSpend',
};

/** The campaigns as a filterable, sortable table; names open the editor. */
export function CampaignListView({ campaigns, strategies, currency, onOpenCampaign }: CampaignListViewProps) {
  const { t } = useT('calendar');
  const { t: tApp } = useT('app');
  const language = currentLanguage();
  const [filter, setFilter] = useState<CampaignFilter>(EMPTY_FILTER);
  const [sort, setSort] = useState<{ key: CampaignSortKey; direction: 'asc' | 'desc' }>({ key: 'startDate', direction: 'asc' });
  const [limit, setLimit] = useState(PAGE_SIZE);
  // Typing stays instant; the table follows a moment later when the list is very long.
  const deferredFilter = useDeferredValue(filter);

  const strategyNames = useMemo(() => new Map(strategies.map((s) => [s.id, s.name])), [strategies]);
  const owners = useMemo(() => {
    const collator = new Intl.Collator(language);
    return distinctOwners(campaigns).sort(collator.compare);
  }, [campaigns, language]);
  const rows = useMemo(
    () => sortCampaigns(filterCampaigns(campaigns, deferredFilter, strategyNames), sort.key, sort.direction, strategyNames, language),
    [campaigns, deferredFilter, strategyNames, sort, language],
  );
  const shown = rows.slice(0, limit);
  const format = useMemo(() => listFormat(language, currency), [language, currency]);

  const changeFilter = (next: CampaignFilter) => {
    setFilter(next);
    setLimit(PAGE_SIZE);
  };
  const toggleSort = (key: CampaignSortKey) => {
    setSort((current) => ({ key, direction: current.key === key && current.direction === 'asc' ? 'desc' : 'asc' }));
  };

  return (
    <Stack gap="sm">
      <CampaignListFilters filter={filter} onChange={changeFilter} owners={owners} strategies={strategies} />
      <Text size="sm" c="dimmed" aria-live="polite">{t('list.showing', { shown: formatNumber(shown.length, language), total: formatNumber(rows.length, language) })}</Text>
      <Table.ScrollContainer minWidth={1200}>
        <Table aria-label={tApp('areas.campaignList')} verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              {COLUMNS.map((column) => {
                const key = SORT_KEYS[column];
                const label = t(COLUMN_LABELS[column]);
                if (!key) return <Table.Th key={column} ta={NUMERIC.has(column) ? 'right' : undefined} style={NOWRAP}>{label}</Table.Th>;
                const active = sort.key === key;
                const Icon = !active ? IconArrowsSort : sort.direction === 'asc' ? IconArrowUp : IconArrowDown;
                return (
                  <Table.Th key={column} ta={NUMERIC.has(column) ? 'right' : undefined} style={NOWRAP} aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
                    <UnstyledButton onClick={() => toggleSort(key)} fw={700} fz="sm">
                      <Group gap={4} wrap="nowrap" justify={NUMERIC.has(column) ? 'flex-end' : undefined}>{label}<Icon size={14} aria-hidden opacity={active ? 1 : 0.4} /></Group>
                    </UnstyledButton>
                  </Table.Th>
                );
              })}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((campaign) => (
              <CampaignRow key={campaign.id} campaign={campaign} strategyName={campaign.strategyId ? strategyNames.get(campaign.strategyId) ?? '' : ''}
                format={format} onOpen={onOpenCampaign} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {rows.length === 0 && <Text c="dimmed">{campaigns.length === 0 ? t('list.noCampaigns') : t('list.empty')}</Text>}
      {rows.length > shown.length && (
        <Group><Button variant="default" onClick={() => setLimit((n) => n + PAGE_SIZE)}>{t('list.showMore')}</Button></Group>
      )}
    </Stack>
  );
}

interface ListFormat {
  date: (iso: string) => string;
  money: (amount: number) => string;
  number: (value: number) => string;
}

/**
 * Formatters built once per list, not per cell: creating an Intl formatter costs more than using it,
 * and hundreds of rows would otherwise create thousands. Same output as kernel/i18n/format.
 */
function listFormat(language: UiLanguage, currency: string): ListFormat {
  const dates = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
  let money: (amount: number) => string;
  try {
    const intl = new Intl.NumberFormat(language, { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 0 });
    money = (amount) => intl.format(amount);
  } catch {
    money = (amount) => formatMoney(amount, currency, language);
  }
  const numbers = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  return {
    date: (iso) => {
      const date = new Date(`${iso}T00:00:00Z`);
      return Number.isNaN(date.getTime()) ? iso : dates.format(date);
    },
    money,
    number: (value) => numbers.format(value),
  };
}

/** Mantine's light badge look, as one span: cheap enough for hundreds of rows. */
function badgeStyle(color: string) {
  return { background: `var(--mantine-color-${color}-light)`, color: `var(--mantine-color-${color}-light-color)` };
}

/**
 * One campaign row, in plain elements styled by campaignList.css. Memoised: typing in the filters
 * re-renders the filter bar at once and a row only when its campaign changes.
 */
const CampaignRow = memo(function CampaignRow({ campaign, strategyName, format, onOpen }: { campaign: Campaign; strategyName: string; format: ListFormat; onOpen: (id: string) => void }) {
  const { t: tCommon } = useT('common');
  const { t: tCalendar } = useT('calendar');
  const over = isOverBudget(campaign);
  const roi = roiPercent(campaign);
  return (
    <tr className="sb-list-row">
      <td className="sb-list-wide"><button type="button" className="sb-list-name" onClick={() => onOpen(campaign.id)}>{campaign.name}</button></td>
      <td className="sb-list-nowrap">{tCommon(`campaignKind.${campaign.kind}`)}</td>
      <td className="sb-list-nowrap">{format.date(campaign.startDate)} – {format.date(campaign.endDate)}</td>
      <td>
        {campaign.channels.map((ch) => <span key={ch} className="sb-list-badge sb-list-badge-sm" style={badgeStyle(CHANNEL_COLORS[ch])}>{tCommon(`channelTypes.${ch}`)}</span>)}
      </td>
      <td className="sb-list-nowrap">{campaign.owner}</td>
      <td><span className="sb-list-badge" style={badgeStyle(STATUS_COLORS[campaign.status])}>{tCommon(`campaignStatus.${campaign.status}`)}</span></td>
      <td className="sb-list-mid">{strategyName}</td>
      <td className="sb-list-num">{format.money(campaign.plannedBudget)}</td>
      <td className={over ? 'sb-list-num sb-list-over' : 'sb-list-num'}>
        {format.money(campaign.actualSpend)}
        {over && <VisuallyHidden> ({tCalendar('editor.overBudget', { amount: format.money(campaign.actualSpend - campaign.plannedBudget) })})</VisuallyHidden>}
      </td>
      <td className="sb-list-num">{roi === null ? '—' : `${format.number(roi)} %`}</td>
    </tr>
  );
});
