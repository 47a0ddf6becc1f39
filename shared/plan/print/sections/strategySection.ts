import { blockContext, type BlockContext } from '../../../documents/strategyBlocks/blockContext';
import { isStatementEmpty, positioningSentence } from '../../../documents/strategyBlocks/positioningSentence';
import { fill } from '../../../i18n/text';
import { commonTexts, planTexts, type PlanText } from '../../../i18n/texts';
import type { Strategy } from '../../../schema/strategy';
import { breakEven, breakEvenTier } from '../../../strategy/breakEven';
import { channelShareCheck } from '../../../strategy/channelShares';
import { strategyChartKey, type StrategyChartKind } from '../chartKeys';
import type { PlanContext, PlanSectionOutput, PlanSectionWriter } from '../planContext';
import {
  chartFigureHtml, definitionListHtml, emptyNoteHtml, escapeHtml, hasText, headingHtml, paragraphsHtml, sectionAnchor, sectionHtml,
  tableHtml, textHtml,
} from '../printHtml';
import { productMarketLine } from './productMarket';

/**
 * Strategy 策略: per plan strategy the five core elements — target market, positioning, pricing,
 * channels, promotion — with their charts (market size, perceptual map, break-even, channel mix)
 * when the renderer drew them. Empty when no strategy of the plan has anything in the five.
 */

type Labels = PlanText['print']['strategy'];

/** True when any of the five elements holds something of the user's. */
export function hasStrategyContent(strategy: Strategy): boolean {
  const { targetMarket, positioning, pricing, channels, promotion } = strategy;
  const { tam, sam, som } = targetMarket.marketSize;
  return targetMarket.segments.some((segment) => segment.chosen) || targetMarket.personas.length > 0
    || tam !== null || sam !== null || som !== null || hasText(targetMarket.notes)
    || !isStatementEmpty(positioning.statement) || positioning.differentiationPoints.some((point) => hasText(point.text))
    || positioning.map.points.length > 0 || hasText(positioning.notes)
    || pricing.strategyType !== null || pricing.tiers.length > 0 || pricing.unitVariableCost !== null || pricing.fixedCosts !== null
    || hasText(pricing.discountPolicy) || hasText(pricing.notes)
    || channels.items.length > 0 || hasText(channels.notes)
    || promotion.items.length > 0 || hasText(promotion.notes);
}

interface Parts {
  strategy: Strategy;
  ctx: PlanContext;
  block: BlockContext;
  labels: Labels;
  words: PlanText['print']['words'];
}

function chart(parts: Parts, kind: StrategyChartKind): string {
  const { strategy, ctx, labels } = parts;
  const name = labels.charts[kind];
  const caption = fill(labels.figure, { chart: name, strategy: strategy.name });
  return chartFigureHtml(ctx.charts, strategyChartKey(kind, strategy.id), caption, caption);
}

const notesHtml = (text: string, words: Parts['words']) => (hasText(text) ? `<div class="plan-notes"><p class="plan-notes-label">${escapeHtml(words.notes)}</p>${paragraphsHtml(text)}</div>` : '');

function targetMarketHtml(parts: Parts): string {
  const { strategy, block, labels } = parts;
  const l = block.labels;
  const { segments, personas, marketSize, notes } = strategy.targetMarket;
  const chosen = segments.filter((segment) => segment.chosen);
  const sized = (value: number) => (marketSize.unit === 'revenue' ? block.money(value) : `${block.number(value)} ${l.sizeUnits[marketSize.unit]}`);
  const segmentSize = (segment: (typeof chosen)[number]) => {
    if (segment.sizeEstimate === null) return block.common.none;
    return segment.sizeUnit === 'revenue' ? block.money(segment.sizeEstimate) : `${block.number(segment.sizeEstimate)} ${l.sizeUnits[segment.sizeUnit]}`;
  };
  const segmentsHtml = chosen.length === 0
    ? emptyNoteHtml(l.noSegments)
    : tableHtml({
        className: 'segments-table',
        headers: [l.segment, labels.description, l.sizeEstimate, l.growth, l.attractiveness],
        numeric: [2, 3, 4],
        rows: chosen.map((segment) => [
          textHtml(segment.name), textHtml(segment.description), escapeHtml(segmentSize(segment)),
          escapeHtml(segment.growthPercent === null ? block.common.none : block.percent(segment.growthPercent)), escapeHtml(`${segment.attractiveness}/5`),
        ]),
      });
  const sizes = (['tam', 'sam', 'som'] as const).filter((key) => marketSize[key] !== null);
  const sizeHtml = sizes.length === 0
    ? emptyNoteHtml(l.noMarketSize)
    : `<p>${escapeHtml(sizes.map((key) => `${key.toUpperCase()}${block.common.colon}${sized(marketSize[key]!)}`).join(' · '))}</p>`;
  const f = labels.personaFields;
  const personasHtml = personas.length === 0
    ? emptyNoteHtml(l.noPersonas)
    : personas.map((persona) => `<div class="persona keep"><p class="persona-name">${textHtml(persona.name)}</p>${definitionListHtml(
        ([[f.role, persona.role], [f.goals, persona.goals], [f.pains, persona.pains], [f.buyingCriteria, persona.buyingCriteria], [f.channels, persona.channels]] as Array<[string, string]>)
          .filter(([, value]) => hasText(value))
          .map(([term, value]): [string, string] => [term, textHtml(value)]),
      )}</div>`).join('');
  return headingHtml(3, labels.elements.targetMarket)
    + `<p class="plan-label">${escapeHtml(l.chosenSegments)}</p>` + segmentsHtml
    + `<p class="plan-label">${escapeHtml(l.marketSize)}</p>` + sizeHtml + chart(parts, 'market-size')
    + `<p class="plan-label">${escapeHtml(l.personas)}</p>` + personasHtml
    + notesHtml(notes, parts.words);
}

