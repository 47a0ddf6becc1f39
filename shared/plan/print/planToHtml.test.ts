import { describe, expect, it } from 'vitest';
import type { MarketingPlan, PlanSectionId } from '../../schema/marketingPlan';
import type { PlanContext, PlanSectionOutput, PlanSectionWriter, PlanSectionWriters } from './planContext';
import { PLAN_CSP, PlanSectionError, planToHtml, type PlanTocEntry } from './planToHtml';
import { HOSTILE, hasLiveHostileMarkup, sampleContext } from './sections/planTestContext';

type Writers = Omit<PlanSectionWriters, 'contents'>;

/** A stub writer: its own section with a title entry, empty or not. */
const stub = (id: PlanSectionId, empty = false, extraToc: PlanTocEntry[] = []): PlanSectionWriter => () => ({
  html: `<section id="plan-${id}"><h1>${id.toUpperCase()}</h1>${empty ? '' : `<p>${id} body</p>`}</section>`,
  empty,
  toc: [{ anchor: `plan-${id}`, text: `Title of ${id}`, level: 1 }, ...extraToc],
});

function writers(overrides: Partial<Writers> = {}): Writers {
  const ids: Array<Exclude<PlanSectionId, 'contents'>> = [
    'cover', 'executive-summary', 'market-analysis', 'objectives', 'strategy', 'promotion-calendar', 'budget', 'kpis', 'sales-handoff', 'appendices',
  ];
  const all = Object.fromEntries(ids.map((id) => [id, stub(id)])) as Writers;
  // The cover lists nothing in the contents.
  all.cover = () => ({ html: '<section class="plan-cover"><h1>Cover</h1></section>', empty: false, toc: [] });
  return { ...all, ...overrides };
}

const plan = (ctx: PlanContext, over: Partial<MarketingPlan>): PlanContext => ({ ...ctx, plan: { ...ctx.plan, ...over } });
const sections = (...ids: Array<PlanSectionId | [PlanSectionId, boolean]>) =>
  ids.map((entry) => (Array.isArray(entry) ? { id: entry[0], enabled: entry[1] } : { id: entry, enabled: true }));
const body = (html: string) => html.slice(html.indexOf('<body>') + 6, html.indexOf('</body>'));
const contents = (entries: PlanTocEntry[]) => `<section id="plan-contents"><h1>TOC</h1>${entries.map((e) => `[${e.level}:${e.anchor}:${e.text}]`).join('')}</section>`;

