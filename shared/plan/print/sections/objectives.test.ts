import { describe, expect, it } from 'vitest';
import { objectivesSection } from './objectives';
import { ESCAPED_SCRIPT, emptyContext, hasLiveHostileMarkup, hostileContext, sampleContext } from './planTestContext';

/** Text of the cells of the table rows that follow `heading` (first table after it). */
function tableAfter(html: string, marker: string): string[][] {
  const start = html.indexOf(marker);
  const table = html.slice(start, html.indexOf('</table>', start));
  return [...table.matchAll(/<tr[^>]*>(.*?)<\/tr>/g)].map((row) => [...row[1]!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((c) => c[1]!));
}

describe('objectives', () => {
  it('lists each objective with its annual target, quarters and months (en)', () => {
    const out = objectivesSection(sampleContext('en'));
    expect(out.empty).toBe(false);
    expect(out.toc.map((t) => [t.text, t.level])).toEqual([['Objectives and targets', 1], ['Sales revenue', 2], ['Units sold', 2], ['Brand awareness', 2]]);
    expect(out.html).toContain('<h2 id="plan-objective-obj_revenue">Sales revenue</h2><p class="plan-objective-target">Annual target: $1,620,000</p>');
    const revenueQuarters = tableAfter(out.html, '<h3>By quarter</h3>');
    expect(revenueQuarters).toEqual([
      ['Quarter', 'Q1', 'Q2', 'Q3', 'Q4', 'Year'],
      ['Target', '$277,500', '$480,000', '$360,000', '$502,500', '$1,620,000'],
    ]);
    const unitsMonths = tableAfter(out.html.slice(out.html.indexOf('obj_units')), '<h3>By month</h3>');
    expect(unitsMonths).toHaveLength(13);
    expect(unitsMonths[1]).toEqual(['Jan', '2,000 units', '8.3%']);
  });

  it('shows a level objective without a split', () => {
    const html = objectivesSection(sampleContext('en')).html;
    const awareness = html.slice(html.indexOf('obj_awareness'));
    expect(awareness).toContain('Annual target: 35%');
    expect(awareness).toContain('not split by quarter');
    expect(awareness).not.toContain('<table');
  });

  it('keeps to the chosen quarter', () => {
    const out = objectivesSection(sampleContext('en', { period: { year: 2026, quarter: 2 } }));
    expect(out.html).toContain('Q2 target: $480,000<br>Annual target: $1,620,000');
    expect(out.html).not.toContain('By quarter');
    const months = tableAfter(out.html, '<h3>By month</h3>');
    expect(months.map((r) => r[0])).toEqual(['Month', 'Apr', 'May', 'Jun']);
  });

  it('splits an awkward even target so the months add up exactly', () => {
    const ctx = sampleContext('en');
    const objective = { id: 'obj_x', name: 'Odd', unit: 'USD', annualTarget: 1_000_000.07, monthlyTargets: null, notes: '' };
    const out = objectivesSection({ ...ctx, plan: { ...ctx.plan, objectives: [objective] } });
    const months = tableAfter(out.html, '<h3>By month</h3>').slice(1).map((r) => Math.round(Number(r[1]!.replace(/[$,]/g, '')) * 100));
    expect(months.reduce((a, b) => a + b, 0)).toBe(100_000_007);
    expect(tableAfter(out.html, '<h3>By quarter</h3>')[1]).toEqual(['Target', '$250,000.02', '$250,000.02', '$250,000.02', '$250,000.01', '$1,000,000.07']);
  });

  it('says when an objective has no target yet', () => {
    const ctx = sampleContext('zh-CN');
    const out = objectivesSection({ ...ctx, plan: { ...ctx.plan, objectives: [{ id: 'o', name: '市场份额', unit: '%', annualTarget: null, monthlyTargets: null, notes: '' }] } });
    expect(out.empty).toBe(false);
    expect(out.html).toContain('<p class="plan-empty">尚未设定目标。</p>');
  });

  it('uses Chinese titles and units', () => {
    const out = objectivesSection(sampleContext('zh-CN'));
    expect(out.html).toContain('<h1>目标与指标</h1>');
    expect(out.html).toContain('年度目标：¥10,800,000');
    expect(tableAfter(out.html, '<h3>按季度</h3>')[0]).toEqual(['季度', '一季度', '二季度', '三季度', '四季度', '全年']);
    expect(out.html).toContain('2,000 台');
  });

  it('is empty without objectives', () => {
    const out = objectivesSection(emptyContext('en'));
    expect(out.empty).toBe(true);
    expect(out.html).toContain('<h1>Objectives and targets</h1><p class="plan-empty">Not yet written.</p>');
  });

  it('escapes hostile names, units and notes', () => {
    const out = objectivesSection(hostileContext('en'));
    expect(hasLiveHostileMarkup(out.html)).toBe(false);
    expect(out.html).toContain(`<h2 id="plan-objective-obj_revenue">${ESCAPED_SCRIPT}`);
    expect(out.toc[1]!.text).toContain('<script>'); // toc entries are plain text; the contents escapes them
  });
});
