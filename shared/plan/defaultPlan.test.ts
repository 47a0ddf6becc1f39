import { describe, expect, it } from 'vitest';
import { marketingPlan, PLAN_SECTION_IDS } from '../schema/marketingPlan';
import { defaultMarketingPlan } from './defaultPlan';

describe('defaultMarketingPlan', () => {
  it('prints every section once in the standard order, on A4, for the whole year', () => {
    const plan = defaultMarketingPlan({ year: 2027, title: 'Plan' });
    expect(plan.sections).toEqual(PLAN_SECTION_IDS.map((id) => ({ id, enabled: true })));
    expect(plan).toMatchObject({
      title: 'Plan', author: '', period: { year: 2027, quarter: null }, emptySections: 'placeholder',
      pageSize: 'A4', margins: 'normal', objectives: [], documentIds: [], strategyIds: [], executiveSummary: '',
    });
    expect(marketingPlan.safeParse(plan).success).toBe(true);
  });

  it('keeps the author and a year the schema accepts', () => {
    expect(defaultMarketingPlan({ year: 2030, title: '', author: 'Mia' }).author).toBe('Mia');
    expect(defaultMarketingPlan({ year: 1999, title: '' }).period.year).toBe(2000);
    expect(marketingPlan.safeParse(defaultMarketingPlan({ year: 3000, title: '' })).success).toBe(true);
  });
});
