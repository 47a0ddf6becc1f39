import { blockContext, type BlockContext } from '../../../documents/strategyBlocks/blockContext';
import { isStatementEmpty, positioningSentence } from '../../../documents/strategyBlocks/positioningSentence';
import type { UiLanguage } from '../../../schema/primitives';
import type { Strategy } from '../../../schema/strategy';
import { breakEven, breakEvenTier } from '../../../strategy/breakEven';
import { channelShareCheck } from '../../../strategy/channelShares';
import { strategyChartKey, type StrategyChartKind } from '../chartKeys';
import type { PlanContext, PlanSectionOutput, PlanSectionWriter } from '../planContext';
import {
  chartFigureHtml, definitionListHtml, emptyNoteHtml, escapeHtml, hasText, headingHtml, paragraphsHtml, sectionAnchor, sectionHtml,
  tableHtml, textHtml,
} from '../printHtml';
import { printWords } from '../printWords';

/**
 * Strategy 策略: per plan strategy the five core elements — target market, positioning, pricing,
 * channels, promotion — with their charts (market size, perceptual map, break-even, channel mix)
 * when the renderer drew them. Empty when no strategy of the plan has anything in the five.
 */

interface Labels {
  title: string;
  elements: { targetMarket: string; positioning: string; pricing: string; channels: string; promotion: string };
  description: string;
  personaFields: { role: string; goals: string; pains: string; buyingCriteria: string; channels: string };
  statement: string;
  tierSegment: string;
  unitVariableCost: string;
  fixedCosts: string;
  discountPolicy: string;
  channelRole: string;
  owner: string;
  promotionType: string;
  objective: string;
  keyMessage: string;
  budget: string;
  kpi: string;
  noPromotion: string;
  notes: string;
  charts: Record<StrategyChartKind, string>;
  figure: (chart: string, strategy: string) => string;
  nothingYet: string;
  productMarket: (product: string, market: string) => string;
}

const LABELS: Record<UiLanguage, Labels> = {
  en: {
    title: 'Strategy',
    elements: { targetMarket: 'Target market', positioning: 'Positioning', pricing: 'Pricing', channels: 'Channels', promotion: 'Promotion' },
    description: 'Description',
    personaFields: { role: 'Role', goals: 'Goals', pains: 'Pains', buyingCriteria: 'Buying criteria', channels: 'Channels they use' },
    statement: 'Positioning statement',
    tierSegment: 'Segment',
    unitVariableCost: 'Unit variable cost',
    fixedCosts: 'Fixed costs',
    discountPolicy: 'Discount policy',
    channelRole: 'Role',
    owner: 'Owner',
    promotionType: 'Type',
    objective: 'Objective',
    keyMessage: 'Key message',
    budget: 'Budget',
    kpi: 'KPI',
    noPromotion: 'No promotion items yet.',
    notes: 'Notes',
    charts: {
      'market-size': 'Market size funnel: TAM, SAM and SOM',
      'perceptual-map': 'Perceptual map',
      'break-even': 'Break-even: revenue and total cost by units sold',
      'channel-mix': 'Channel mix by target share',
    },
    figure: (chart, strategy) => `${chart} — ${strategy}`,
    nothingYet: 'Nothing written for this strategy yet.',
    productMarket: (product, market) => [product && `Product: ${product}`, market && `Market: ${market}`].filter(Boolean).join(' · '),
  },
  'zh-CN': {
    title: '策略',
    elements: { targetMarket: '目标市场', positioning: '定位', pricing: '定价', channels: '渠道', promotion: '促销' },
    description: '描述',
    personaFields: { role: '角色', goals: '目标', pains: '痛点', buyingCriteria: '购买标准', channels: '常用渠道' },
    statement: '定位陈述',
    tierSegment: '细分市场',
    unitVariableCost: '单位变动成本',
    fixedCosts: '固定成本',
    discountPolicy: '折扣政策',
    channelRole: '角色',
    owner: '负责人',
    promotionType: '类型',
    objective: '目标',
    keyMessage: '核心信息',
    budget: '预算',
    kpi: '关键绩效指标',
    noPromotion: '尚无促销项。',
    notes: '备注',
    charts: {
      'market-size': '市场规模漏斗：TAM、SAM 和 SOM',
      'perceptual-map': '定位图',
      'break-even': '盈亏平衡：不同销量下的销售额与总成本',
      'channel-mix': '按目标占比的渠道组合',
    },
    figure: (chart, strategy) => `${chart} — ${strategy}`,
    nothingYet: '此策略尚未填写内容。',
    productMarket: (product, market) => [product && `产品：${product}`, market && `市场：${market}`].filter(Boolean).join(' · '),
  },
};

