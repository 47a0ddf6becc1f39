import { LIMITS } from '../schema/primitives';
import type { Strategy } from '../schema/strategy';
import type { CanvasBlockKey, PromotionTarget, WorkshopDecision, WorkshopSession } from '../schema/workshop';
import type { Workspace } from '../schema/workspace';
import { clusterNotes, clusterText } from './notes';

/**
 * Promotion turns a sticky note or a cluster into ONE new item of the workshop's strategy canvas
 * and records the decision, whose `itemId` lets the canvas show where the item came from.
 */
export type PromotionSource = { noteId: string } | { clusterId: string };

export type PromotionResult =
  | { ok: true; decision: WorkshopDecision }
  | { ok: false; reason: 'no-strategy' | 'unknown-source' | 'empty-text' };

const DEFAULT_TARGET: Readonly<Record<CanvasBlockKey, PromotionTarget>> = {
  research: 'research-finding',
  targetMarket: 'segment',
  positioning: 'differentiation-point',
  // Pricing has no free-text list on the canvas; a pricing idea is most often what sets us apart.
  pricing: 'differentiation-point',
  channels: 'channel',
  promotion: 'promotion-item',
  implementation: 'promotion-item',
};

/** The target offered first for a note of a step that feeds `block`. */
export function defaultTarget(block: CanvasBlockKey): PromotionTarget {
  return DEFAULT_TARGET[block];
}

/** The text a promotion would carry: the note's text, or the cluster's title / joined notes. */
export function promotionText(session: WorkshopSession, source: PromotionSource): string {
  if ('noteId' in source) return session.notes.find((note) => note.id === source.noteId)?.text.trim() ?? '';
  return clusterText(session, source.clusterId);
}

/**
 * A name (≤ 200 characters) and a description from free text: the first non-blank line is the
 * name; the description is the rest, or the whole text when the name had to be cut short.
 */
export function splitNameAndDescription(text: string): { name: string; description: string } {
  const lines = text.split(/\r?\n/);
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0) return { name: '', description: '' };
  const line = lines[first]!.trim();
  if (line.length > LIMITS.shortText) return { name: line.slice(0, LIMITS.shortText).trimEnd(), description: text.trim() };
  return { name: line, description: lines.slice(first + 1).join('\n').trim() };
}

/** Adds the new item to the right list of the strategy, in that list's shape. */
function addCanvasItem(strategy: Strategy, target: PromotionTarget, itemId: string, text: string, date: string): void {
  switch (target) {
    case 'research-finding':
      strategy.research.findings.push({ id: itemId, text, date, confidence: 'medium', sourceId: null });
      return;
    case 'segment': {
      const { name, description } = splitNameAndDescription(text);
      strategy.targetMarket.segments.push({
        id: itemId, name, description, sizeEstimate: null, sizeUnit: 'customers', growthPercent: null, attractiveness: 3, chosen: false,
      });
      return;
    }
    case 'differentiation-point':
      strategy.positioning.differentiationPoints.push({ id: itemId, text, competitorId: null });
      return;
    case 'channel':
      strategy.channels.items.push({
        id: itemId, type: 'online-store', name: splitNameAndDescription(text).name, role: '', costPercent: null, targetSharePercent: null, owner: '',
      });
      return;
    case 'promotion-item':
      strategy.promotion.items.push({ id: itemId, type: 'advertising', objective: text, keyMessage: '', budget: null, kpi: '', campaignIds: [] });
      return;
  }
}

/** Whether the strategy holds canvas item `itemId` in the list `target` promotes into. */
export function canvasItemExists(strategy: Strategy, target: PromotionTarget, itemId: string): boolean {
  const has = (list: readonly { id: string }[]) => list.some((item) => item.id === itemId);
  switch (target) {
    case 'research-finding': return has(strategy.research.findings);
    case 'segment': return has(strategy.targetMarket.segments);
    case 'differentiation-point': return has(strategy.positioning.differentiationPoints);
    case 'channel': return has(strategy.channels.items);
    case 'promotion-item': return has(strategy.promotion.items);
  }
}

export function promote(
  workspace: Workspace, workshopId: string, source: PromotionSource, target: PromotionTarget,
  ids: { itemId: string; decisionId: string }, now: Date,
  /** The wording decided in the room, when the facilitator edited it; the notes keep their own words. */
  wording?: string,
): PromotionResult {
  const session = workspace.workshops.find((w) => w.id === workshopId);
  if (!session) return { ok: false, reason: 'unknown-source' };
  const strategy = workspace.strategies.find((s) => s.id === session.strategyId);
  if (!strategy) return { ok: false, reason: 'no-strategy' };

  let noteIds: string[];
  let clusterId: string | null = null;
  let agendaItemId: string;
  if ('noteId' in source) {
    const note = session.notes.find((n) => n.id === source.noteId);
    if (!note) return { ok: false, reason: 'unknown-source' };
    noteIds = [note.id];
    agendaItemId = note.agendaItemId;
  } else {
    const cluster = session.clusters.find((c) => c.id === source.clusterId);
    if (!cluster) return { ok: false, reason: 'unknown-source' };
    noteIds = clusterNotes(session, cluster.id).map((note) => note.id);
    clusterId = cluster.id;
    agendaItemId = cluster.agendaItemId;
  }
  const text = (wording ?? promotionText(session, source)).slice(0, LIMITS.mediumText).trim();
  if (text === '') return { ok: false, reason: 'empty-text' };

  addCanvasItem(strategy, target, ids.itemId, text, session.date);
  const decision: WorkshopDecision = {
    id: ids.decisionId, text, target, strategyId: strategy.id, itemId: ids.itemId,
    noteIds, clusterId, agendaItemId, decidedAt: now.toISOString(),
  };
  session.decisions.push(decision);
  return { ok: true, decision };
}

export interface WorkshopOrigin { workshopId: string; workshopTitle: string; date: string; decisionId: string }

/** The workshop decision that created canvas item `itemId`, for the canvas's "From workshop" badge. */
export function workshopOrigin(workspace: Workspace, itemId: string): WorkshopOrigin | null {
  for (const session of workspace.workshops) {
    const decision = session.decisions.find((d) => d.itemId === itemId);
    if (decision) return { workshopId: session.id, workshopTitle: session.title, date: session.date, decisionId: decision.id };
  }
  return null;
}
