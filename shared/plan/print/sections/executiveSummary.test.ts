import { describe, expect, it } from 'vitest';
import { executiveSummarySection } from './executiveSummary';
import { ESCAPED_SCRIPT, hasLiveHostileMarkup, hostileContext, sampleContext } from './planTestContext';

describe('executive summary', () => {
  it('prints the summary paragraph by paragraph', () => {
    const out = executiveSummarySection(sampleContext('en'));
    expect(out.empty).toBe(false);
    expect(out.toc).toEqual([{ anchor: 'plan-executive-summary', text: 'Executive summary', level: 1 }]);
    expect(out.html).toMatch(/^<section class="plan-section plan-section-executive-summary" id="plan-executive-summary"><h1>Executive summary<\/h1><p>This year Brightleaf/);
    expect(out.html.match(/<p>/g)).toHaveLength(2);
  });

  it('uses the Chinese title', () => {
    const out = executiveSummarySection(sampleContext('zh-CN'));
    expect(out.html).toContain('<h1>执行摘要</h1><p>今年明叶');
    expect(out.toc[0]!.text).toBe('执行摘要');
  });

  it('is empty when only spaces were written, printing the "not yet written" line', () => {
    const out = executiveSummarySection(sampleContext('zh-CN', { executiveSummary: ' \n\n \t' }));
    expect(out.empty).toBe(true);
    expect(out.html).toContain('<h1>执行摘要</h1><p class="plan-empty">尚未填写。</p>');
    expect(out.toc).toHaveLength(1);
  });

  it('escapes hostile text and keeps line breaks', () => {
    const out = executiveSummarySection(hostileContext('en'));
    expect(hasLiveHostileMarkup(out.html)).toBe(false);
    expect(out.html.split(ESCAPED_SCRIPT)).toHaveLength(3);
    expect(executiveSummarySection(sampleContext('en', { executiveSummary: 'a\nb' })).html).toContain('<p>a<br>b</p>');
  });
});
