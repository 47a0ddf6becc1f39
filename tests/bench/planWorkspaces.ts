import { createSampleWorkspace } from '../../shared/samplePlan/samplePlan';
import type { Strategy } from '../../shared/schema/strategy';
import type { Workspace } from '../../shared/schema/workspace';
import { generateWorkspace } from './generateWorkspace';

/** Both bench plans are dated here, so the plan year (2026) holds generateWorkspace's campaigns. */
export const PLAN_BENCH_NOW = new Date('2026-06-01T09:00:00Z');

/** The sample workspace as a new user gets it: one strategy, seven campaigns, one appendix. */
export function samplePlanWorkspace(): Workspace {
  return createSampleWorkspace('en', PLAN_BENCH_NOW);
}

/**
 * A plan of about 40 A4 pages (the bench checks 38–45 with pdfinfo): several strategies, each
 * with its four charts, a year of campaigns in the calendar, budget and hand-off tables, more
 * objectives, and BRD/PRD documents as appendices. Built from generateWorkspace's cloned sample
 * records, so every record is one the app itself could have made.
 */
export const FORTY_PAGE_SIZE = { strategies: 4, campaigns: 30, documents: 3, objectives: 4 } as const;

const scaled = (value: number | null, factor: number) => (value === null ? null : Math.round(value * factor));
const nudged = (value: number, by: number) => Math.min(10, Math.max(0, Math.round((value + by) * 10) / 10));

/**
 * Different numbers per cloned strategy, so each draws its own four charts. Identical clones
 * would give identical PNGs, which Chromium stores once in the PDF: cheaper than a real plan.
 */
function varied(strategy: Strategy, i: number): Strategy {
  const f = 1 + 0.17 * i;
  const size = strategy.targetMarket.marketSize;
  const shares = [40, 25, 15, 12, 8];
  return {
    ...strategy,
    targetMarket: { ...strategy.targetMarket, marketSize: { ...size, tam: scaled(size.tam, f), sam: scaled(size.sam, f), som: scaled(size.som, f * (1 + 0.1 * i)) } },
    positioning: {
      ...strategy.positioning,
      map: { ...strategy.positioning.map, points: strategy.positioning.map.points.map((p, j) => ({ ...p, x: nudged(p.x, 0.4 * i * (j % 2 ? -1 : 1)), y: nudged(p.y, 0.3 * i) })) },
    },
    pricing: {
      ...strategy.pricing,
      tiers: strategy.pricing.tiers.map((t) => ({ ...t, price: Math.round(t.price * (1 + 0.08 * i)) })),
      fixedCosts: scaled(strategy.pricing.fixedCosts, f),
    },
    channels: { ...strategy.channels, items: strategy.channels.items.map((c, j) => ({ ...c, targetSharePercent: c.targetSharePercent === null ? null : shares[(i + j) % shares.length]! })) },
  };
}

export function fortyPagePlanWorkspace(size = FORTY_PAGE_SIZE): Workspace {
  const ws = generateWorkspace({ campaigns: size.campaigns, documents: size.documents, strategies: size.strategies }, PLAN_BENCH_NOW);
  const base = ws.marketingPlan.objectives;
  const objectives = Array.from({ length: size.objectives }, (_, i) => ({ ...structuredClone(base[i % base.length]!), id: `obj_${i}`, name: `${base[i % base.length]!.name} ${i + 1}` }));
  return {
    ...ws,
    strategies: ws.strategies.map(varied),
    marketingPlan: { ...ws.marketingPlan, strategyIds: [], objectives, documentIds: ws.documents.map((d) => d.id) },
  };
}
