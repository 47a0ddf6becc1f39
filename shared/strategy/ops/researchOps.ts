import { competitor, researchBlock, researchFinding, researchSource } from '../../schema/strategy';
import { blockUpdate, fieldsOf, keysBut, listOperations, requireReference } from './common';

const SOURCE = { en: 'research source', zh: '调研来源' };
const FINDING = { en: 'research finding', zh: '调研发现' };
const COMPETITOR = { en: 'competitor', zh: '竞争对手' };

const sources = listOperations({
  entity: 'source', what: SOURCE, item: researchSource,
  fields: fieldsOf(researchSource.shape, keysBut(researchSource.shape, 'id')),
  list: (strategy) => strategy.research.sources,
  // Findings that cited the source keep their text, citing nothing.
  onRemove: (strategy, sourceId) => {
    for (const finding of strategy.research.findings) if (finding.sourceId === sourceId) finding.sourceId = null;
  },
});

const findings = listOperations({
  entity: 'finding', what: FINDING, item: researchFinding,
  fields: fieldsOf(researchFinding.shape, keysBut(researchFinding.shape, 'id')),
  list: (strategy) => strategy.research.findings,
  check: (strategy, fields) => requireReference(strategy.research.sources, fields.sourceId, SOURCE),
});

const competitors = listOperations({
  entity: 'competitor', what: COMPETITOR, item: competitor,
  fields: fieldsOf(competitor.shape, keysBut(competitor.shape, 'id')),
  list: (strategy) => strategy.research.competitors,
  // The competitor goes from everywhere the strategy refers to it: off the map, and differentiation points no longer name it.
  onRemove: (strategy, competitorId) => {
    const points = strategy.positioning.map.points;
    for (let index = points.length - 1; index >= 0; index -= 1) if (points[index]!.competitorId === competitorId) points.splice(index, 1);
    for (const point of strategy.positioning.differentiationPoints) if (point.competitorId === competitorId) point.competitorId = null;
  },
});

/** Step 1 — market research: the block's notes, its sources, findings and competitors. */
export const researchOps = {
  'strategy.research.update': blockUpdate('strategy.research.update', fieldsOf(researchBlock.shape, ['notes']), (strategy) => strategy.research),
  'strategy.source.add': sources.add,
  'strategy.source.update': sources.update,
  'strategy.source.remove': sources.remove,
  'strategy.finding.add': findings.add,
  'strategy.finding.update': findings.update,
  'strategy.finding.remove': findings.remove,
  'strategy.competitor.add': competitors.add,
  'strategy.competitor.update': competitors.update,
  'strategy.competitor.remove': competitors.remove,
};
