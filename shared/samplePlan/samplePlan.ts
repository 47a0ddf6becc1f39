import { CURRENT_SCHEMA_VERSION, workspace, type Workspace } from '../schema/workspace';
import type { Campaign } from '../schema/campaign';
import type { Strategy } from '../schema/strategy';
import type { UiLanguage } from '../schema/primitives';
import type { MarketingPlan } from '../schema/marketingPlan';
import { defaultMarketingPlan } from '../plan/defaultPlan';
import { sampleEn } from './planTextEn';
import { sampleZh } from './planTextZh';
import type { SampleText } from './planText';

/**
 * The plan a new user sees on first launch: a fictional 30-person appliance maker, written
 * in the UI language of that moment. Ids are fixed so tests and docs can refer to them.
 */
const textFor = (language: UiLanguage): SampleText => (language === 'zh-CN' ? sampleZh : sampleEn);
const currencyFor = (language: UiLanguage) => (language === 'zh-CN' ? 'CNY' : 'USD');
/** Money in the sample is in yuan for zh-CN and dollars for en; the dollar plan is about a seventh. */
const scale = (language: UiLanguage) => (language === 'zh-CN' ? 1 : 0.15);

const pad = (n: number) => String(n).padStart(2, '0');
const day = (year: number, month: number, d: number) => `${year}-${pad(month)}-${pad(d)}`;

function buildStrategy(t: SampleText, language: UiLanguage, createdAt: string, year: number): Strategy {
  const s = t.strategy;
  const m = (n: number) => Math.round(n * scale(language));
  const channelTypes = ['online-store', 'marketplace', 'retail', 'distributor', 'partner'] as const;
  const shares = [30, 35, 15, 15, 5];
  const promotionTypes = ['advertising', 'pr', 'sales-promotion', 'direct-marketing', 'events', 'content-social'] as const;
  const promotionCampaigns = [['cmp_launch'], ['cmp_press'], ['cmp_tasting', 'cmp_festival'], ['cmp_loyalty'], ['cmp_expo'], ['cmp_content']];
  const priceLevels = ['mid', 'low', 'premium'] as const;
  return {
    id: 'str_kettle', name: s.name, product: s.product, market: s.market, currency: currencyFor(language), createdAt,
    research: {
      sources: s.sources.map((title, i) => ({ id: `src_${i + 1}`, title, url: '', date: day(year - 1, 10 + i, 12), confidence: (['high', 'medium', 'medium'] as const)[i]!, notes: '' })),
      findings: s.findings.map((text, i) => ({ id: `fnd_${i + 1}`, text, date: day(year - 1, 11, 5 + i), confidence: (['high', 'medium', 'low'] as const)[i]!, sourceId: `src_${i + 1}` })),
      competitors: s.competitors.map((c, i) => ({ id: `cpt_${i + 1}`, ...c, priceLevel: priceLevels[i]!, price: m([459, 259, 999][i]!) })),
      notes: s.researchNotes,
    },
    targetMarket: {
      segments: s.segments.map((seg, i) => ({
        id: `seg_${i + 1}`, ...seg, sizeEstimate: [4_200_000, 1_600_000, 2_500_000, 300_000][i]!, sizeUnit: 'customers' as const,
        growthPercent: [12, 6, 3, 2][i]!, attractiveness: [5, 4, 3, 2][i]!, chosen: i < 2,
      })),
      personas: s.personas.map((p, i) => ({ id: `per_${i + 1}`, name: p.name, role: p.role, goals: p.goals, pains: p.pains, buyingCriteria: p.criteria, channels: p.channels })),
      marketSize: { tam: m(9_800_000_000), sam: m(2_100_000_000), som: m(52_000_000), unit: 'revenue' },
      notes: '',
    },
    positioning: {
      statement: s.statement,
      differentiationPoints: s.differentiation.map((text, i) => ({ id: `dif_${i + 1}`, text, competitorId: i === 0 ? 'cpt_1' : null })),
      map: {
        xAxis: { low: s.axes.xLow, high: s.axes.xHigh }, yAxis: { low: s.axes.yLow, high: s.axes.yHigh },
        points: [
          { id: 'pt_own', kind: 'own', competitorId: null, label: s.ownLabel, x: 6.5, y: 8.5 },
          ...s.competitors.map((c, i) => ({ id: `pt_${i + 1}`, kind: 'competitor' as const, competitorId: `cpt_${i + 1}`, label: c.name, x: [5, 2, 9][i]!, y: [5, 2.5, 7][i]! })),
        ],
      },
      notes: '',
    },
    pricing: {
      strategyType: 'value-based',
      tiers: s.tiers.map((tier, i) => ({ id: `tier_${i + 1}`, name: tier.name, price: m([399, 499, 599][i]!), segmentId: `seg_${i === 2 ? 1 : i + 1}`, includes: tier.includes })),
      unitVariableCost: m(210), fixedCosts: m(1_800_000), breakEvenTierId: 'tier_2', discountPolicy: s.discountPolicy, notes: '',
    },
    channels: {
      items: s.channels.map((c, i) => ({ id: `chn_${i + 1}`, type: channelTypes[i]!, name: c.name, role: c.role, costPercent: [8, 15, 25, 20, 10][i]!, targetSharePercent: shares[i]!, owner: c.owner })),
      notes: '',
    },
    promotion: {
      items: s.promotion.map((p, i) => ({
        id: `pro_${i + 1}`, type: promotionTypes[i]!, objective: p.objective, keyMessage: p.message,
        budget: m([600_000, 150_000, 240_000, 60_000, 180_000, 120_000][i]!), kpi: p.kpi, campaignIds: promotionCampaigns[i]!,
      })),
      notes: '',
    },
    implementation: { notes: s.implementation, reviewCadenceWeeks: 4 },
  };
}

