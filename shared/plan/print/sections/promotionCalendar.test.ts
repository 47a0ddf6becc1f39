import { describe, expect, it } from 'vitest';
import { emptyCampaign } from '../../../calendar/emptyCampaign';
import type { Campaign } from '../../../schema/campaign';
import { TIMELINE_ROWS_PER_FIGURE } from '../campaignTimeline';
import type { PlanContext } from '../planContext';
import { ESCAPED_SCRIPT, emptyContext, hasLiveHostileMarkup, sampleContext } from './planTestContext';
import { hostileSampleContext, visibleText } from './printTestData';
import { promotionCalendarSection } from './promotionCalendar';

const withCampaigns = (ctx: PlanContext, campaigns: Campaign[]): PlanContext => ({ ...ctx, workspace: { ...ctx.workspace, campaigns } });
const figures = (html: string) => html.match(/<figure class="timeline">[\s\S]*?<\/figure>/g) ?? [];

describe('promotionCalendarSection', () => {
  it('draws one timeline per quarter of a year plan and lists the campaigns', () => {
    const ctx = sampleContext('en');
    const out = promotionCalendarSection(ctx);
    const text = visibleText(out.html);
    expect(out.empty).toBe(false);
    expect(out.html).toMatch(/^<section class="plan-section plan-section-promotion-calendar" id="plan-promotion-calendar"><h1>Promotion plan and campaign calendar<\/h1>/);
    const timelines = figures(out.html);
    expect(timelines).toHaveLength(4);
    expect(timelines[0]).toContain('<figcaption>Q1 2026 · Jan 1 – Mar 31, 2026</figcaption>');
    expect(timelines[0]).toMatch(/>Jan<.*>Feb<.*>Mar</);
    // Every sample campaign is in 2026, so the table lists all of them, with a total row.
    expect(out.html.match(/<table class="data campaigns-table">/g)).toHaveLength(1);
    for (const campaign of ctx.workspace.campaigns) expect(text).toContain(campaign.name);
    expect(text).toContain('Trade show');
    expect(text).toContain(`${ctx.workspace.campaigns.length} campaigns run during 2026.`);
    expect(out.toc.map((entry) => entry.text)).toEqual(['Promotion plan and campaign calendar', 'Timeline', 'Campaigns']);
  });

  it('positions bars by percent and writes the status next to them, not colour alone', () => {
    const ctx = withCampaigns(sampleContext('en', { period: { year: 2026, quarter: 1 } }), [
      emptyCampaign({ id: 'c1', name: 'February push', startDate: '2026-02-01', endDate: '2026-02-28', status: 'in-progress' }),
    ]);
    const out = promotionCalendarSection(ctx);
    const [figure] = figures(out.html);
    expect(figures(out.html)).toHaveLength(1);
    expect(figure).toContain('<figcaption>Q1 2026 · Jan 1 – Mar 31, 2026</figcaption>');
    // 31 of 90 days before it, 28 days long.
    expect(figure).toContain('<span class="tl-bar tl-status-in-progress" style="left:34.444%;width:31.111%"></span>');
    expect(figure).toContain('<span class="tl-status">In progress</span>');
    // Month gridlines at Feb 1 and Mar 1 (31 and 59 days in).
    expect(figure).toContain('<span class="tl-gridline" style="left:34.444%"></span><span class="tl-gridline" style="left:65.556%"></span>');
    expect(figure).toContain('<div class="tl-legend"');
  });

  it('marks milestones with ◆ and bars running past the quarter as open', () => {
    const campaign = emptyCampaign({
      id: 'c1', name: 'Long run', startDate: '2026-03-01', endDate: '2026-04-30', status: 'planned',
      activities: [{ id: 'a1', level: 'milestone', title: 'Go', startDate: '2026-03-10', endDate: '2026-03-10', owner: '', done: false },
        { id: 'a2', level: 'task', title: 'Task', startDate: '2026-03-12', endDate: '2026-03-12', owner: '', done: false }],
    });
    const html = promotionCalendarSection(withCampaigns(sampleContext('en'), [campaign])).html;
    const [q1, q2] = figures(html);
    expect(q1).toContain('tl-status-planned tl-open-end');
    expect(q1!.match(/tl-milestone"/g)).toHaveLength(1); // the task is not a milestone
    expect(q1).toContain('<span class="tl-milestone" style="left:76.111%">◆</span>'); // (68 + 0.5) / 90
    expect(q2).toContain('tl-status-planned tl-open-start');
    expect(q2).not.toContain('tl-milestone"');
  });

  it('still shows a quarter without campaigns, and splits a busy quarter into figures that fit a page', () => {
    const many = Array.from({ length: TIMELINE_ROWS_PER_FIGURE + 3 }, (_, i) => emptyCampaign({ id: `c${i}`, name: `C${i}`, startDate: '2026-01-05', endDate: '2026-01-06' }));
    const html = promotionCalendarSection(withCampaigns(sampleContext('en'), many)).html;
    const all = figures(html);
    expect(all).toHaveLength(5);
    expect(all[0]!.match(/tl-bar /g)).toHaveLength(TIMELINE_ROWS_PER_FIGURE);
    expect(all[1]).toContain('<figcaption>Q1 2026 · Jan 1 – Mar 31, 2026 (continued)</figcaption>');
    expect(all[1]!.match(/tl-bar /g)).toHaveLength(3);
    expect(all[2]).toContain('No campaigns in this quarter.');
  });

  it('uses Chinese labels for a zh-CN plan', () => {
    const out = promotionCalendarSection(sampleContext('zh-CN'));
    const text = visibleText(out.html);
    expect(out.toc[0]!.text).toBe('促销计划与活动日历');
    for (const word of ['时间轴', '活动列表', '2026 年第一季度', '1月', '负责人', '计划预算', '实际支出', '展会', '合计']) expect(text).toContain(word);
  });

  it('escapes hostile campaign text', () => {
    for (const language of ['en', 'zh-CN'] as const) {
      const ctx = hostileSampleContext(language);
      const out = promotionCalendarSection(ctx);
      expect(hasLiveHostileMarkup(out.html)).toBe(false);
      // Name in the timeline and the table, owner in the table.
      expect(out.html.split(ESCAPED_SCRIPT).length - 1).toBeGreaterThanOrEqual(ctx.workspace.campaigns.length * 3);
    }
  });

  it('is empty when no campaign runs in the period', () => {
    expect(promotionCalendarSection(emptyContext('en')).empty).toBe(true);
    const ctx = withCampaigns(sampleContext('en'), [emptyCampaign({ id: 'old', name: 'Old', startDate: '2025-01-01', endDate: '2025-12-31' })]);
    const out = promotionCalendarSection(ctx);
    expect(out.empty).toBe(true);
    expect(out.html).not.toContain('<figure');
  });
});
