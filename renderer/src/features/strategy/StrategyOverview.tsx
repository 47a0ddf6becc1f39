import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/i18n/format';
import { currentLanguage } from '../../app/i18n/i18n';
import { AreaNotBuilt } from '../../app/ui/AreaNotBuilt';
import { useOpenSession } from '../../app/workspace/WorkspaceContext';

/** Until the strategy canvas exists: the strategies in the workspace, with product and market. */
export function StrategyOverview() {
  const { t } = useTranslation();
  const session = useOpenSession();
  const strategies = session?.workspace.strategies ?? [];
  return (
    <AreaNotBuilt area="strategy" listTitle={t('areas.strategyList')} isEmpty={strategies.length === 0}>
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {strategies.map((strategy) => (
          <li key={strategy.id}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <div>
                <Text fw={600}>{strategy.name}</Text>
                <Text size="sm" c="dimmed">
                  {t('areas.productMarket', { product: strategy.product || '—', market: strategy.market || '—' })}
                </Text>
              </div>
              <Group gap={6} wrap="nowrap">
                <Badge variant="light">{strategy.currency}</Badge>
                <Text size="xs" c="dimmed">{formatDateTime(strategy.createdAt, currentLanguage())}</Text>
              </Group>
            </Group>
          </li>
        ))}
      </Stack>
    </AreaNotBuilt>
  );
}