const CAMPAIGN_PLAN = [
  { id: 'cmp_launch', months: [3, 3], days: [1, 31], channels: ['online-store', 'marketplace'], budget: 400_000, promo: 'pro_1' },
  { id: 'cmp_press', months: [3, 4], days: [10, 15], channels: ['online-store'], budget: 150_000, promo: 'pro_2' },
  { id: 'cmp_tasting', months: [4, 5], days: [5, 31], channels: ['retail'], budget: 120_000, promo: 'pro_3' },
  { id: 'cmp_festival', months: [6, 6], days: [1, 20], channels: ['marketplace', 'online-store'], budget: 300_000, promo: 'pro_3' },
  { id: 'cmp_loyalty', months: [7, 7], days: [1, 31], channels: ['online-store'], budget: 60_000, promo: 'pro_4' },
  { id: 'cmp_content', months: [5, 12], days: [1, 15], channels: ['online-store'], budget: 120_000, promo: 'pro_6' },
  { id: 'cmp_gifts', months: [10, 11], days: [1, 30], channels: ['partner', 'online-store'], budget: 200_000, promo: null },
  { id: 'cmp_clearance', months: [12, 12], days: [1, 20], channels: ['marketplace'], budget: 50_000, promo: null },
] as const;

function statusFor(endDate: string, startDate: string, today: string): Campaign['status'] {
  if (endDate < today) return 'done';
  if (startDate <= today) return 'in-progress';
  return 'planned';
}

