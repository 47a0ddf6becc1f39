/**
 * Version 4 saves the marketing plan 营销计划 export's settings in the workspace. An older file
 * gets the same starting plan a new workspace has: every section in the standard order, the
 * "not yet written" line for empty ones, A4, the whole year the workspace was created in, and
 * the workspace name as the plan title. Nothing else is invented.
 *
 * The plan is written out here rather than taken from shared/plan/defaultPlan.ts on purpose:
 * migrations never change once shipped, while the default plan may grow with later versions.
 * Like every migration it works on untrusted JSON and leaves malformed parts for the schema.
 */
type Json = Record<string, unknown>;

const V4_SECTION_IDS = [
  'cover', 'executive-summary', 'contents', 'market-analysis', 'objectives', 'strategy',
  'promotion-calendar', 'budget', 'kpis', 'sales-handoff', 'appendices',
] as const;

/** The year of createdAt ("YYYY-…") within the schema's 2000–2100, else the current year. */
function planYear(createdAt: unknown): number {
  const match = typeof createdAt === 'string' ? /^(\d{4})-/.exec(createdAt) : null;
  const year = match ? Number(match[1]) : new Date().getUTCFullYear();
  return Math.min(2100, Math.max(2000, year));
}

/** The plan title is short text (≤ 200); a missing or odd name gives an empty title, not an invalid file. */
function planTitle(name: unknown): string {
  return typeof name === 'string' && name.length <= 200 ? name : '';
}

export function migrateV3ToV4(doc: Json): Json {
  return {
    ...doc,
    schemaVersion: 4,
    marketingPlan: 'marketingPlan' in doc ? doc.marketingPlan : {
      title: planTitle(doc.name),
      author: '',
      strategyIds: [],
      period: { year: planYear(doc.createdAt), quarter: null },
      sections: V4_SECTION_IDS.map((id) => ({ id, enabled: true })),
      executiveSummary: '',
      objectives: [],
      documentIds: [],
      emptySections: 'placeholder',
      pageSize: 'A4',
      margins: 'normal',
    },
  };
}
