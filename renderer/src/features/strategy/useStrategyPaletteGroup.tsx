import type { SpotlightActionGroupData } from '@mantine/spotlight';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { keywordsFor } from '../../kernel/i18n/keywords';
import { navigate } from '../../kernel/routing/useHashRoute';
import { useOpenSession } from '../../kernel/workspace/WorkspaceContext';
import { useStrategyActions } from './useStrategyActions';

/** The Strategy part of the Ctrl/Cmd+K palette: new, compare, and each strategy as a place to jump to. */
export function useStrategyPaletteGroup(): SpotlightActionGroupData {
  const { t } = useTranslation();
  const session = useOpenSession();
  const createStrategy = useStrategyActions().create;
  const strategies = session?.workspace.strategies;
  return useMemo(() => ({
    group: t('nav.strategy'),
    actions: [
      { id: 'strategy-new', label: t('strategy.palette.new'), keywords: keywordsFor('strategy.palette.new'), onClick: () => createStrategy() },
      { id: 'strategy-compare', label: t('strategy.palette.compare'), keywords: keywordsFor('strategy.palette.compare'), onClick: () => navigate('strategy', 'compare') },
      // Names in the workspace's language are the keywords.
      ...(strategies ?? []).map((strategy) => ({
        id: `strategy-${strategy.id}`,
        label: t('strategy.palette.open', { name: strategy.name }),
        keywords: [strategy.product, strategy.market, ...keywordsFor('nav.strategy')],
        onClick: () => navigate('strategy', strategy.id),
      })),
    ],
  }), [t, strategies, createStrategy]);
}
