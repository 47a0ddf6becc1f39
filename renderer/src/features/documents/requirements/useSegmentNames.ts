import { useMemo } from 'react';
import { useOpenSession } from '../../../kernel/workspace/WorkspaceContext';
import { useT } from '../../../kernel/i18n/typedT';

export interface SegmentNames {
  byId: Record<string, string>;
  /** Grouped for a Select: segments, then personas. */
  options: { group: string; items: { value: string; label: string }[] }[];
}

/**
 * Segments and personas a requirement can point to: from the document's linked strategy, or
 * from every strategy when the document has none (names stay readable either way).
 */
export function useSegmentNames(strategyId: string | null): SegmentNames {
  const { t } = useT('documents');
  const session = useOpenSession();
  const strategies = session?.workspace.strategies;
  return useMemo(() => {
    const pool = (strategies ?? []).filter((s) => !strategyId || s.id === strategyId);
    const segments = pool.flatMap((s) => s.targetMarket.segments.map((seg) => ({ value: seg.id, label: seg.name })));
    const personas = pool.flatMap((s) => s.targetMarket.personas.map((p) => ({ value: p.id, label: p.name })));
    const byId: Record<string, string> = {};
    for (const item of [...segments, ...personas]) byId[item.value] = item.label;
    const options = [
      ...(segments.length ? [{ group: t('requirements.segments'), items: segments }] : []),
      ...(personas.length ? [{ group: t('requirements.personas'), items: personas }] : []),
    ];
    return { byId, options };
  }, [strategies, strategyId, t]);
}
