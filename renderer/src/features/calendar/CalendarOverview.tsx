import { Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate, formatMoney } from '../../app/i18n/format';
import { currentLanguage } from '../../app/i18n/i18n';
import { AreaNotBuilt } from '../../app/ui/AreaNotBuilt';
import { useOpenSession } from '../../app/workspace/WorkspaceContext';

const STATUS_COLORS = { idea: 'gray', planned: 'blue', 'in-progress': 'yellow', done: 'teal', cancelled: 'red' } as const;
/** A table this long stays quick; the real calendar (virtualised) comes with the calendar editor. */
const MAX_ROWS = 300;

/** Until the calendar exists: campaigns, events and trade shows in date order, with status and budget. */
export function CalendarOverview() {
  const { t } = useTranslation();
  const session = useOpenSession();
  const language = currentLanguage();
  const currency = session?.workspace.settings.currency ?? 'CNY';
  const campaigns = [...(session?.workspace.campaigns ?? [])].sort((a, b) => a.startDate.localeCompare(b.startDate));
  return (
    <AreaNotBuilt area="calendar" listTitle={t('areas.campaignList')} isEmpty={campaigns.length === 0}>
      <Table.ScrollContainer minWidth={640}>
        <Table striped highlightOnHover>
          <Table.Tbody>
            {campaigns.slice(0, MAX_ROWS).map((campaign) => (
              <Table.Tr key={campaign.id}>
                <Table.Td fw={600}>{campaign.name}</Table.Td>
                <Table.Td><Badge variant="outline" color="gray">{t(`enums.campaignKind.${campaign.kind}`)}</Badge></Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {t('areas.dateRange', { start: formatCalendarDate(campaign.startDate, language), end: formatCalendarDate(campaign.endDate, language) })}
                </Table.Td>
                <Table.Td><Badge variant="light" color={STATUS_COLORS[campaign.status]}>{t(`enums.campaignStatus.${campaign.status}`)}</Badge></Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{t('areas.budget', { amount: formatMoney(campaign.plannedBudget, currency, language) })}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </AreaNotBuilt>
  );
}
