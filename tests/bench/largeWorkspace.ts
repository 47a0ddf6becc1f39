import { workspace, type Workspace } from '../../shared/schema/workspace';
import { generateWorkspace } from './generateWorkspace';
import { largeDocuments } from './largeDocuments';
import { addLargeWorkshops, type WorkshopPlan } from './largeWorkshops';
import { seededRandom } from './seededRandom';

/**
 * The workspace of issue 8, point 7 ("large but legitimate data"): 5,000 campaigns with their
 * activities over the current year, 500 BRD/PRD/brief documents with real bodies (headings,
 * lists, tables), requirements, versions and change records, 20 strategies, and four workshops
 * with sticky notes, votes, decisions and actions. Used by tests/e2e/large-workspace.spec.ts and
 * tests/bench/largeWorkspaceBench.ts. The same file every run (seeded), except that dates follow
 * `now`'s year, so the calendar opens on a month full of campaigns.
 */
export const LARGE_SIZE = { campaigns: 5_000, documents: 500, strategies: 20, workshops: 4 } as const;

/** What the e2e test and the bench open and edit. */
export const LARGE_TARGETS = {
  strategyId: 'str_0',
  campaignId: 'cmp_4321',
  /** A draft PRD of ~60 KB with requirements: drafts are editable (approved ones are locked). */
  documentId: 'doc_edit',
  /** Planned: its Setup tab is open for editing. */
  plannedWorkshopId: 'wsh_planning',
  /** Paused in step 3: opens on the Run tab with a board full of notes. */
  pausedWorkshopId: 'wsh_pricing',
  /** Ended: opens on the Record tab. */
  endedWorkshopId: 'wsh_kickoff',
} as const;

const DAY_MS = 86_400_000;
const dateOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function workshopPlans(now: Date): WorkshopPlan[] {
  const at = (days: number) => dateOf(now.getTime() + days * DAY_MS);
  return [
    { id: LARGE_TARGETS.endedWorkshopId, title: 'Annual strategy kick-off', strategyId: 'str_0', date: at(-90), state: 'ended', notesPerStep: 18 },
    { id: 'wsh_channels', title: '渠道策略研讨会', strategyId: 'str_1', date: at(-40), state: 'ended', notesPerStep: 12 },
    { id: LARGE_TARGETS.pausedWorkshopId, title: 'Pricing workshop', strategyId: 'str_0', date: dateOf(now.getTime()), state: 'paused', notesPerStep: 15 },
    { id: LARGE_TARGETS.plannedWorkshopId, title: 'Next year planning', strategyId: 'str_2', date: at(21), state: 'planned', notesPerStep: 0 },
  ];
}

export function largeWorkspace(now = new Date()): Workspace {
  const random = seededRandom(20_260_801);
  const year = String(now.getUTCFullYear());
  const base = generateWorkspace({ campaigns: LARGE_SIZE.campaigns, documents: 0, strategies: LARGE_SIZE.strategies }, now);
  // generateWorkspace dates its campaigns in 2026 (days 1–28 of each month: valid in any year).
  const redate = (date: string) => `${year}${date.slice(4)}`;
  const campaigns = base.campaigns.map((c) => ({
    ...c, startDate: redate(c.startDate), endDate: redate(c.endDate),
    activities: c.activities.map((a) => ({ ...a, startDate: redate(a.startDate), endDate: redate(a.endDate) })),
  }));
  const documents = largeDocuments({
    count: LARGE_SIZE.documents, strategyIds: base.strategies.map((s) => s.id), now, random,
    editable: { id: LARGE_TARGETS.documentId, bodyBytes: 60_000 },
  });
  const ws: Workspace = {
    ...base,
    name: 'Brightleaf — five years of plans',
    campaigns,
    documents,
    workshops: [],
    marketingPlan: {
      ...base.marketingPlan,
      // A plan a team really prints: two strategies, this quarter, two documents as appendices.
      strategyIds: ['str_0', 'str_1'],
      period: { year: now.getUTCFullYear(), quarter: Math.floor(now.getUTCMonth() / 3) + 1 },
      documentIds: [documents[1]!.id, documents[2]!.id],
    },
  };
  addLargeWorkshops(ws, workshopPlans(now), random);
  // Throws with the zod issues if anything above is not a valid workspace.
  return workspace.parse(ws);
}
