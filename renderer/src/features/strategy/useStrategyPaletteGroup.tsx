import type { SpotlightActionGroupData } from '@mantine/spotlight';
import { useMemo } from 'react';
import { useT } from '../../kernel/i18n/typedT';
import { keywordsFor } from '../../kernel/i18n/keywords';
import { navigate } from '../../kernel/routing/useHashRoute';
import { useOpenSession } from '../../kernel/workspace/WorkspaceContext';
import { useStrategyActions } from './useStrategyActions';

/** The Strategy part of the Ctrl/Cmd+K palette: new, compare, and each strategy as a place to jump to. */
export function useStrategyPaletteGroup(): SpotlightActionGroupData {
  const { t } = useT('strategy');
  const { t: tApp } = useT('app');
  const session = useOpenSession();
  const createStrategy = useStrategyActions().create;
  const strategies = session?.workspace.strategies;
  return useMemo(() => ({
    group: tApp('nav.strategy'),
    actions: [
      { id: 'strategy-new', label: t('palette.new'), keywords: keywordsFor('palette.new', 'strategy'), onClick: () => createStrategy() },
      { id: 'strategy-compare', label: t('palette.compare'), keywords: keywordsFor('palette.compare', 'strategy'), onClick: () => navigate('strategy', 'compare') },
      // Names in the workspace's language are the keywords.
      ...(strategies ?? []).map((strategy) => ({
        id: `strategy-${strategy.id}`,
        label: t('palette.open', { name: strategy.name }),
        keywords: [strategy.product, strategy.market, ...keywordsFor('nav.strategy')],
        onClick: () => navigate('strategy', strategy.id),
      })),
    ],
  }), [t, tApp, strategies, createStrategy]);
}
