import { blockContext, type BlockContext } from '../../../documents/strategyBlocks/blockContext';
import type { UiLanguage } from '../../../schema/primitives';
import type { Strategy } from '../../../schema/strategy';
import { marketSizing, type SizingProblem } from '../../../strategy/marketSizing';
import type { PlanContext, PlanSectionOutput, PlanSectionWriter } from '../planContext';
import {
  definitionListHtml, emptyNoteHtml, escapeHtml, hasText, headingHtml, paragraphsHtml, sectionAnchor, sectionHtml, tableHtml, textHtml,
} from '../printHtml';
import { printWords } from '../printWords';

/**
 * Market analysis 市场分析: per plan strategy, the research block (market sizing, findings with
 * their confidence, sources, the competitor table, research notes). Empty when no strategy of
 * the plan has any of these.
 */

interface Labels {
  title: string;
  marketSize: string;
  tam: string;
  sam: string;
  som: string;
  samOfTam: (percent: string) => string;
  somOfSam: (percent: string) => string;
  problems: Record<SizingProblem, string>;
  findings: string;
  finding: string;
  confidence: string;
  source: string;
  date: string;
  sources: string;
  sourceTitle: string;
  reference: string;
  notes: string;
  competitors: string;
  researchNotes: string;
  nothingYet: string;
  productMarket: (product: string, market: string) => string;
}

const LABELS: Record<UiLanguage, Labels> = {
  en: {
    title: 'Market analysis',
    marketSize: 'Market size',
    tam: 'TAM — total addressable market',
    sam: 'SAM — serviceable available market',
    som: 'SOM — serviceable obtainable market',
    samOfTam: (percent) => `SAM is ${percent} of TAM`,
    somOfSam: (percent) => `SOM is ${percent} of SAM`,
    problems: {
      'sam-above-tam': 'SAM is larger than TAM: the serviceable market is part of the total.',
      'som-above-sam': 'SOM is larger than SAM: the obtainable share is part of the serviceable market.',
      'som-above-tam': 'SOM is larger than TAM.',
    },
    findings: 'Findings',
    finding: 'Finding',
    confidence: 'Confidence',
    source: 'Source',
    date: 'Date',
    sources: 'Sources',
    sourceTitle: 'Title',
    reference: 'Link or reference',
    notes: 'Notes',
    competitors: 'Competitors',
    researchNotes: 'Research notes',
    nothingYet: 'No market research recorded for this strategy yet.',
    productMarket: (product, market) => [product && `Product: ${product}`, market && `Market: ${market}`].filter(Boolean).join(' · '),
  },
  'zh-CN': {
    title: '市场分析',
    marketSize: '市场规模',
    tam: 'TAM — 总体可触达市场',
    sam: 'SAM — 可服务市场',
    som: 'SOM — 可获得市场',
    samOfTam: (percent) => `SAM 占 TAM 的 ${percent}`,
    somOfSam: (percent) => `SOM 占 SAM 的 ${percent}`,
    problems: {
      'sam-above-tam': 'SAM 大于 TAM：可服务市场应是总体市场的一部分。',
      'som-above-sam': 'SOM 大于 SAM：可获得份额应是可服务市场的一部分。',
      'som-above-tam': 'SOM 大于 TAM。',
    },
    findings: '调研发现',
    finding: '发现',
    confidence: '可信度',
    source: '来源',
    date: '日期',
    sources: '调研来源',
    sourceTitle: '标题',
    reference: '链接或出处',
    notes: '备注',
    competitors: '竞争对手',
    researchNotes: '调研备注',
    nothingYet: '此策略尚无市场调研记录。',
    productMarket: (product, market) => [product && `产品：${product}`, market && `市场：${market}`].filter(Boolean).join(' · '),
  },
};

export const marketAnalysisTitle = (language: UiLanguage): string => LABELS[language].title;

const hasMarketSize = (strategy: Strategy): boolean => {
  const { tam, sam, som } = strategy.targetMarket.marketSize;
  return tam !== null || sam !== null || som !== null;
};

/** True when the strategy has any research of the user's: sizing, findings, sources, competitors or notes. */
export function hasResearch(strategy: Strategy): boolean {
  const { research } = strategy;
  return hasMarketSize(strategy) || research.findings.length > 0 || research.sources.length > 0
    || research.competitors.length > 0 || hasText(research.notes);
}

function sizeText(value: number, strategy: Strategy, block: BlockContext): string {
  const unit = strategy.targetMarket.marketSize.unit;
  return unit === 'revenue' ? block.money(value) : `${block.number(value)} ${block.labels.sizeUnits[unit]}`;
}

