import { Anchor, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useT } from '../../../kernel/i18n/typedT';
import type { Campaign } from '../../../../../shared/schema/campaign';
import { navigate } from '../../../kernel/routing/useHashRoute';

export interface OverLine {
  key: string;
  name: string;
  actual: number;
  allocated: number;
}

interface OverBudgetListProps {
  year: number;
  channels: OverLine[];
  months: OverLine[];
  campaigns: readonly Campaign[];
  formatValue: (n: number) => string;
}

/** What went over in the year: channels and months past their allocation, and campaigns past their own plan. */
export function OverBudgetList({ year, channels, months, campaigns, formatValue }: OverBudgetListProps) {
  const { t } = useT('calendar');
  const nothing = channels.length === 0 && months.length === 0 && campaigns.length === 0;
  const line = (entry: OverLine) => t('budget.over.lineOver', {
    name: entry.name, spent: formatValue(entry.actual), allocated: formatValue(entry.allocated), over: formatValue(entry.actual - entry.allocated),
  });

  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={3} size="h4">{t('budget.over.heading')}</Title>
        {nothing && <Text size="sm" c="dimmed">{t('budget.over.none', { year })}</Text>}
        {channels.length > 0 && (
          <div>
            <Text fw={600} size="sm">{t('budget.over.channels')}</Text>
            <List size="sm" c="red">{channels.map((entry) => <List.Item key={entry.key}>{line(entry)}</List.Item>)}</List>
          </div>
        )}
        {months.length > 0 && (
          <div>
            <Text fw={600} size="sm">{t('budget.over.months')}</Text>
            <List size="sm" c="red">{months.map((entry) => <List.Item key={entry.key}>{line(entry)}</List.Item>)}</List>
          </div>
        )}
        {campaigns.length > 0 && (
          <div>
            <Text fw={600} size="sm" mb={4}>{t('budget.over.campaigns')}</Text>
            <Table.ScrollContainer minWidth={480}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('budget.over.name')}</Table.Th>
                    <Table.Th ta="right">{t('budget.over.planned')}</Table.Th>
                    <Table.Th ta="right">{t('budget.over.actual')}</Table.Th>
                    <Table.Th ta="right">{t('budget.over.overBy')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {campaigns.map((campaign) => (
                    <Table.Tr key={campaign.id}>
                      <Table.Td>
                        {/* The list view is where a campaign is found and opened; kept to a plain jump. */}
                        <Anchor component="button" type="button" size="sm" aria-label={t('budget.over.openList', { name: campaign.name })} onClick={() => navigate('calendar', 'list')}>
                          {campaign.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td ta="right">{formatValue(campaign.plannedBudget)}</Table.Td>
                      <Table.Td ta="right">{formatValue(campaign.actualSpend)}</Table.Td>
                      <Table.Td ta="right" c="red" fw={600}>{formatValue(campaign.actualSpend - campaign.plannedBudget)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </div>
        )}
      </Stack>
    </Paper>
  );
}
