import { describe, expect, it } from 'vitest';
import type { Campaign } from '../../../schema/campaign';
import { kpisSection } from './kpis';
import { ESCAPED_SCRIPT, emptyContext, hasLiveHostileMarkup, hostileContext, sampleContext } from './planTestContext';
import type { PlanContext } from '../planContext';

function rowsAfter(html: string, marker: string): string[][] {
  const start = html.indexOf(marker);
  const table = html.slice(start, html.indexOf('</table>', start));
  return [...table.matchAll(/<tr[^>]*>(.*?)<\/tr>/g)].map((row) => [...row[1]!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((c) => c[1]!));
}

const withCampaigns = (ctx: PlanContext, change: (c: Campaign) => Campaign): PlanContext =>
  ({ ...ctx, workspace: { ...ctx.workspace, campaigns: ctx.workspace.campaigns.map(change) } });

describe('KPIs', () => {
  it('sums campaign targets and actuals in the period (en)', () => {
    const out = kpisSection(sampleContext('en'));
    expect(out.empty).toBe(false);
    expect(out.toc.map((t) => t.anchor)).toEqual(['plan-kpis', 'plan-kpis-totals', 'plan-kpis-campaigns', 'plan-kpis-promotion']);
    expect(rowsAfter(out.html, 'id="plan-kpis-totals"')).toEqual([
      ['KPI', 'Target', 'Actual', 'Actual vs target'],
      ['Reach', '4,608,000', '1,560,000', '33.9%'],
      ['Leads', '18,840', '7,520', '39.9%'],
      ['Conversions', '4,568', '1,920', '42%'],
      ['Revenue', '$645,000', '$262,350', '40.7%'],
    ]);
  });

  it('lists each campaign with target / actual, dashes where no actual exists yet', () => {
    const rows = rowsAfter(kpisSection(sampleContext('en')).html, 'id="plan-kpis-campaigns"');
    expect(rows[0]).toEqual(['Campaign', 'Dates', 'Reach', 'Leads', 'Conversions', 'Revenue']);
    expect(rows[1]).toEqual(['Spring launch: Smart Kettle S2', 'Mar 1 – Mar 31, 2026', '400,000 / 310,000', '2,000 / 1,700', '500 / 430', '$180,000 / $162,000']);
    expect(rows.find((r) => r[0] === 'Home Appliance Expo')).toEqual(['Home Appliance Expo', 'Sep 16 – Sep 18, 2026', '8,000 / —', '40 / —', '8 / —', '$15,000 / —']);
    expect(rows).toHaveLength(10);
  });

  it('leaves out cancelled campaigns, ideas and campaigns without any KPI', () => {
    const ctx = withCampaigns(sampleContext('en'), (c) => {
      if (c.id === 'cmp_launch') return { ...c, status: 'cancelled' };
      if (c.id === 'cmp_press') return { ...c, status: 'idea' };
      if (c.id === 'cmp_tasting') return { ...c, kpis: { reach: { target: null, actual: null }, leads: { target: null, actual: null }, conversions: { target: null, actual: null }, revenue: { target: null, actual: null } } };
      return c;
    });
    const rows = rowsAfter(kpisSection(ctx).html, 'id="plan-kpis-campaigns"');
    expect(rows.map((r) => r[0])).not.toContain('Spring launch: Smart Kettle S2');
    expect(rows.map((r) => r[0])).not.toContain('Design press tour');
    expect(rows.map((r) => r[0])).not.toContain('In-store tasting weekends');
    expect(rowsAfter(kpisSection(ctx).html, 'id="plan-kpis-totals"')[1]).toEqual(['Reach', '3,258,000', '510,000', '15.7%']);
  });

  it('keeps to the chosen quarter', () => {
    const rows = rowsAfter(kpisSection(sampleContext('en', { period: { year: 2026, quarter: 4 } })).html, 'id="plan-kpis-campaigns"');
    expect(rows.slice(1).map((r) => r[0])).toEqual(['Tea master content series', 'Autumn gift-set campaign', 'Year-end clearance']);
  });

  it('lists the promotion items\' KPIs of the plan\'s strategies', () => {
    const rows = rowsAfter(kpisSection(sampleContext('en')).html, 'id="plan-kpis-promotion"');
    expect(rows[0]).toEqual(['Promotion', 'Objective', 'KPI']);
    expect(rows[1]).toEqual(['Advertising', 'Awareness among 25–35 buyers', '2 million impressions']);
    expect(rows).toHaveLength(7);
    // A plan whose chosen strategy is gone has no promotion KPIs and no campaigns.
    expect(kpisSection(sampleContext('en', { strategyIds: ['str_gone'] })).empty).toBe(true);
  });

  it('uses Chinese titles and yuan', () => {
    const out = kpisSection(sampleContext('zh-CN'));
    expect(out.html).toContain('<h1>关键绩效指标</h1>');
    expect(rowsAfter(out.html, 'id="plan-kpis-totals"')[4]).toEqual(['收入', '¥4,300,000', '¥1,749,000', '40.7%']);
    expect(out.html).toContain('每项数字：目标 / 实际。');
  });

  it('is empty for an empty workspace', () => {
    const out = kpisSection(emptyContext('zh-CN'));
    expect(out.empty).toBe(true);
    expect(out.html).toContain('<h1>关键绩效指标</h1><p class="plan-empty">尚未填写。</p>');
  });

  it('escapes hostile campaign names and KPI texts', () => {
    const out = kpisSection(hostileContext('en'));
    expect(hasLiveHostileMarkup(out.html)).toBe(false);
    expect(out.html).toContain(`<th scope="row">${ESCAPED_SCRIPT}`);
  });
});