function marketSizeHtml(strategy: Strategy, block: BlockContext, labels: Labels): string {
  if (!hasMarketSize(strategy)) return '';
  const size = strategy.targetMarket.marketSize;
  const facts = (['tam', 'sam', 'som'] as const)
    .filter((key) => size[key] !== null)
    .map((key): [string, string] => [labels[key], escapeHtml(sizeText(size[key]!, strategy, block))]);
  const sizing = marketSizing(size);
  const ratios = [
    sizing.samOfTamPercent === null ? '' : labels.samOfTam(block.percent(sizing.samOfTamPercent)),
    sizing.somOfSamPercent === null ? '' : labels.somOfSam(block.percent(sizing.somOfSamPercent)),
  ].filter(hasText);
  return headingHtml(3, labels.marketSize)
    + definitionListHtml(facts)
    + (ratios.length > 0 ? `<p>${escapeHtml(ratios.join(' · '))}</p>` : '')
    + sizing.problems.map((problem) => `<p class="warning">${escapeHtml(labels.problems[problem])}</p>`).join('');
}

function findingsHtml(strategy: Strategy, labels: Labels, language: UiLanguage): string {
  const { findings, sources } = strategy.research;
  if (findings.length === 0) return '';
  const words = printWords(language);
  const sourceTitle = new Map(sources.map((source) => [source.id, source.title]));
  return headingHtml(3, labels.findings) + tableHtml({
    className: 'findings-table',
    headers: [labels.finding, labels.confidence, labels.source, labels.date],
    nowrap: [1, 3],
    rows: findings.map((finding) => [
      textHtml(finding.text),
      escapeHtml(words.confidence[finding.confidence]),
      textHtml(finding.sourceId === null ? '' : sourceTitle.get(finding.sourceId) ?? ''),
      escapeHtml(finding.date ?? ''),
    ]),
  });
}

function sourcesHtml(strategy: Strategy, labels: Labels, language: UiLanguage): string {
  const { sources } = strategy.research;
  if (sources.length === 0) return '';
  const words = printWords(language);
  return headingHtml(3, labels.sources) + tableHtml({
    className: 'sources-table',
    headers: [labels.sourceTitle, labels.reference, labels.date, labels.confidence, labels.notes],
    nowrap: [2, 3],
    // The reference is printed as text, never as a link: a printed plan needs the address
    // visible, and text cannot carry a javascript: URL into the PDF.
    rows: sources.map((source) => [
      textHtml(source.title), `<span class="reference">${textHtml(source.url)}</span>`, escapeHtml(source.date ?? ''),
      escapeHtml(words.confidence[source.confidence]), textHtml(source.notes),
    ]),
  });
}

function competitorsHtml(strategy: Strategy, block: BlockContext, labels: Labels): string {
  const { competitors } = strategy.research;
  if (competitors.length === 0) return '';
  const l = block.labels;
  return headingHtml(3, labels.competitors) + tableHtml({
    className: 'competitors-table',
    headers: [l.competitor, l.priceLevel, l.price, l.strengths, l.weaknesses],
    numeric: [2],
    nowrap: [1],
    rows: competitors.map((competitor) => [
      textHtml(competitor.name), escapeHtml(l.priceLevels[competitor.priceLevel]),
      escapeHtml(competitor.price === null ? l.notSet : block.money(competitor.price)),
      textHtml(competitor.strengths), textHtml(competitor.weaknesses),
    ]),
  });
}

function strategyResearchHtml(strategy: Strategy, ctx: PlanContext, labels: Labels): string {
  const block = blockContext(strategy, { language: ctx.language, currency: ctx.workspace.settings.currency });
  const heading = headingHtml(2, strategy.name, sectionAnchor('market-analysis', strategy.id));
  const subtitle = labels.productMarket(strategy.product.trim(), strategy.market.trim());
  const intro = hasText(subtitle) ? `<p class="plan-subtitle">${escapeHtml(subtitle)}</p>` : '';
  if (!hasResearch(strategy)) return heading + intro + emptyNoteHtml(labels.nothingYet);
  const notes = paragraphsHtml(strategy.research.notes);
  return heading + intro
    + marketSizeHtml(strategy, block, labels)
    + findingsHtml(strategy, labels, ctx.language)
    + sourcesHtml(strategy, labels, ctx.language)
    + competitorsHtml(strategy, block, labels)
    + (notes === '' ? '' : headingHtml(3, labels.researchNotes) + notes);
}

export const marketAnalysisSection: PlanSectionWriter = (ctx): PlanSectionOutput => {
  const labels = LABELS[ctx.language];
  const body = ctx.strategies.map((strategy) => strategyResearchHtml(strategy, ctx, labels)).join('');
  return {
    html: sectionHtml('market-analysis', labels.title, body),
    empty: !ctx.strategies.some(hasResearch),
    toc: [
      { anchor: sectionAnchor('market-analysis'), text: labels.title, level: 1 },
      // One strategy's name under the section adds nothing to the contents; several need telling apart.
      ...(ctx.strategies.length > 1
        ? ctx.strategies.map((strategy) => ({ anchor: sectionAnchor('market-analysis', strategy.id), text: strategy.name, level: 2 as const }))
        : []),
    ],
  };
};
