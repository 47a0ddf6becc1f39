import { describe, expect, it } from 'vitest';
import { PNG_4X2 } from '../../../documents/export/testFixtures';
import { coverSection } from './cover';
import { ESCAPED_SCRIPT, hasLiveHostileMarkup, hostileContext, sampleContext } from './planTestContext';

describe('cover', () => {
  it('shows company, plan title, period, author and date (en)', () => {
    const out = coverSection(sampleContext('en'));
    expect(out.empty).toBe(false);
    expect(out.toc).toEqual([]);
    expect(out.html).toMatch(/^<section class="plan-section plan-cover" id="plan-cover">/);
    expect(out.html).toContain('<p class="plan-cover-company-name">Brightleaf Home Appliances</p>');
    expect(out.html).toContain('<h1 class="plan-cover-title">Brightleaf 2026 marketing plan</h1>');
    expect(out.html).toContain('<p class="plan-cover-period">2026</p>');
    expect(out.html).toContain('<dt>Prepared by</dt><dd>Mia Chen</dd><dt>Date</dt><dd>May 20, 2026</dd>');
    expect(out.html).not.toContain('<img');
  });

  it('is in Chinese with a quarter period (zh-CN)', () => {
    const out = coverSection(sampleContext('zh-CN', { period: { year: 2026, quarter: 2 } }));
    expect(out.html).toContain('明叶家电（杭州）有限公司');
    expect(out.html).toContain('<h1 class="plan-cover-title">明叶 2026 年营销计划</h1>');
    expect(out.html).toContain('<p class="plan-cover-period">2026 年第二季度</p>');
    expect(out.html).toContain('<dt>编制人</dt><dd>陈敏</dd><dt>日期</dt><dd>2026年5月20日</dd>');
  });

  it('places the company logo and leaves out a blank author', () => {
    const ctx = sampleContext('en', { author: '  ', title: '' });
    const out = coverSection({ ...ctx, workspace: { ...ctx.workspace, company: { ...ctx.workspace.company, logoDataUrl: PNG_4X2 } } });
    expect(out.html).toContain(`<img class="plan-cover-logo" src="${PNG_4X2}" alt="Brightleaf Home Appliances">`);
    expect(out.html).not.toContain('Prepared by');
    expect(out.html).toContain('<h1 class="plan-cover-title">Marketing plan 2026</h1>');
  });

  it('drops a logo that is not a raster data URL', () => {
    const ctx = sampleContext('en');
    const out = coverSection({ ...ctx, workspace: { ...ctx.workspace, company: { ...ctx.workspace.company, logoDataUrl: 'javascript:alert(1)' } } });
    expect(out.html).not.toContain('<img');
    expect(out.html).not.toContain('javascript:');
  });

  it('escapes hostile company name, title and author', () => {
    const out = coverSection(hostileContext('en'));
    expect(hasLiveHostileMarkup(out.html)).toBe(false);
    expect(out.html.split(ESCAPED_SCRIPT)).toHaveLength(4);
  });
});
