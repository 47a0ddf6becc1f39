import type { OperationCall } from '../../shared/ops/runOperation';
import type { Workspace } from '../../shared/schema/workspace';

/**
 * The everyday edits the operations bench runs, in turn, on the large workspace: each names its
 * entities by id, as the app's screens do. `calls(i, current)` gives the i-th call.
 */
export function benchEditCalls(start: Workspace): (i: number, current: Workspace) => OperationCall {
  const campaign = start.campaigns[Math.floor(start.campaigns.length / 2)]!;
  const strategy = start.strategies[Math.floor(start.strategies.length / 2)]!;
  const finding = strategy.research.findings[0];
  const document = start.documents.find((doc) => doc.status === 'draft') ?? start.documents[0]!;
  const at = () => new Date().toISOString();
  const kinds: Array<(i: number, current: Workspace) => OperationCall> = [
    (i) => ({ op: 'campaign.update', args: { campaignId: campaign.id, fields: { name: `Spring launch ${i}` } }, at: at() }),
    (i) => ({ op: 'campaign.shift', args: { campaignId: campaign.id, days: i % 2 === 0 ? 1 : -1 }, at: at() }),
    (i) => ({ op: 'campaign.kpi.update', args: { campaignId: campaign.id, kpi: 'leads', fields: { actual: i } }, at: at() }),
    (i) => ({ op: 'strategy.statement.update', args: { strategyId: strategy.id, fields: { benefit: `boils in ${i % 9 + 1} minutes` } }, at: at() }),
    (i) => (finding
      ? { op: 'strategy.finding.update', args: { strategyId: strategy.id, id: finding.id, fields: { text: `Finding, revised ${i}` } }, at: at() }
      : { op: 'strategy.update', args: { id: strategy.id, fields: { name: `Strategy ${i}` } }, at: at() }),
    (i, current) => {
      const body = current.documents.find((doc) => doc.id === document.id)!.bodyHtml;
      return { op: 'document.body.set', args: { documentId: document.id, html: `${body.slice(0, -4)}${String.fromCharCode(97 + (i % 26))}</p>` }, at: at() };
    },
    (i) => ({ op: 'company.update', args: { description: `Edited ${i}` }, at: at() }),
  ];
  return (i, current) => kinds[i % kinds.length]!(i, current);
}
