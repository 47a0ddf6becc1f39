import { describe, expect, it } from 'vitest';
import { workspace } from '../schema/workspace';
import { createEmptyWorkspace, createSampleWorkspace } from './samplePlan';

const CJK = /[\u4e00-\u9fff]/;

describe.each(['en', 'zh-CN'] as const)('sample plan (%s)', (language) => {
  const now = new Date('2026-05-20T09:00:00Z');
  const plan = createSampleWorkspace(language, now);

  it('validates against the schema', () => {
    expect(workspace.safeParse(plan).success).toBe(true);
  });

  it('is written in the chosen language', () => {
    expect(CJK.test(plan.company.name)).toBe(language === 'zh-CN');
    if (language === 'en') expect(CJK.test(JSON.stringify(plan))).toBe(false);
    expect(plan.settings.contentLanguage).toBe(language);
  });

  it('has unique ids and links that resolve', () => {
    const campaignIds = new Set(plan.campaigns.map((c) => c.id));
    expect(campaignIds.size).toBe(plan.campaigns.length);
    const promotionIds = new Set(plan.strategies.flatMap((s) => s.promotion.items.map((p) => p.id)));
    for (const c of plan.campaigns) {
      expect(plan.strategies.some((s) => s.id === c.strategyId)).toBe(true);
      if (c.promotionItemId) expect(promotionIds.has(c.promotionItemId)).toBe(true);
      expect(c.startDate.startsWith('2026')).toBe(true);
    }
    for (const item of plan.strategies.flatMap((s) => s.promotion.items)) {
      for (const id of item.campaignIds) expect(campaignIds.has(id)).toBe(true);
    }
  });

  it('has channel shares adding up to 100 % and budget parts adding up to the total', () => {
    expect(plan.strategies[0]!.channels.items.reduce((s, c) => s + (c.targetSharePercent ?? 0), 0)).toBe(100);
    const budget = plan.budgets[0]!;
    expect(budget.byMonth.reduce((a, b) => a + b, 0)).toBe(budget.total);
    expect(budget.byChannel.reduce((a, b) => a + b.amount, 0)).toBe(budget.total);
  });

  it('has a filled marketing plan for its own year', () => {
    const mp = plan.marketingPlan;
    expect(mp.title).toBe(language === 'zh-CN' ? '明叶 2026 年营销计划' : 'Brightleaf 2026 marketing plan');
    expect(mp.author).toBe(language === 'zh-CN' ? '陈敏' : 'Mia Chen');
    expect(mp.period).toEqual({ year: 2026, quarter: null });
    expect(mp.executiveSummary.split('\n\n')).toHaveLength(2);
    expect(mp.objectives.map((o) => o.id)).toEqual(['obj_revenue', 'obj_units', 'obj_awareness']);
    const [revenue, units, awareness] = mp.objectives;
    expect(revenue!.unit).toBe(plan.settings.currency);
    expect(revenue!.monthlyTargets!.reduce((a, b) => a + b, 0)).toBe(revenue!.annualTarget);
    expect(revenue!.annualTarget).toBe(language === 'zh-CN' ? 10_800_000 : 1_620_000);
    expect(units).toMatchObject({ annualTarget: 24_000, monthlyTargets: null });
    expect(awareness).toMatchObject({ unit: '%', annualTarget: 35, monthlyTargets: null });
    expect(mp.documentIds).toEqual(['doc_prd']);
    expect(plan.documents.some((d) => d.id === 'doc_prd' && d.kind === 'prd')).toBe(true);
    expect(mp.strategyIds).toEqual([]);
  });

  it('has a trade show with costs and expected value', () => {
    const show = plan.campaigns.find((c) => c.kind === 'trade-show');
    expect(show?.event?.expectedValue).toBeGreaterThan(0);
  });
});

describe('empty workspace', () => {
  it('validates and holds nothing', () => {
    const empty = createEmptyWorkspace('zh-CN', new Date());
    expect(workspace.safeParse(empty).success).toBe(true);
    expect(empty.campaigns).toHaveLength(0);
    expect(empty.company.name).toBe('我的公司');
  });

  it('starts with the default plan for the current year', () => {
    const empty = createEmptyWorkspace('en', new Date('2027-03-01T00:00:00Z'));
    expect(empty.marketingPlan).toMatchObject({ title: '2027 marketing plan', period: { year: 2027, quarter: null }, objectives: [], documentIds: [] });
    expect(createEmptyWorkspace('zh-CN', new Date('2027-03-01T00:00:00Z')).marketingPlan.title).toBe('2027 年营销计划');
  });
});
