import type { z } from 'zod';
import type { mapPoint, Strategy } from '../schema/strategy';

/**
 * The positioning block's perceptual map: which rows the map editor lists and where each
 * sits. The research block's competitor list is the source of truth for who is on the map;
 * stored points only carry positions.
 */

export type MapPoint = z.infer<typeof mapPoint>;

export interface MapEntry {
  /** 'own' or the competitor id; unique within one map, usable as a React key. */
  key: string;
  kind: 'own' | 'competitor';
  competitorId: string | null;
  label: string;
  /** Null while the thing has not been placed on the map yet. */
  point: MapPoint | null;
}

export const MAP_MIN = 0;
export const MAP_MAX = 10;

/**
 * One row per thing that belongs on the map: the own product first (label from its point,
 * or the given fallback when there is no point or its label is blank), then every competitor
 * of the research block in order (label = competitor name, point = the map point with that
 * competitorId or null). Points whose competitor no longer exists are left out. When a
 * stored map holds duplicates, the first matching point wins.
 */
export function mapEntries(
  positioning: Strategy['positioning'],
  competitors: Strategy['research']['competitors'],
  ownFallbackLabel: string,
): MapEntry[] {
  let ownPoint: MapPoint | null = null;
  // A map instead of a find per competitor: up to 200 competitors x 200 points per render.
  const byCompetitor = new Map<string, MapPoint>();
  for (const point of positioning.map.points) {
    if (point.kind === 'own') {
      ownPoint ??= point;
    } else if (point.competitorId !== null && !byCompetitor.has(point.competitorId)) {
      byCompetitor.set(point.competitorId, point);
    }
  }
  const ownLabel = ownPoint !== null && ownPoint.label.trim().length > 0 ? ownPoint.label : ownFallbackLabel;
  return [
    { key: 'own', kind: 'own', competitorId: null, label: ownLabel, point: ownPoint },
    ...competitors.map((competitor): MapEntry => ({
      key: competitor.id,
      kind: 'competitor',
      competitorId: competitor.id,
      label: competitor.name,
      point: byCompetitor.get(competitor.id) ?? null,
    })),
  ];
}

/**
 * Clamp to the map's 0..10 range and round to one decimal, for dragging. The schema rejects
 * anything outside 0..10, so a drag past the edge must stop at the edge. NaN (a broken
 * pointer calculation) becomes 0 rather than an invalid value.
 */
export function clampMapValue(value: number): number {
  if (Number.isNaN(value)) return MAP_MIN;
  const clamped = Math.min(MAP_MAX, Math.max(MAP_MIN, value));
  // Math.max(0, -0) is +0, so no -0 ever reaches the document.
  return Math.round(clamped * 10) / 10;
}
