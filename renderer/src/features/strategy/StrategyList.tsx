import { Badge, NavLink, Paper, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useT } from '../../kernel/i18n/typedT';
import type { Strategy } from '../../../../shared/schema/strategy';
import { overallCompleteness } from '../../../../shared/strategy/completeness';
import { hrefFor } from '../../kernel/routing/route';

/** The workspace's strategies, one per product or market, with how complete each canvas is. */
export function StrategyList({ strategies, activeId }: { strategies: readonly Strategy[]; activeId: string | null }) {
  const { t } = useT('strategy');
  const percents = useMemo(() => new Map(strategies.map((s) => [s.id, overallCompleteness(s).percent])), [strategies]);
  return (
    <Paper withBorder radius="md" p={6} component="nav" aria-label={t('listLabel')}>
      <Stack gap={2}>
        {strategies.map((strategy) => (
          <NavLink
            key={strategy.id}
            href={hrefFor('strategy', strategy.id)}
            active={strategy.id === activeId}
            aria-current={strategy.id === activeId ? 'page' : undefined}
            label={<Text size="sm" fw={600} lineClamp={2}>{strategy.name}</Text>}
            description={[strategy.product, strategy.market].filter(Boolean).join(' · ') || undefined}
            rightSection={<Badge size="sm" variant="light" color={percents.get(strategy.id) === 100 ? 'teal' : 'gray'}>{percents.get(strategy.id)}%</Badge>}
          />
        ))}
      </Stack>
    </Paper>
  );
}