export const strategySectionTitle = (language: UiLanguage): string => LABELS[language].title;

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
}

function chart(parts: Parts, kind: StrategyChartKind): string {
  const { strategy, ctx, labels } = parts;
  const name = labels.charts[kind];
  return chartFigureHtml(ctx.charts, strategyChartKey(kind, strategy.id), labels.figure(name, strategy.name), labels.figure(name, strategy.name));
}

const notesHtml = (text: string, labels: Labels) => (hasText(text) ? `<div class="plan-notes"><p class="plan-notes-label">${escapeHtml(labels.notes)}</p>${paragraphsHtml(text)}</div>` : '');

function targetMarketHtml(parts: Parts): string {
  const { strategy, block, labels } = parts;
  const l = block.labels;
  const { segments, personas, marketSize, notes } = strategy.targetMarket;
  const chosen = segments.filter((segment) => segment.chosen);
  const sized = (value: number) => (marketSize.unit === 'revenue' ? block.money(value) : `${block.number(value)} ${l.sizeUnits[marketSize.unit]}`);
  const segmentSize = (segment: (typeof chosen)[number]) => {
    if (segment.sizeEstimate === null) return l.notSet;
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
          escapeHtml(segment.growthPercent === null ? l.notSet : block.percent(segment.growthPercent)), escapeHtml(`${segment.attractiveness}/5`),
        ]),
      });
  const sizes = (['tam', 'sam', 'som'] as const).filter((key) => marketSize[key] !== null);
  const sizeHtml = sizes.length === 0
    ? emptyNoteHtml(l.noMarketSize)
    : `<p>${escapeHtml(sizes.map((key) => `${key.toUpperCase()}${l.colon}${sized(marketSize[key]!)}`).join(' · '))}</p>`;
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
    + notesHtml(notes, labels);
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
        return `<li>${textHtml(point.text)}${against === undefined ? '' : escapeHtml(l.against(against))}</li>`;
      }).join('')}</ul>`;
  return headingHtml(3, labels.elements.positioning)
    + `<p class="plan-label">${escapeHtml(labels.statement)}</p>` + statementHtml
    + `<p class="plan-label">${escapeHtml(l.differentiation)}</p>` + pointsHtml
    + chart(parts, 'perceptual-map')
    + notesHtml(notes, labels);
}

function breakEvenText(pricing: Strategy['pricing'], block: BlockContext): string {
  const l = block.labels;
  const tier = breakEvenTier(pricing);
  const result = breakEven({ price: tier?.price ?? null, unitVariableCost: pricing.unitVariableCost, fixedCosts: pricing.fixedCosts });
  switch (result.kind) {
    case 'ok': return l.breakEvenOk(tier!.name, block.money(result.price), block.number(result.units), block.money(result.revenue));
    case 'no-break-even': return l.breakEvenNone(block.money(result.price), block.money(result.unitVariableCost));
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
    + chart(parts, 'break-even') + notesHtml(pricing.notes, labels);
}

function sharesText(items: Strategy['channels']['items'], block: BlockContext): string {
  const l = block.labels;
  const check = channelShareCheck(items);
  const gap = (value: number) => block.percent(Math.round(Math.abs(value) * 100) / 100);
  switch (check.state) {
    case 'empty': return '';
    case 'ok': return l.sharesOk;
    case 'under': return l.sharesUnder(block.percent(check.total), gap(100 - check.total));
    case 'over': return l.sharesOver(block.percent(check.total), gap(check.total - 100));
  }
}

function channelsHtml(parts: Parts): string {
  const { strategy, block, labels } = parts;
  const l = block.labels;
  const { items, notes } = strategy.channels;
  const percent = (value: number | null) => escapeHtml(value === null ? l.notSet : block.percent(value));
  const shares = sharesText(items, block);
  const table = items.length === 0
    ? emptyNoteHtml(l.noChannels)
    : tableHtml({
        className: 'channels-table',
        headers: [l.channel, l.channelType, labels.channelRole, l.share, l.cost, labels.owner],
        numeric: [3, 4],
        rows: items.map((item) => [
          textHtml(item.name), escapeHtml(l.channelTypes[item.type]), textHtml(item.role),
          percent(item.targetSharePercent), percent(item.costPercent), textHtml(item.owner),
        ]),
      });
  return headingHtml(3, labels.elements.channels) + table + (shares === '' ? '' : `<p>${escapeHtml(shares)}</p>`)
    + chart(parts, 'channel-mix') + notesHtml(notes, labels);
}

function promotionHtml(parts: Parts): string {
  const { strategy, block, labels, ctx } = parts;
  const words = printWords(ctx.language);
  const { items, notes } = strategy.promotion;
  const budgets = items.map((item) => item.budget).filter((budget): budget is number => budget !== null);
  const table = items.length === 0
    ? emptyNoteHtml(labels.noPromotion)
    : tableHtml({
        className: 'promotion-table',
        headers: [labels.promotionType, labels.objective, labels.keyMessage, labels.budget, labels.kpi],
        numeric: [3],
        rows: items.map((item) => [
          escapeHtml(words.promotionTypes[item.type]), textHtml(item.objective), textHtml(item.keyMessage),
          escapeHtml(item.budget === null ? block.labels.notSet : block.money(item.budget)), textHtml(item.kpi),
        ]),
        totalRow: budgets.length > 1 ? [escapeHtml(words.total), '', '', escapeHtml(block.money(budgets.reduce((a, b) => a + b, 0))), ''] : undefined,
      });
  return headingHtml(3, labels.elements.promotion) + table + notesHtml(notes, labels);
}

function strategyHtml(strategy: Strategy, ctx: PlanContext, labels: Labels): string {
  const block = blockContext(strategy, { language: ctx.language, currency: ctx.workspace.settings.currency });
  const parts: Parts = { strategy, ctx, block, labels };
  const heading = headingHtml(2, strategy.name, sectionAnchor('strategy', strategy.id));
  const subtitle = labels.productMarket(strategy.product.trim(), strategy.market.trim());
  const intro = hasText(subtitle) ? `<p class="plan-subtitle">${escapeHtml(subtitle)}</p>` : '';
  if (!hasStrategyContent(strategy)) return heading + intro + emptyNoteHtml(labels.nothingYet);
  return heading + intro + targetMarketHtml(parts) + positioningHtml(parts) + pricingHtml(parts) + channelsHtml(parts) + promotionHtml(parts);
}

export const strategySection: PlanSectionWriter = (ctx): PlanSectionOutput => {
  const labels = LABELS[ctx.language];
  return {
    html: sectionHtml('strategy', labels.title, ctx.strategies.map((strategy) => strategyHtml(strategy, ctx, labels)).join('')),
    empty: !ctx.strategies.some(hasStrategyContent),
    toc: [
      { anchor: sectionAnchor('strategy'), text: labels.title, level: 1 },
      ...(ctx.strategies.length > 1
        ? ctx.strategies.map((strategy) => ({ anchor: sectionAnchor('strategy', strategy.id), text: strategy.name, level: 2 as const }))
        : []),
    ],
  };
};