function positioningHtml(parts: Parts): string {
  const { strategy, block, labels, ctx } = parts;
  const l = block.labels;
  const { statement, differentiationPoints, notes } = strategy.positioning;
  const competitorName = new Map(strategy.research.competitors.map((competitor) => [competitor.id, competitor.name]));
  const points = differentiationPoints.filter((point) => hasText(point.text));
  const statementHtml = isStatementEmpty(statement)
    ? emptyNoteHtml(l.noStatement)
    : `<p class="statement">${textHtml(positioningSentence(statement, ctx.language))}</p>`;
  const pointsHtml = points.length === 0
    ? emptyNoteHtml(l.noDifferentiation)
    : `<ul class="differentiation">${points.map((point) => {
        const against = point.competitorId === null ? undefined : competitorName.get(point.competitorId);
        return `<li>${textHtml(point.text)}${against === undefined ? '' : escapeHtml(fill(l.against, { competitor: against }))}</li>`;
      }).join('')}</ul>`;
  return headingHtml(3, labels.elements.positioning)
    + `<p class="plan-label">${escapeHtml(labels.statement)}</p>` + statementHtml
    + `<p class="plan-label">${escapeHtml(l.differentiation)}</p>` + pointsHtml
    + chart(parts, 'perceptual-map')
    + notesHtml(notes, parts.words);
}

function breakEvenText(pricing: Strategy['pricing'], block: BlockContext): string {
  const l = block.labels;
  const tier = breakEvenTier(pricing);
  const result = breakEven({ price: tier?.price ?? null, unitVariableCost: pricing.unitVariableCost, fixedCosts: pricing.fixedCosts });
  switch (result.kind) {
    case 'ok': return fill(l.breakEvenOk, { tier: tier!.name, price: block.money(result.price), units: block.number(result.units), revenue: block.money(result.revenue) });
    case 'no-break-even': return fill(l.breakEvenNone, { price: block.money(result.price), cost: block.money(result.unitVariableCost) });
    case 'out-of-range': return l.breakEvenOutOfRange;
    case 'incomplete': return l.breakEvenIncomplete;
  }
}

function pricingHtml(parts: Parts): string {
  const { strategy, block, labels } = parts;
  const l = block.labels;
  const { pricing } = strategy;
  const segmentName = new Map(strategy.targetMarket.segments.map((segment) => [segment.id, segment.name]));
  const facts: Array<[string, string]> = [];
  if (pricing.strategyType !== null) facts.push([l.pricingStrategy, escapeHtml(l.strategyTypes[pricing.strategyType])]);
  if (pricing.unitVariableCost !== null) facts.push([labels.unitVariableCost, escapeHtml(block.money(pricing.unitVariableCost))]);
  if (pricing.fixedCosts !== null) facts.push([labels.fixedCosts, escapeHtml(block.money(pricing.fixedCosts))]);
  if (hasText(pricing.discountPolicy)) facts.push([labels.discountPolicy, textHtml(pricing.discountPolicy)]);
  const tiersHtml = pricing.tiers.length === 0
    ? emptyNoteHtml(l.noTiers)
    : tableHtml({
        className: 'tiers-table',
        headers: [l.tier, l.price, labels.tierSegment, l.includes],
        numeric: [1],
        rows: pricing.tiers.map((tier) => [
          textHtml(tier.name), escapeHtml(block.money(tier.price)),
          textHtml(tier.segmentId === null ? '' : segmentName.get(tier.segmentId) ?? ''), textHtml(tier.includes),
        ]),
      });
  const breakEvenLine = pricing.tiers.length > 0 || pricing.unitVariableCost !== null || pricing.fixedCosts !== null
    ? `<p class="break-even">${escapeHtml(breakEvenText(pricing, block))}</p>`
    : '';
  return headingHtml(3, labels.elements.pricing) + definitionListHtml(facts) + tiersHtml + breakEvenLine
    + chart(parts, 'break-even') + notesHtml(pricing.notes, parts.words);
}

