import type { Draft } from 'immer';
import { z } from 'zod';
import { defineOperation } from '../../ops/defineOperation';
import { id, shortText } from '../../schema/primitives';
import { mapPoint, positioningBlock, positioningStatement, type Strategy } from '../../schema/strategy';
import { blockUpdate, fieldsOf, keysBut, listOperations, requireItem, requireNewId, requireReference, requireStrategy } from './common';

const POINT = { en: 'differentiation point', zh: '差异化要点' };
const COMPETITOR = { en: 'competitor', zh: '竞争对手' };
const MAP_POINT = { en: 'map point', zh: '定位图上的点' };

const differentiationPoint = positioningBlock.shape.differentiationPoints.element;

const points = listOperations({
  entity: 'differentiation', what: POINT, item: differentiationPoint,
  fields: fieldsOf(differentiationPoint.shape, keysBut(differentiationPoint.shape, 'id')),
  list: (strategy) => strategy.positioning.differentiationPoints,
  check: (strategy, fields) => requireReference(strategy.research.competitors, fields.competitorId, COMPETITOR),
});

/** Where a thing on the map is: our product (null) or a competitor of the research block. */
const mapSubject = id.nullable();
const coordinate = mapPoint.shape.x;
const CENTRE = 5;

type DraftPoint = Draft<Strategy['positioning']['map']['points'][number]>;

/** The stored point a map row stands for: the own point, or the one with that competitor (the first, as mapEntries reads it). */
function belongsTo(point: DraftPoint, competitorId: string | null): boolean {
  return competitorId === null ? point.kind === 'own' : point.kind === 'competitor' && point.competitorId === competitorId;
}

/** Step 3 — positioning: notes, the statement, differentiation points and the perceptual map. */
export const positioningOps = {
  'strategy.positioning.update': blockUpdate('strategy.positioning.update', fieldsOf(positioningBlock.shape, ['notes']), (strategy) => strategy.positioning),
  /** Any of the statement's seven parts. */
  'strategy.statement.update': blockUpdate(
    'strategy.statement.update',
    fieldsOf(positioningStatement.shape, ['target', 'need', 'product', 'category', 'benefit', 'competitor', 'differentiator']),
    (strategy) => strategy.positioning.statement,
  ),
  'strategy.differentiation.add': points.add,
  'strategy.differentiation.update': points.update,
  'strategy.differentiation.remove': points.remove,

  /** The names of one axis's ends. */
  'strategy.mapAxis.update': defineOperation(
    'strategy.mapAxis.update',
    z.object({ strategyId: id, axis: z.enum(['xAxis', 'yAxis']), fields: z.object({ low: shortText.optional(), high: shortText.optional() }).strict() }).strict(),
    (draft, args) => {
      const axis = requireStrategy(draft, args.strategyId).positioning.map[args.axis];
      if (args.fields.low !== undefined) axis.low = args.fields.low;
      if (args.fields.high !== undefined) axis.high = args.fields.high;
    },
  ),

  /**
   * Moves our product or a competitor on the map, or places it there (as `pointId`; a missing
   * coordinate at the centre). Our point's label stays blank until named, so it follows the product
   * name; a competitor's point is labelled with the competitor's name.
   */
  'strategy.mapPoint.place': defineOperation(
    'strategy.mapPoint.place',
    z.object({ strategyId: id, competitorId: mapSubject, pointId: id, x: coordinate.optional(), y: coordinate.optional() }).strict(),
    (draft, args) => {
      const strategy = requireStrategy(draft, args.strategyId);
      const competitor = args.competitorId === null ? null : requireItem(strategy.research.competitors, args.competitorId, COMPETITOR);
      const points = strategy.positioning.map.points;
      const point = points.find((candidate) => belongsTo(candidate, args.competitorId));
      if (point) {
        if (args.x !== undefined) point.x = args.x;
        if (args.y !== undefined) point.y = args.y;
        return;
      }
      requireNewId(points, args.pointId, MAP_POINT);
      points.push({
        id: args.pointId, kind: competitor ? 'competitor' : 'own', competitorId: competitor ? competitor.id : null, label: competitor ? competitor.name : '',
        x: args.x ?? CENTRE, y: args.y ?? CENTRE,
      });
    },
  ),

  /** Takes our product or a competitor off the map. */
  'strategy.mapPoint.unplace': defineOperation('strategy.mapPoint.unplace', z.object({ strategyId: id, competitorId: mapSubject }).strict(), (draft, args) => {
    const strategy = requireStrategy(draft, args.strategyId);
    const points = strategy.positioning.map.points;
    for (let index = points.length - 1; index >= 0; index -= 1) if (belongsTo(points[index]!, args.competitorId)) points.splice(index, 1);
  }),

  /** A stored point's label or position. */
  'strategy.mapPoint.update': defineOperation(
    'strategy.mapPoint.update',
    z.object({ strategyId: id, id, fields: fieldsOf(mapPoint.shape, ['label', 'x', 'y']) }).strict(),
    (draft, args) => {
      const point = requireItem(requireStrategy(draft, args.strategyId).positioning.map.points, args.id, MAP_POINT);
      if (args.fields.label !== undefined) point.label = args.fields.label;
      if (args.fields.x !== undefined) point.x = args.fields.x;
      if (args.fields.y !== undefined) point.y = args.fields.y;
    },
  ),
};
