import { describe, expect, it } from 'vitest';
import { emptyCampaign } from '../../../calendar/emptyCampaign';
import type { Campaign, MarketingBudget } from '../../../schema/campaign';
import { BUDGET_CHART_KEYS } from '../chartKeys';
import type { PlanContext } from '../planContext';
import { budgetSection, periodMonths } from './budget';
import { ESCAPED_SCRIPT, HOSTILE, emptyContext, hasLiveHostileMarkup, sampleContext } from './planTestContext';
import { PNG_DATA_URL, visibleText } from './printTestData';

const withMoney = (ctx: PlanContext, campaigns: Campaign[], budgets: MarketingBudget[]): PlanContext =>
  ({ ...ctx, workspace: { ...ctx.workspace, campaigns, budgets, settings: { ...ctx.workspace.settings, currency: 'USD' } } });

/** The rows of the table under the heading `h3`, as visible text per row. */
function tableRows(html: string, h3: string): string[] {
  const at = html.indexOf(`<h3>${h3}</h3>`);
  expect(at, h3).toBeGreaterThanOrEqual(0);
  const table = html.slice(at, html.indexOf('</table>', at));
  return [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((match) => visibleText(match[1]!));
}

// One campaign in February on retail: $1,000 planned, $1,500 spent; the year allocates $1,200 to retail.
const february = emptyCampaign({ id: 'c1', name: 'Feb', startDate: '2026-02-01', endDate: '2026-02-28', channels: ['retail'], plannedBudget: 1_000, actualSpend: 1_500, status: 'done' });
const budget2026: MarketingBudget = {
  year: 2026, total: 12_000, byChannel: [{ channel: 'retail', amount: 1_200 }, { channel: 'online-store', amount: 10_800 }], byMonth: Array.from({ length: 12 }, () => 1_000),
};

describe('budgetSection', () => {
  it('prints the summary, the allocation and planned vs. actual with variance for a year plan', () => {
    const out = budgetSection(withMoney(sampleContext('en'), [february], [budget2026]));
    const text = visibleText(out.html);
    expect(out.empty).toBe(false);
    expect(out.html).toMatch(/^<section class="plan-section plan-section-budget" id="plan-budget"><h1>Budget<\/h1>/);
    expect(text).toContain('Marketing budget 2026 $12,000 Planned in campaigns, 2026 $1,000 Actual spend, 2026 $1,500 Remaining budget 2026 $10,500');
    expect(tableRows(out.html, 'By channel, 2026')[0]).toBe('Channel Budget Share of budget');
    expect(tableRows(out.html, 'By channel, 2026')).toContain('Retail $1,200 10%');
    const pva = out.html.slice(out.html.indexOf('Planned vs. actual'));
    const byChannel = tableRows(pva, 'By channel, 2026');
    expect(byChannel[0]).toBe('Channel Budget Planned Actual Variance (actual − planned)');
    // Retail spent $1,500 against $1,200 allocated: over budget, and $500 over its plan.
    expect(byChannel).toContain('Retail $1,200 $1,000 $1,500 Over budget +$500');
    expect(byChannel).toContain('Online store $10,800 $0 $0 $0');
    const byMonth = tableRows(pva, 'By month, 2026');
    expect(byMonth).toHaveLength(1 + 12 + 1);
    expect(byMonth[2]).toBe('Feb $1,000 $1,000 $1,500 Over budget +$500');
    expect(byMonth[13]).toBe('Total $12,000 $1,000 $1,500 +$500');
    expect(text).toContain('“Over budget” marks a line');
    expect(out.toc.map((entry) => entry.text)).toEqual(['Budget', 'Allocation', 'Planned vs. actual']);
  });

  it('covers only the quarter for a quarter plan, without the annual channel allocation', () => {
    const march = emptyCampaign({ id: 'c2', name: 'Mar-Apr', startDate: '2026-03-22', endDate: '2026-04-10', channels: ['marketplace'], plannedBudget: 2_000, actualSpend: 400 });
    const ctx = withMoney(sampleContext('en', { period: { year: 2026, quarter: 1 } }), [february, march], [budget2026]);
    const out = budgetSection(ctx);
    const pva = out.html.slice(out.html.indexOf('Planned vs. actual'));
    const byChannel = tableRows(pva, 'By channel, Q1 2026');
    expect(byChannel[0]).toBe('Channel Planned Actual Variance (actual − planned)');
    // Half of the March–April campaign's days (10 of 20) fall in Q1.
    expect(byChannel).toContain('Marketplace $1,000 $200 −$800');
    expect(byChannel).toContain('Total $2,000 $1,700 −$300');
    const byMonth = tableRows(pva, 'By month, Q1 2026');
    expect(byMonth.map((row) => row.split(' ')[0])).toEqual(['Month', 'Jan', 'Feb', 'Mar', 'Total']);
    expect(visibleText(out.html)).toContain('Planned in campaigns, Q1 2026 $2,000');
  });

  it('says when the year has no budget and still compares planned with actual', () => {
    const out = budgetSection(withMoney(sampleContext('en'), [february], []));
    expect(out.empty).toBe(false);
    expect(visibleText(out.html)).toContain('No marketing budget has been set for 2026.');
    expect(out.html).not.toContain('Allocation');
    expect(out.toc.map((entry) => entry.text)).toEqual(['Budget', 'Planned vs. actual']);
  });

  it('places the two budget charts only as PNG data URLs', () => {
    const base = withMoney(sampleContext('en'), [february], [budget2026]);
    const both = budgetSection({ ...base, charts: { [BUDGET_CHART_KEYS.byChannel]: PNG_DATA_URL, [BUDGET_CHART_KEYS.byMonth]: PNG_DATA_URL } }).html;
    expect(both.match(/<img /g)).toHaveLength(2);
    expect(both).toContain('alt="Planned vs. actual by channel"');
    const bad = budgetSection({ ...base, charts: { [BUDGET_CHART_KEYS.byChannel]: 'data:image/svg+xml;base64,PHN2Zz4=', [BUDGET_CHART_KEYS.byMonth]: 'http://x/y.png' } }).html;
    expect(bad).not.toContain('<img');
  });

  it('uses Chinese labels for a zh-CN plan', () => {
    const out = budgetSection(sampleContext('zh-CN'));
    const text = visibleText(out.html);
    expect(out.toc[0]!.text).toBe('预算');
    for (const word of ['2026 年营销预算', '剩余预算', '预算分配', '计划与实际对比', '按渠道', '按月', '线上商城', '1月', '差异（实际 − 计划）', '合计']) {
      expect(text).toContain(word);
    }
  });

  it('escapes the period label it prints', () => {
    const ctx = withMoney(sampleContext('en'), [february], [budget2026]);
    const html = budgetSection({ ...ctx, period: { ...ctx.period, label: HOSTILE } }).html;
    expect(hasLiveHostileMarkup(html)).toBe(false);
    expect(html).toContain(ESCAPED_SCRIPT);
  });

  it('is empty without a budget and without campaign money', () => {
    expect(budgetSection(emptyContext('en')).empty).toBe(true);
    const unpaid = emptyCampaign({ id: 'c0', name: 'Free', startDate: '2026-02-01', endDate: '2026-02-02' });
    const out = budgetSection(withMoney(sampleContext('en'), [unpaid], [{ ...budget2026, year: 2025 }]));
    expect(out.empty).toBe(true);
    expect(out.html).not.toContain('<table');
    expect(budgetSection(withMoney(sampleContext('en'), [], [budget2026])).empty).toBe(false);
  });
});

describe('periodMonths', () => {
  it('lists the calendar months of the period, across a year end', () => {
    expect(periodMonths('2026-04-01', '2026-06-30')).toEqual([{ year: 2026, month: 4 }, { year: 2026, month: 5 }, { year: 2026, month: 6 }]);
    expect(periodMonths('2026-11-15', '2027-01-31').map((m) => `${m.year}-${m.month}`)).toEqual(['2026-11', '2026-12', '2027-1']);
    expect(periodMonths('2026-06-30', '2026-04-01')).toEqual([]);
  });
});
