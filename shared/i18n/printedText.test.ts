import { createHash } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { documentToDocx } from '../documents/export/docxWriter';
import { documentToHtml } from '../documents/export/htmlWriter';
import { documentToMarkdown } from '../documents/export/markdownWriter';
import { fixtureModel } from '../documents/export/testFixtures';
import { positioningSentence } from '../documents/strategyBlocks/positioningSentence';
import { resolveStrategyBlocks } from '../documents/strategyBlocks/resolveStrategyBlocks';
import { strategyBlockContent } from '../documents/strategyBlocks/strategyBlockContent';
import { STRATEGY_CHART_KINDS, BUDGET_CHART_KEYS, strategyChartKey } from '../plan/print/chartKeys';
import { planDocumentHtml } from '../plan/print/planDocument';
import { createEmptyWorkspace, createSampleWorkspace } from '../samplePlan/samplePlan';
import type { UiLanguage } from '../schema/primitives';
import type { Workspace } from '../schema/workspace';
import { workshopRecord } from '../workshop/record';
import { FIXTURE_WORKSHOP_ID, fixtureWorkspace } from '../workshop/print/workshopFixture';
import { workshopSummaryHtml } from '../workshop/print/workshopSummaryHtml';
import { workshopSummaryPdfRequest } from '../workshop/print/workshopSummaryPdf';

/**
 * Pins every word the shared writers print (plan PDF, document exports, workshop summary, strategy
 * blocks) for the sample data in both languages, so moving their words into shared/i18n cannot change
 * a byte of output. Style sheets are left out: they hold no words. A change here is a change users see.
 */

const LANGUAGES: UiLanguage[] = ['en', 'zh-CN'];
const NOW = new Date('2026-05-20T09:00:00Z');
const PNG = 'data:image/png;base64,iVBORw0KGgo=';
/** The output's fingerprint: the snapshot stays small, and any changed byte still fails. */
const pinned = (value: unknown) => createHash('sha256').update(typeof value === 'string' ? value : JSON.stringify(value)).digest('hex');
const withoutStyles = (html: string) => html.replace(/<style>[\s\S]*?<\/style>/g, '<style/>');

function allCharts(workspace: Workspace): Record<string, string> {
  const charts: Record<string, string> = { [BUDGET_CHART_KEYS.byChannel]: PNG, [BUDGET_CHART_KEYS.byMonth]: PNG };
  for (const strategy of workspace.strategies) for (const kind of STRATEGY_CHART_KINDS) charts[strategyChartKey(kind, strategy.id)] = PNG;
  return charts;
}

function plan(language: UiLanguage, workspace: Workspace, extra: { charts?: boolean; appendices?: boolean } = {}) {
  return withoutStyles(planDocumentHtml({
    workspace, language, today: '2026-05-20',
    charts: extra.charts ? allCharts(workspace) : {},
    appendices: extra.appendices
      ? [
          { documentId: 'doc_a', title: 'Kettle PRD', subtitle: 'PRD · Approved', safeBodyHtml: '<p>body</p>' },
          { documentId: 'doc_b', title: ' ', subtitle: '', safeBodyHtml: '' },
        ]
      : [],
  }).html);
}

describe.each(LANGUAGES)('printed words (%s)', (language) => {
  const sample = () => createSampleWorkspace(language, NOW);

  it('plan: the sample plan for the year, with charts and appendices', () => {
    expect(pinned(plan(language, sample(), { charts: true, appendices: true }))).toMatchSnapshot();
  });

  it('plan: the sample plan for one quarter, untitled, placeholders for empty sections', () => {
    const ws = sample();
    const quarterPlan: Workspace = { ...ws, marketingPlan: { ...ws.marketingPlan, title: '', emptySections: 'placeholder', period: { ...ws.marketingPlan.period, quarter: 2 } } };
    expect(pinned(plan(language, quarterPlan))).toMatchSnapshot();
  });

  it('plan: an empty workspace', () => {
    const ws = createEmptyWorkspace(language, NOW);
    expect(pinned(plan(language, { ...ws, marketingPlan: { ...ws.marketingPlan, emptySections: 'placeholder' } }))).toMatchSnapshot();
  });

  it('document exports: HTML, Markdown and the DOCX parts', async () => {
    for (const model of [fixtureModel(language), fixtureModel(language, { versionLabel: null, changeRecords: [], requirements: [] })]) {
      expect(pinned(withoutStyles(documentToHtml(model, { mode: 'file' })))).toMatchSnapshot();
      expect(pinned(withoutStyles(documentToHtml(model, { mode: 'print' })))).toMatchSnapshot();
      expect(pinned(documentToMarkdown(model))).toMatchSnapshot();
      const files = unzipSync(await documentToDocx(model));
      const xml = Object.keys(files).filter((name) => /^word\/(document|footer\d*)\.xml$/.test(name)).sort()
        .map((name) => `${name}\n${strFromU8(files[name]!).replace(/r:id="rId[\w-]{12,}"/g, 'r:id="rId…"')}`); // link ids are random
      expect(pinned(xml)).toMatchSnapshot();
    }
  });

  it('strategy blocks: live content, a frozen snapshot, a missing strategy, the positioning sentence', () => {
    const ws = sample();
    const kinds = ['target-market', 'positioning', 'competitors', 'perceptual-map', 'price-tiers', 'channel-mix'] as const;
    const options = { language, currency: ws.settings.currency };
    for (const strategy of ws.strategies) {
      for (const kind of kinds) expect(pinned(strategyBlockContent(kind, strategy, options))).toMatchSnapshot();
      expect(pinned(positioningSentence(strategy.positioning.statement, language))).toMatchSnapshot();
    }
    const strategy = ws.strategies[0]!;
    const body = { type: 'doc', content: [
      { type: 'strategyBlock', attrs: { kind: 'positioning', strategyId: 'gone' } },
      { type: 'strategyBlock', attrs: { kind: 'competitors', strategyId: strategy.id, snapshot: [{ type: 'paragraph' }], frozenAt: '2026-03-01T10:00:00Z' } },
    ] };
    expect(pinned(resolveStrategyBlocks(body, ws.strategies, options))).toMatchSnapshot();
    const blank = { ...strategy.positioning.statement };
    for (const key of Object.keys(blank) as Array<keyof typeof blank>) (blank as Record<string, unknown>)[key] = '';
    expect(pinned(positioningSentence(blank, language))).toMatchSnapshot();
  });

  it('workshop summary and its PDF request', () => {
    const ws = fixtureWorkspace(language);
    const record = workshopRecord(ws, FIXTURE_WORKSHOP_ID)!;
    expect(pinned(withoutStyles(workshopSummaryHtml({ record, language, today: '2026-07-09' }).html))).toMatchSnapshot();
    const request = workshopSummaryPdfRequest(ws, FIXTURE_WORKSHOP_ID, language, '2026-07-09')!;
    expect(pinned({ ...request, request: { ...request.request, html: undefined } })).toMatchSnapshot();
  });
});