describe('planToHtml', () => {
  it('writes a complete, self-contained document', () => {
    const ctx = plan(sampleContext('zh-CN'), { title: 'Plan <2026> & "more"', pageSize: 'Letter' });
    const { html } = planToHtml(ctx, writers(), { placeholderText: '尚未填写。', contents });
    expect(html.startsWith('<!doctype html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${PLAN_CSP}">`);
    expect(PLAN_CSP).toBe("default-src 'none'; img-src data:; style-src 'unsafe-inline'");
    expect(html).toContain('<title>Plan &lt;2026&gt; &amp; &quot;more&quot;</title>');
    expect(html).toContain('@page { size: letter portrait; }');
    expect(html).not.toMatch(/<script|<link|<iframe/i);
    expect(html.endsWith('</body>\n</html>')).toBe(true);
  });

  it('prints the enabled sections in the plan order and skips disabled ones', () => {
    const ctx = plan(sampleContext('en'), { sections: sections('cover', 'budget', ['strategy', false], 'executive-summary') });
    const result = planToHtml(ctx, writers(), { placeholderText: 'Not yet written.', contents });
    expect(body(result.html)).toBe('<section class="plan-cover"><h1>Cover</h1></section>'
      + '<section id="plan-budget"><h1>BUDGET</h1><p>budget body</p></section>'
      + '<section id="plan-executive-summary"><h1>EXECUTIVE-SUMMARY</h1><p>executive-summary body</p></section>');
    expect(result.sections).toEqual([
      { id: 'cover', printed: true, empty: false },
      { id: 'budget', printed: true, empty: false },
      { id: 'executive-summary', printed: true, empty: false },
    ]);
  });

  it('never calls the writer of a disabled section', () => {
    const ctx = plan(sampleContext('en'), { sections: sections('cover', ['budget', false]) });
    const throwing: PlanSectionWriter = () => { throw new Error('must not run'); };
    expect(() => planToHtml(ctx, writers({ budget: throwing }), { placeholderText: 'x', contents })).not.toThrow();
  });

  it("leaves an empty section out when the plan says 'omit'", () => {
    const ctx = plan(sampleContext('en'), { emptySections: 'omit', sections: sections('cover', 'contents', 'budget', 'kpis') });
    const result = planToHtml(ctx, writers({ budget: stub('budget', true) }), { placeholderText: 'Not yet written.', contents });
    expect(result.html).not.toContain('BUDGET');
    expect(result.html).not.toContain('Title of budget');
    expect(result.sections).toContainEqual({ id: 'budget', printed: false, empty: true });
  });

  it("prints the title and the placeholder line when the plan says 'placeholder'", () => {
    const ctx = plan(sampleContext('en'), { emptySections: 'placeholder', sections: sections('cover', 'contents', 'budget', 'kpis') });
    const budget = stub('budget', true, [{ anchor: 'plan-budget-sub', text: 'Sub', level: 2 }]);
    const result = planToHtml(ctx, writers({ budget }), { placeholderText: 'Not yet <written>.', contents });
    expect(body(result.html)).toContain('<section class="plan-section plan-section-budget plan-section-empty" id="plan-budget">'
      + '<h1>Title of budget</h1><p class="plan-empty">Not yet &lt;written&gt;.</p></section>');
    expect(result.html).not.toContain('BUDGET'); // the writer's own empty HTML is replaced
    // Its contents entry is the title only: the sub-heading does not exist in the placeholder.
    expect(result.html).toContain('[1:plan-budget:Title of budget][1:plan-kpis:Title of kpis]');
    expect(result.html).not.toContain('plan-budget-sub');
    expect(result.sections).toContainEqual({ id: 'budget', printed: true, empty: true });
  });

  it('escapes a hostile section title in the placeholder', () => {
    const ctx = plan(sampleContext('en'), { emptySections: 'placeholder', sections: sections('budget') });
    const budget: PlanSectionWriter = () => ({ html: '', empty: true, toc: [{ anchor: 'plan-budget" onmouseover="x', text: HOSTILE, level: 1 }] });
    const { html } = planToHtml(ctx, writers({ budget }), { placeholderText: HOSTILE, contents });
    expect(hasLiveHostileMarkup(html)).toBe(false);
    expect(html).toContain('id="plan-budget&quot; onmouseover=&quot;x"');
  });

  it('writes the contents last, from every printed section, but places it where the plan says', () => {
    const ctx = plan(sampleContext('en'), { sections: sections('cover', 'contents', 'market-analysis', ['kpis', false], 'appendices') });
    const seen: PlanTocEntry[][] = [];
    const market = stub('market-analysis', false, [{ anchor: 'plan-market-analysis-s1', text: 'Kettle', level: 2 }]);
    const result = planToHtml(ctx, writers({ 'market-analysis': market }), { placeholderText: 'x', contents: (entries) => { seen.push(entries); return contents(entries); } });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toEqual([
      { anchor: 'plan-market-analysis', text: 'Title of market-analysis', level: 1 },
      { anchor: 'plan-market-analysis-s1', text: 'Kettle', level: 2 },
      { anchor: 'plan-appendices', text: 'Title of appendices', level: 1 },
    ]);
    const html = body(result.html);
    expect(html.indexOf('plan-cover')).toBeLessThan(html.indexOf('<h1>TOC</h1>'));
    expect(html.indexOf('<h1>TOC</h1>')).toBeLessThan(html.indexOf('MARKET-ANALYSIS'));
    expect(result.sections.map((s) => s.id)).toEqual(['cover', 'contents', 'market-analysis', 'appendices']);
    expect(result.sections[1]).toEqual({ id: 'contents', printed: true, empty: false });
  });

  it('leaves the contents out when there is nothing to list', () => {
    const ctx = plan(sampleContext('en'), { emptySections: 'omit', sections: sections('cover', 'contents', 'budget') });
    let called = false;
    const result = planToHtml(ctx, writers({ budget: stub('budget', true) }), { placeholderText: 'x', contents: (e) => { called = true; return contents(e); } });
    expect(called).toBe(false);
    expect(body(result.html)).toBe('<section class="plan-cover"><h1>Cover</h1></section>');
    expect(result.sections).toContainEqual({ id: 'contents', printed: false, empty: true });
  });

  it('says which section failed', () => {
    const ctx = plan(sampleContext('en'), { sections: sections('cover', 'budget') });
    const broken: PlanSectionWriter = (): PlanSectionOutput => { throw new RangeError('Invalid currency code'); };
    expect(() => planToHtml(ctx, writers({ budget: broken }), { placeholderText: 'x', contents })).toThrow(PlanSectionError);
    try {
      planToHtml(ctx, writers({ budget: broken }), { placeholderText: 'x', contents });
    } catch (error) {
      expect((error as PlanSectionError).sectionId).toBe('budget');
      expect((error as Error).message).toBe('The "budget" section could not be written: Invalid currency code');
    }
  });
});