function buildCampaigns(t: SampleText, language: UiLanguage, year: number, today: string): Campaign[] {
  const m = (n: number) => Math.round(n * scale(language));
  const campaigns: Campaign[] = CAMPAIGN_PLAN.map((plan, i) => {
    const text = t.campaigns[i]!;
    const startDate = day(year, plan.months[0], plan.days[0]);
    const endDate = day(year, plan.months[1], plan.days[1]);
    const status = statusFor(endDate, startDate, today);
    const started = status !== 'planned';
    const levels = ['milestone', 'event', 'task'] as const;
    return {
      id: plan.id, name: text.name, kind: 'campaign', objective: text.objective, strategyId: 'str_kettle', promotionItemId: plan.promo,
      channels: [...plan.channels], owner: text.owner, status, startDate, endDate,
      plannedBudget: m(plan.budget), actualSpend: started ? m(plan.budget * (status === 'done' ? 0.94 + (i % 3) * 0.05 : 0.4)) : 0,
      kpis: {
        reach: { target: 400_000 + i * 50_000, actual: started ? 310_000 + i * 40_000 : null },
        leads: { target: 2_000 + i * 100, actual: started ? 1_700 + i * 90 : null },
        conversions: { target: 500 + i * 20, actual: started ? 430 + i * 25 : null },
        revenue: { target: m(plan.budget * 3), actual: started ? m(plan.budget * (status === 'done' ? 2.7 : 1.1)) : null },
      },
      activities: text.activities.map((title, j) => ({
        id: `${plan.id}_act${j + 1}`, level: levels[j]!, title,
        startDate: j === 0 ? day(year, plan.months[0], 1) : startDate, endDate: j === 0 ? day(year, plan.months[0], 1) : endDate,
        owner: text.owner, done: status === 'done' || (started && j === 0),
      })),
      event: null, notes: '',
    };
  });
  const expoStart = day(year, 9, 16);
  const expoStatus = statusFor(day(year, 9, 18), expoStart, today);
  campaigns.splice(6, 0, {
    id: 'cmp_expo', name: language === 'zh-CN' ? '中国家电博览会参展' : 'Home Appliance Expo', kind: 'trade-show',
    objective: t.strategy.promotion[4]!.objective, strategyId: 'str_kettle', promotionItemId: 'pro_5', channels: ['distributor', 'retail'],
    owner: t.campaigns[2]!.owner, status: expoStatus, startDate: expoStart, endDate: day(year, 9, 18),
    plannedBudget: m(50_000), actualSpend: expoStatus === 'done' ? m(52_000) : 0,
    kpis: {
      reach: { target: 8_000, actual: null }, leads: { target: 40, actual: expoStatus === 'done' ? 49 : null },
      conversions: { target: 8, actual: null }, revenue: { target: m(100_000), actual: null },
    },
    activities: [
      { id: 'cmp_expo_act1', level: 'milestone', title: language === 'zh-CN' ? '展位确认' : 'Booth confirmed', startDate: day(year, 6, 30), endDate: day(year, 6, 30), owner: t.campaigns[2]!.owner, done: today > day(year, 6, 30) },
      { id: 'cmp_expo_act2', level: 'event', title: language === 'zh-CN' ? '展会三天' : 'Three show days', startDate: expoStart, endDate: day(year, 9, 18), owner: t.campaigns[2]!.owner, done: expoStatus === 'done' },
    ],
    event: {
      venue: t.tradeShow.venue, boothCost: m(38_000), otherCosts: m(12_000), expectedValue: m(100_000),
      leadsCollected: expoStatus === 'done' ? 49 : null, contacts: t.tradeShow.contacts, competitorIntel: t.tradeShow.intel, brandNotes: t.tradeShow.brand,
    },
    notes: '',
  });
  return campaigns;
}

export function createSampleWorkspace(language: UiLanguage, now: Date): Workspace {
  const t = textFor(language);
  const year = now.getUTCFullYear();
  const createdAt = now.toISOString();
  const today = createdAt.slice(0, 10);
  const m = (n: number) => Math.round(n * scale(language));
  const monthly = [60, 70, 160, 110, 90, 140, 50, 40, 110, 90, 90, 40].map((n) => m(n * 1_000));
  const total = monthly.reduce((a, b) => a + b, 0);
  const doc: Workspace = {
    schemaVersion: CURRENT_SCHEMA_VERSION, id: 'ws_sample', name: t.workspaceName, createdAt,
    company: { ...t.company, logoDataUrl: null },
    strategies: [buildStrategy(t, language, createdAt, year)],
    campaigns: buildCampaigns(t, language, year, today),
    budgets: [{
      year, total,
      byChannel: channelSplit(total),
      byMonth: monthly,
    }],
    documents: [
      {
        id: 'doc_brd', kind: 'brd', title: t.brd.title, product: t.strategy.product, status: 'approved', author: t.workshop.facilitator,
        strategyId: 'str_kettle', templateId: null, bodyHtml: t.brd.body, requirements: [], lastRequirementNumber: 0,
        changeRecords: [{ id: 'chg_1', ...pickChange(t), decision: 'approved', date: day(year, 2, 20) }],
        versions: [{ id: 'ver_1', name: 'v1.0', createdAt, bodyHtml: t.brd.body }], createdAt, updatedAt: createdAt,
      },
      {
        id: 'doc_prd', kind: 'prd', title: t.prd.title, product: t.strategy.product, status: 'draft', author: t.workshop.facilitator,
        strategyId: 'str_kettle', templateId: null, bodyHtml: t.prd.body,
        requirements: t.prd.requirements.map((r, i) => ({
          id: `req_${i + 1}`, key: `REQ-00${i + 1}`, title: r.title, description: r.description,
          priority: (['must', 'must', 'should', 'must', 'could'] as const)[i]!, acceptanceCriteria: r.criteria,
          status: i < 2 ? 'accepted' : 'proposed', owner: t.workshop.facilitator, personaOrSegmentId: i === 1 ? 'seg_2' : 'seg_1',
        })),
        lastRequirementNumber: t.prd.requirements.length,
        changeRecords: [], versions: [], createdAt, updatedAt: createdAt,
      },
    ],
    templates: [{ id: 'tpl_launch', kind: 'launch-brief', name: t.template.name, language, builtIn: false, sections: t.template.sections.map((s, i) => ({ id: `tsec_${i + 1}`, ...s })) }],
    workshops: [{
      id: 'wsh_q3', title: t.workshop.title, date: day(year, 7, 8), facilitator: t.workshop.facilitator,
      participants: t.workshop.attendees.map((name, i) => ({ id: `ppl_${i + 1}`, name, color: (['yellow', 'pink', 'blue', 'green'] as const)[i % 4]! })),
      status: 'planned', strategyId: 'str_kettle',
      agenda: (['research', 'target-market', 'positioning', 'price-channel', 'promotion', 'implementation'] as const).map((step, i) => ({
        id: `agd_${i + 1}`, step, title: t.workshop.steps[i]!, minutes: [20, 30, 40, 30, 30, 20][i]!,
        block: (['research', 'targetMarket', 'positioning', 'pricing', 'promotion', 'implementation'] as const)[i]!,
        actualSeconds: null, startedAt: null, endedAt: null,
      })),
      run: { currentItemId: null, elapsedMs: 0, runningSince: null, heartbeatAt: null },
      notes: [], clusters: [], votes: [], decisions: [], actions: [], votesPerParticipant: 3,
      startedAt: null, endedAt: null, createdAt,
    }],
    marketingPlan: buildMarketingPlan(t, language, year),
    settings: { currency: currencyFor(language), fiscalYearStartMonth: 1, requirementPriorityScheme: 'moscow', contentLanguage: language },
  };
  return workspace.parse(doc);
}

