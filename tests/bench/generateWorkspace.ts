import { CURRENT_SCHEMA_VERSION, type Workspace } from '../../shared/schema/workspace';
import { createSampleWorkspace } from '../../shared/samplePlan/samplePlan';

export interface WorkspaceSize {
  campaigns: number;
  documents: number;
  strategies: number;
}

/** Realistic bulk: the sample plan's records cloned with new ids, dates spread over the year, ~6 KB of HTML per document. */
export function generateWorkspace(size: WorkspaceSize, now = new Date('2026-06-01T09:00:00Z')): Workspace {
  const sample = createSampleWorkspace('en', now);
  const pick = <T>(items: T[], i: number): T => items[i % items.length]!;
  const strategies = Array.from({ length: size.strategies }, (_, i) => ({ ...structuredClone(pick(sample.strategies, i)), id: `str_${i}`, name: `Strategy ${i + 1}` }));
  const campaigns = Array.from({ length: size.campaigns }, (_, i) => {
    const base = structuredClone(pick(sample.campaigns, i));
    const month = String((i % 12) + 1).padStart(2, '0');
    const day = String((i % 27) + 1).padStart(2, '0');
    return {
      ...base, id: `cmp_${i}`, name: `${base.name} #${i + 1}`, strategyId: pick(strategies, i).id, promotionItemId: null,
      startDate: `2026-${month}-${day}`, endDate: `2026-${month}-${String(Math.min(28, (i % 27) + 2)).padStart(2, '0')}`,
      activities: base.activities.map((a, j) => ({ ...a, id: `act_${i}_${j}`, startDate: `2026-${month}-${day}`, endDate: `2026-${month}-${day}` })),
    };
  });
  const paragraph = '<p>Customers in tier-two cities compare kettles on temperature control, app reliability and after-sales service. 二线城市的用户最关心温控精度、应用稳定性和售后服务。</p>';
  const documents = Array.from({ length: size.documents }, (_, i) => ({
    ...structuredClone(pick(sample.documents, i)), id: `doc_${i}`, title: `Document ${i + 1}`,
    bodyHtml: `<h2>Section ${i}</h2>${paragraph.repeat(30)}`, versions: [],
  }));
  return { ...sample, schemaVersion: CURRENT_SCHEMA_VERSION, strategies, campaigns, documents };
}
