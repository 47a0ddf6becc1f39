import { useMemo } from 'react';
import type { RichNode, StrategyBlockKind } from '../../../../../../shared/documents/richText';
import { missingStrategyContent, strategyBlockContent } from '../../../../../../shared/documents/strategyBlocks/strategyBlockContent';
import { currentLanguage } from '../../../../kernel/i18n/i18n';
import { useOpenSession } from '../../../../kernel/workspace/WorkspaceContext';

/** The block's content from the strategy as it is now; recomputed when that strategy changes. */
export function useStrategyBlockContent(kind: StrategyBlockKind, strategyId: string): RichNode[] {
  const session = useOpenSession();
  const strategy = session?.workspace.strategies.find((candidate) => candidate.id === strategyId) ?? null;
  const currency = session?.workspace.settings.currency ?? 'USD';
  const language = currentLanguage();
  return useMemo(
    () => (strategy ? strategyBlockContent(kind, strategy, { language, currency }) : missingStrategyContent(language)),
    [kind, strategy, language, currency],
  );
}
