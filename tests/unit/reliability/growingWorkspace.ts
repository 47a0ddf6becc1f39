import type { OperationCall } from '../../../shared/ops/runOperation';
import type { Campaign } from '../../../shared/schema/campaign';
import { workspace as workspaceSchema, type Workspace } from '../../../shared/schema/workspace';
import { createSampleWorkspace } from '../../../shared/samplePlan/samplePlan';

/**
 * The workspace the crash test saves over and over: the sample plan plus one campaign per save,
 * renamed "Crash test — save #n". Everything is a pure function of n, so the parent process can
 * rebuild the exact state of any save and compare it with what the killed child left on disk.
 */

const CREATED = new Date('2026-01-05T09:00:00.000Z');
const NAME_PREFIX = 'Crash test — save #';
/** Some bulk per campaign so the file grows to about 1.5 MB and a write takes long enough to be hit. */
const NOTES = 'Kill-safe saving: the file must hold the old or the new state, never a mix. '.repeat(12);

export function baseWorkspace(): Workspace {
  return { ...createSampleWorkspace('en', CREATED), name: nameForSave(0) };
}

export function nameForSave(n: number): string {
  return `${NAME_PREFIX}${n}`;
}

/** The save number a workspace records, or null when its name is not one of ours. */
export function saveNumberOf(workspace: Pick<Workspace, 'name'>): number | null {
  if (!workspace.name.startsWith(NAME_PREFIX)) return null;
  const n = Number(workspace.name.slice(NAME_PREFIX.length));
  return Number.isInteger(n) && n >= 0 ? n : null;
}

export function campaignForSave(n: number): Campaign {
  const month = (n % 12) + 1;
  const start = `2026-${String(month).padStart(2, '0')}-01`;
  const end = `2026-${String(month).padStart(2, '0')}-28`;
  return {
    id: `cmp_crash_${n}`, name: `Crash-test campaign ${n}`, kind: 'campaign', objective: `Objective of save ${n}`,
    strategyId: null, promotionItemId: null, channels: ['online-store'], owner: 'Reliability', status: 'planned',
    startDate: start, endDate: end, plannedBudget: n * 10, actualSpend: 0,
    kpis: { reach: { target: n, actual: null }, leads: { target: null, actual: null }, conversions: { target: null, actual: null }, revenue: { target: null, actual: null } },
    activities: [], event: null, notes: `${n}: ${NOTES}`,
  };
}

/** The operations save n makes on the state of save n - 1: one more campaign, then the new name. */
export function operationsForSave(n: number): OperationCall[] {
  const at = CREATED.toISOString();
  return [
    { op: 'campaign.create', args: { campaign: campaignForSave(n) }, at },
    { op: 'workspace.rename', args: { name: nameForSave(n) }, at },
  ];
}

/** The exact state after save n, validated the way the session validates it. */
export function workspaceAtSave(n: number): Workspace {
  const base = baseWorkspace();
  const added = Array.from({ length: n }, (_, i) => campaignForSave(i + 1));
  return workspaceSchema.parse({ ...base, name: nameForSave(n), campaigns: [...base.campaigns, ...added] });
}
