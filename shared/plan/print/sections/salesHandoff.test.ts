import { describe, expect, it } from 'vitest';
import type { PlanContext } from '../planContext';
import { ESCAPED_SCRIPT, emptyContext, hasLiveHostileMarkup, hostileContext, sampleContext } from './planTestContext';
import { salesHandoffSection } from './salesHandoff';

function tablesAfter(html: string, marker: string): string[][][] {
  const start = html.indexOf(marker);
  const end = html.indexOf('<h2', start + 1);
  const part = html.slice(start, end === -1 ? undefined : end);
  return [...part.matchAll(/<table[^>]*>(.*?)<\/table>/g)].map((t) => [...t[1]!.matchAll(/<tr[^>]*>(.*?)<\/tr>/g)]
    .map((row) => [...row[1]!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((c) => c[1]!)));
}

describe('handed to sales', () => {
  it('gives sales the yearly, quarterly and monthly targets (en)', () => {
    const out = salesHandoffSection(sampleContext('en'));
    expect(out.empty).toBe(false);
    expect(out.toc.map((t) => t.text)).toEqual(['Handed to sales', 'Targets', 'Promotion calendar', 'Events and trade shows']);
    const [quarters, months] = tablesAfter(out.html, 'id="plan-handoff-targets"');
    expect(quarters).toEqual([
      ['Objective', 'Q1', 'Q2', 'Q3', 'Q4', 'Year'],
      ['Sales revenue', '$277,500', '$480,000', '$360,000', '$502,500', '$1,620,000'],
      ['Units sold', '6,000 units', '6,000 units', '6,000 units', '6,000 units', '24,000 units'],
      ['Brand awareness', '—', '—', '—', '—', '35%'],
    ]);
    expect(months![0]).toEqual(['Month', 'Sales revenue', 'Units sold']);
    expect(months![6]).toEqual(['Jun', '$195,000', '2,000 units']);
    expect(months).toHaveLength(13);
  });

  it('lists the promotion calendar with dates, channels and owners, and the trade show with its venue', () => {
    const out = salesHandoffSection(sampleContext('en'));
    const [calendar] = tablesAfter(out.html, 'id="plan-handoff-calendar"');
    expect(calendar![0]).toEqual(['Campaign', 'Dates', 'Channels', 'Owner', 'Objective']);
    expect(calendar![1]).toEqual(['Spring launch: Smart Kettle S2', 'Mar 1 – Mar 31, 2026', 'Online store, Marketplace', 'Mia Chen', 'Launch S2 and reach 5,000 units in the first quarter of sales']);
    expect(calendar!.map((r) => r[0])).not.toContain('Home Appliance Expo');
    const [events] = tablesAfter(out.html, 'id="plan-handoff-events"');
    expect(events).toEqual([
      ['Event', 'Type', 'Dates', 'Location', 'Owner'],
      ['Home Appliance Expo', 'Trade show', 'Sep 16 – Sep 18, 2026', 'Home Appliance Expo, Hall 3, booth B12', 'David Li'],
    ]);
  });

  it('keeps to the chosen quarter: its months, the quarter and the year', () => {
    const out = salesHandoffSection(sampleContext('en', { period: { year: 2026, quarter: 2 } }));
    const targets = tablesAfter(out.html, 'id="plan-handoff-targets"');
    expect(targets).toHaveLength(1);
    expect(targets[0]![0]).toEqual(['Objective', 'Apr', 'May', 'Jun', 'Q2', 'Year']);
    expect(targets[0]![1]).toEqual(['Sales revenue', '$150,000', '$135,000', '$195,000', '$480,000', '$1,620,000']);
    expect(targets[0]![3]).toEqual(['Brand awareness', '—', '—', '—', '—', '35%']);
    expect(out.html).not.toContain('plan-handoff-events');
    const [calendar] = tablesAfter(out.html, 'id="plan-handoff-calendar"');
    expect(calendar!.slice(1).map((r) => r[0])).toEqual(['Design press tour', 'In-store tasting weekends', 'Tea master content series', 'Mid-year shopping festival']);
  });

  it('hands over nothing cancelled or still an idea', () => {
    const ctx = sampleContext('en');
    const changed: PlanContext = { ...ctx, workspace: { ...ctx.workspace, campaigns: ctx.workspace.campaigns.map((c) => (c.id === 'cmp_expo' ? { ...c, status: 'cancelled' } : c.id === 'cmp_launch' ? { ...c, status: 'idea' } : c)) } };
    const out = salesHandoffSection(changed);
    expect(out.html).not.toContain('plan-handoff-events');
    expect(out.html).not.toContain('Spring launch');
  });

  it('puts more than four objectives into several monthly tables', () => {
    const ctx = sampleContext('en');
    const objectives = Array.from({ length: 6 }, (_, i) => ({ id: `o${i}`, name: `Goal ${i}`, unit: 'units', annualTarget: 1_200, monthlyTargets: null, notes: '' }));
    const tables = tablesAfter(salesHandoffSection({ ...ctx, plan: { ...ctx.plan, objectives } }).html, 'id="plan-handoff-targets"');
    expect(tables.map((t) => t[0]!.length)).toEqual([6, 5, 3]);
  });

  it('uses Chinese titles and words', () => {
    const out = salesHandoffSection(sampleContext('zh-CN'));
    expect(out.html).toContain('<h1>交给销售</h1>');
    expect(out.toc.map((t) => t.text)).toEqual(['交给销售', '销售目标', '促销日历', '活动与展会']);
    const [events] = tablesAfter(out.html, 'id="plan-handoff-events"');
    expect(events![1]).toEqual(['中国家电博览会参展', '展会', '2026年9月16日–9月18日', '中国家电博览会 3 号馆 B12 展位', '李大卫']);
    const [calendar] = tablesAfter(out.html, 'id="plan-handoff-calendar"');
    expect(calendar![1]![2]).toBe('线上商城、电商平台');
  });

  it('is empty without objectives and campaigns', () => {
    const out = salesHandoffSection(emptyContext('en'));
    expect(out.empty).toBe(true);
    expect(out.html).toContain('<h1>Handed to sales</h1><p class="plan-empty">Not yet written.</p>');
  });

  it('escapes hostile names, owners, objectives and venues', () => {
    const out = salesHandoffSection(hostileContext('en'));
    expect(hasLiveHostileMarkup(out.html)).toBe(false);
    const [events] = tablesAfter(out.html, 'id="plan-handoff-events"');
    expect(events![1]).toEqual([ESCAPED_SCRIPT + '&lt;img src=x onerror=alert(2)&gt;&quot;&#39;&amp;', 'Trade show', 'Sep 16 – Sep 18, 2026', expect.stringContaining(ESCAPED_SCRIPT), expect.stringContaining(ESCAPED_SCRIPT)]);
  });
});
