import { describe, expect, it } from 'vitest';
import type { Strategy } from '../schema/strategy';
import { createSampleWorkspace } from '../samplePlan/samplePlan';
import { clampMapValue, mapEntries, type MapPoint } from './perceptualMap';

const sample = (): Strategy => createSampleWorkspace('en', new Date('2026-01-15T09:00:00Z')).strategies[0]!;

type Competitor = Strategy['research']['competitors'][number];
const competitor = (id: string, name: string): Competitor => ({
  id, name, website: '', priceLevel: 'mid', price: null, strengths: '', weaknesses: '',
});
const own = (label: string, x = 5, y = 5): MapPoint => ({ id: 'pt_own', kind: 'own', competitorId: null, label, x, y });
const theirs = (id: string, competitorId: string | null, x = 1, y = 1): MapPoint => ({ id, kind: 'competitor', competitorId, label: `point ${id}`, x, y });

function positioningWith(points: MapPoint[]): Strategy['positioning'] {
  return { ...sample().positioning, map: { xAxis: { low: '', high: '' }, yAxis: { low: '', high: '' }, points } };
}

describe('mapEntries', () => {
  it('lists the own product then every competitor for the sample plan', () => {
    const s = sample();
    const entries = mapEntries(s.positioning, s.research.competitors, 'Our product');
    expect(entries.map(({ key, kind, competitorId, label }) => ({ key, kind, competitorId, label }))).toEqual([
      { key: 'own', kind: 'own', competitorId: null, label: 'Brightleaf S2' },
      { key: 'cpt_1', kind: 'competitor', competitorId: 'cpt_1', label: 'Kettlo' },
      { key: 'cpt_2', kind: 'competitor', competitorId: 'cpt_2', label: 'PureBoil' },
      { key: 'cpt_3', kind: 'competitor', competitorId: 'cpt_3', label: 'Aurum Living' },
    ]);
    expect(entries.map((e) => e.point && [e.point.id, e.point.x, e.point.y])).toEqual([
      ['pt_own', 6.5, 8.5], ['pt_1', 5, 5], ['pt_2', 2, 2.5], ['pt_3', 9, 7],
    ]);
    // The stored point objects themselves, not copies.
    expect(entries[0]!.point).toBe(s.positioning.map.points[0]);
  });

  it('uses the fallback label when the own product is not placed', () => {
    expect(mapEntries(positioningWith([]), [], 'Our product')).toEqual([
      { key: 'own', kind: 'own', competitorId: null, label: 'Our product', point: null },
    ]);
  });

  it('uses the fallback label when the own point has a blank label, but keeps the point', () => {
    const point = own('  ');
    const [entry] = mapEntries(positioningWith([point]), [], 'Our product');
    expect(entry).toEqual({ key: 'own', kind: 'own', competitorId: null, label: 'Our product', point });
  });

  it('labels competitors by their current name, not the label stored on the point', () => {
    const entries = mapEntries(positioningWith([theirs('p1', 'c1')]), [competitor('c1', 'Renamed Co')], 'Us');
    expect(entries[1]).toEqual({ key: 'c1', kind: 'competitor', competitorId: 'c1', label: 'Renamed Co', point: theirs('p1', 'c1') });
  });

  it('lists unplaced competitors with a null point, in research order', () => {
    const entries = mapEntries(
      positioningWith([theirs('p2', 'c2', 3, 4)]),
      [competitor('c1', 'One'), competitor('c2', 'Two'), competitor('c3', 'Three')],
      'Us',
    );
    expect(entries.map((e) => [e.key, e.point?.id ?? null])).toEqual([['own', null], ['c1', null], ['c2', 'p2'], ['c3', null]]);
  });

  it('leaves out points whose competitor no longer exists, and competitor points without a competitor', () => {
    const entries = mapEntries(
      positioningWith([own('Us'), theirs('p1', 'deleted'), theirs('p2', null), theirs('p3', 'c1')]),
      [competitor('c1', 'One')],
      'fallback',
    );
    expect(entries).toHaveLength(2);
    expect(entries.map((e) => e.point?.id)).toEqual(['pt_own', 'p3']);
  });

  it('takes the first point when a stored map holds duplicates', () => {
    const entries = mapEntries(
      positioningWith([own('First own', 1, 1), own('Second own', 2, 2), theirs('p1', 'c1', 1, 1), theirs('p2', 'c1', 9, 9)]),
      [competitor('c1', 'One')],
      'fallback',
    );
    expect(entries.map((e) => [e.label, e.point?.x])).toEqual([['First own', 1], ['One', 1]]);
  });

  it('handles 200 competitors and points', () => {
    const competitors = Array.from({ length: 200 }, (_, i) => competitor(`c${i}`, `Competitor ${i}`));
    const points = competitors.filter((_, i) => i % 2 === 0).map((c, i) => theirs(`p${i}`, c.id, i % 11, 10 - (i % 11)));
    const entries = mapEntries(positioningWith(points), competitors, 'Us');
    expect(entries).toHaveLength(201);
    expect(entries.filter((e) => e.point !== null)).toHaveLength(100);
    // Entry 0 is the own product, so entry i + 1 is competitor i; only even ones are placed.
    expect(entries[199]!.key).toBe('c198');
    expect(entries[199]!.label).toBe('Competitor 198');
    expect(entries[199]!.point?.id).toBe('p99');
    expect(entries[200]!.key).toBe('c199');
    expect(entries[200]!.point).toBeNull();
  });
});

describe('clampMapValue', () => {
  it('keeps values inside the range, rounded to one decimal', () => {
    expect(clampMapValue(5)).toBe(5);
    expect(clampMapValue(0)).toBe(0);
    expect(clampMapValue(10)).toBe(10);
    expect(clampMapValue(3.14159)).toBe(3.1);
    expect(clampMapValue(5.55)).toBe(5.6);
    expect(clampMapValue(0.05)).toBe(0.1);
    expect(clampMapValue(9.94)).toBe(9.9);
    expect(clampMapValue(9.95)).toBe(10);
    expect(clampMapValue(0.04)).toBe(0);
    expect(clampMapValue(1e-15)).toBe(0);
  });

  it('removes float noise from drag arithmetic', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(clampMapValue(0.1 + 0.2)).toBe(0.3);
    expect(clampMapValue(3 * 1.1)).toBe(3.3);
  });

  it('stops at the edges', () => {
    expect(clampMapValue(-1)).toBe(0);
    expect(clampMapValue(10.04)).toBe(10);
    expect(clampMapValue(11)).toBe(10);
    expect(clampMapValue(1e15)).toBe(10);
    expect(clampMapValue(Number.MAX_VALUE)).toBe(10);
    expect(clampMapValue(-Number.MAX_VALUE)).toBe(0);
    expect(clampMapValue(Number.POSITIVE_INFINITY)).toBe(10);
    expect(clampMapValue(Number.NEGATIVE_INFINITY)).toBe(0);
  });

  it('never returns -0 or NaN', () => {
    expect(Object.is(clampMapValue(-0), 0)).toBe(true);
    expect(Object.is(clampMapValue(-0.04), 0)).toBe(true);
    expect(Object.is(clampMapValue(-5), 0)).toBe(true);
    expect(clampMapValue(Number.NaN)).toBe(0);
  });
});
