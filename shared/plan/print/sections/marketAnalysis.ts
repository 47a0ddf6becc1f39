import { blockContext, type BlockContext } from '../../../documents/strategyBlocks/blockContext';
import { fill } from '../../../i18n/text';
import { commonTexts, planTexts, type PlanText } from '../../../i18n/texts';
import type { UiLanguage } from '../../../schema/primitives';
import type { Strategy } from '../../../schema/strategy';
import { marketSizing } from '../../../strategy/marketSizing';
import type { PlanContext, PlanSectionOutput, PlanSectionWriter } from '../planContext';
import {
  definitionListHtml, emptyNoteHtml, escapeHtml, hasText, headingHtml, paragraphsHtml, sectionAnchor, sectionHtml, tableHtml, textHtml,
} from '../printHtml';
import { productMarketLine } from './productMarket';

/**
 * Market analysis 市场分析: per plan strategy, the research block (market sizing, findings with
 * their confidence, sources, the competitor table, research notes). Empty when no strategy of
 * the plan has any of these.
 */

type Labels = PlanText['print']['marketAnalysis'];

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
    sizing.samOfTamPercent === null ? '' : fill(labels.samOfTam, { percent: block.percent(sizing.samOfTamPercent) }),
    sizing.somOfSamPercent === null ? '' : fill(labels.somOfSam, { percent: block.percent(sizing.somOfSamPercent) }),
  ].filter(hasText);
  return headingHtml(3, labels.marketSize)
    + definitionListHtml(facts)
    + (ratios.length > 0 ? `<p>${escapeHtml(ratios.join(' · '))}</p>` : '')
    + sizing.problems.map((problem) => `<p class="warning">${escapeHtml(labels.problems[problem])}</p>`).join('');
}

function findingsHtml(strategy: Strategy, labels: Labels, language: UiLanguage): string {
  const { findings, sources } = strategy.research;
  if (findings.length === 0) return '';
  const words = commonTexts[language];
  const { date } = planTexts[language].print.words;
  const sourceTitle = new Map(sources.map((source) => [source.id, source.title]));
  return headingHtml(3, labels.findings) + tableHtml({
    className: 'findings-table',
    headers: [labels.finding, labels.confidence, labels.source, date],
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
  const words = commonTexts[language];
  const { date, notes } = planTexts[language].print.words;
  return headingHtml(3, labels.sources) + tableHtml({
    className: 'sources-table',
    headers: [labels.sourceTitle, labels.reference, date, labels.confidence, notes],
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
      escapeHtml(competitor.price === null ? block.common.none : block.money(competitor.price)),
      textHtml(competitor.strengths), textHtml(competitor.weaknesses),
    ]),
  });
}

function strategyResearchHtml(strategy: Strategy, ctx: PlanContext, labels: Labels): string {
  const block = blockContext(strategy, { language: ctx.language, currency: ctx.workspace.settings.currency });
  const heading = headingHtml(2, strategy.name, sectionAnchor('market-analysis', strategy.id));
  const subtitle = productMarketLine(strategy, ctx.language);
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
  const labels = planTexts[ctx.language].print.marketAnalysis;
  const title = planTexts[ctx.language].print.sectionTitles['market-analysis'];
  const body = ctx.strategies.map((strategy) => strategyResearchHtml(strategy, ctx, labels)).join('');
  return {
    html: sectionHtml('market-analysis', title, body),
    empty: !ctx.strategies.some(hasResearch),
    toc: [
      { anchor: sectionAnchor('market-analysis'), text: title, level: 1 },
      // One strategy's name under the section adds nothing to the contents; several need telling apart.
      ...(ctx.strategies.length > 1
        ? ctx.strategies.map((strategy) => ({ anchor: sectionAnchor('market-analysis', strategy.id), text: strategy.name, level: 2 as const }))
        : []),
    ],
  };
};