function sharesText(items: Strategy['channels']['items'], block: BlockContext): string {
  const l = block.labels;
  const check = channelShareCheck(items);
  const gap = (value: number) => block.percent(Math.round(Math.abs(value) * 100) / 100);
  switch (check.state) {
    case 'empty': return '';
    case 'ok': return l.sharesOk;
    case 'under': return fill(l.sharesUnder, { total: block.percent(check.total), gap: gap(100 - check.total) });
    case 'over': return fill(l.sharesOver, { total: block.percent(check.total), gap: gap(check.total - 100) });
  }
}

function channelsHtml(parts: Parts): string {
  const { strategy, block, labels } = parts;
  const l = block.labels;
  const { items, notes } = strategy.channels;
  const percent = (value: number | null) => escapeHtml(value === null ? block.common.none : block.percent(value));
  const shares = sharesText(items, block);
  const table = items.length === 0
    ? emptyNoteHtml(l.noChannels)
    : tableHtml({
        className: 'channels-table',
        headers: [l.channel, l.channelType, labels.channelRole, l.share, l.cost, parts.words.owner],
        numeric: [3, 4],
        rows: items.map((item) => [
          textHtml(item.name), escapeHtml(block.common.channelTypes[item.type]), textHtml(item.role),
          percent(item.targetSharePercent), percent(item.costPercent), textHtml(item.owner),
        ]),
      });
  return headingHtml(3, labels.elements.channels) + table + (shares === '' ? '' : `<p>${escapeHtml(shares)}</p>`)
    + chart(parts, 'channel-mix') + notesHtml(notes, parts.words);
}

function promotionHtml(parts: Parts): string {
  const { strategy, block, labels, ctx } = parts;
  const words = commonTexts[ctx.language];
  const { total } = parts.words;
  const { items, notes } = strategy.promotion;
  const budgets = items.map((item) => item.budget).filter((budget): budget is number => budget !== null);
  const table = items.length === 0
    ? emptyNoteHtml(labels.noPromotion)
    : tableHtml({
        className: 'promotion-table',
        headers: [labels.promotionType, parts.words.objective, labels.keyMessage, labels.budget, labels.kpi],
        numeric: [3],
        rows: items.map((item) => [
          escapeHtml(words.promotionTypes[item.type]), textHtml(item.objective), textHtml(item.keyMessage),
          escapeHtml(item.budget === null ? block.common.none : block.money(item.budget)), textHtml(item.kpi),
        ]),
        totalRow: budgets.length > 1 ? [escapeHtml(total), '', '', escapeHtml(block.money(budgets.reduce((a, b) => a + b, 0))), ''] : undefined,
      });
  return headingHtml(3, labels.elements.promotion) + table + notesHtml(notes, parts.words);
}

function strategyHtml(strategy: Strategy, ctx: PlanContext, labels: Labels): string {
  const block = blockContext(strategy, { language: ctx.language, currency: ctx.workspace.settings.currency });
  const parts: Parts = { strategy, ctx, block, labels, words: planTexts[ctx.language].print.words };
  const heading = headingHtml(2, strategy.name, sectionAnchor('strategy', strategy.id));
  const subtitle = productMarketLine(strategy, ctx.language);
  const intro = hasText(subtitle) ? `<p class="plan-subtitle">${escapeHtml(subtitle)}</p>` : '';
  if (!hasStrategyContent(strategy)) return heading + intro + emptyNoteHtml(labels.nothingYet);
  return heading + intro + targetMarketHtml(parts) + positioningHtml(parts) + pricingHtml(parts) + channelsHtml(parts) + promotionHtml(parts);
}

export const strategySection: PlanSectionWriter = (ctx): PlanSectionOutput => {
  const labels = planTexts[ctx.language].print.strategy;
  const title = planTexts[ctx.language].print.sectionTitles.strategy;
  return {
    html: sectionHtml('strategy', title, ctx.strategies.map((strategy) => strategyHtml(strategy, ctx, labels)).join('')),
    empty: !ctx.strategies.some(hasStrategyContent),
    toc: [
      { anchor: sectionAnchor('strategy'), text: title, level: 1 },
      ...(ctx.strategies.length > 1
        ? ctx.strategies.map((strategy) => ({ anchor: sectionAnchor('strategy', strategy.id), text: strategy.name, level: 2 as const }))
        : []),
    ],
  };
};