/**
 * Revenue follows the season (launch in March, festival in June, gifts in Q4); units are split
 * evenly; awareness is a level to reach, not a sum, so it has no monthly split. The revenue
 * months are whole thousands before scaling, so the dollar months stay whole and add up exactly.
 */
const REVENUE_BY_MONTH = [500, 450, 900, 1_000, 900, 1_300, 800, 700, 900, 1_000, 1_250, 1_100];

function buildMarketingPlan(t: SampleText, language: UiLanguage, year: number): MarketingPlan {
  const o = t.plan.objectives;
  const revenueMonths = REVENUE_BY_MONTH.map((n) => Math.round(n * 1_000 * scale(language)));
  return {
    ...defaultMarketingPlan({ year, title: t.plan.title(year), author: t.plan.author }),
    executiveSummary: t.plan.executiveSummary,
    objectives: [
      {
        id: 'obj_revenue', name: o.revenue.name, unit: currencyFor(language),
        annualTarget: revenueMonths.reduce((a, b) => a + b, 0), monthlyTargets: revenueMonths, notes: o.revenue.notes,
      },
      { id: 'obj_units', name: o.units.name, unit: o.units.unit, annualTarget: 24_000, monthlyTargets: null, notes: o.units.notes },
      { id: 'obj_awareness', name: o.awareness.name, unit: '%', annualTarget: 35, monthlyTargets: null, notes: o.awareness.notes },
    ],
    documentIds: ['doc_prd'],
  };
}

/** 30 / 30 / 20 / 10 % by channel; the partner line takes the rounding remainder so the parts add up. */
function channelSplit(total: number) {
  const parts = [['online-store', 0.3], ['marketplace', 0.3], ['retail', 0.2], ['distributor', 0.1]] as const;
  const lines = parts.map(([channel, share]) => ({ channel, amount: Math.round(total * share) }));
  return [...lines, { channel: 'partner' as const, amount: total - lines.reduce((sum, l) => sum + l.amount, 0) }];
}

function pickChange(t: SampleText) {
  const c = t.brd.change;
  return { description: c.description, reason: c.reason, impact: c.impact, implementationPlan: c.plan, requestedBy: c.requestedBy, approver: c.approver };
}

export function createEmptyWorkspace(language: UiLanguage, now: Date, companyName?: string): Workspace {
  const zh = language === 'zh-CN';
  return workspace.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION, id: `ws_${now.getTime().toString(36)}`,
    name: zh ? '新工作区' : 'New workspace', createdAt: now.toISOString(),
    company: { name: companyName?.trim() || (zh ? '我的公司' : 'My company'), industry: '', description: '', website: '', logoDataUrl: null },
    strategies: [], campaigns: [], budgets: [], documents: [], templates: [], workshops: [],
    marketingPlan: defaultMarketingPlan({ year: now.getUTCFullYear(), title: zh ? `${now.getUTCFullYear()} 年营销计划` : `${now.getUTCFullYear()} marketing plan` }),
    settings: { currency: currencyFor(language), fiscalYearStartMonth: 1, requirementPriorityScheme: 'moscow', contentLanguage: language },
  });
}
