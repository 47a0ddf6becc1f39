import { describe, expect, it } from 'vitest';
import { richToHtml } from '../../../documents/export/htmlWriter';
import type { PlanAppendix } from '../planContext';
import { appendicesSection, appendixLetter } from './appendices';
import { ESCAPED_SCRIPT, HOSTILE, hasLiveHostileMarkup, sampleContext } from './planTestContext';
import { visibleText } from './printTestData';

const appendix = (over: Partial<PlanAppendix> = {}): PlanAppendix => ({
  documentId: 'doc_prd', title: 'Kettle PRD', subtitle: 'PRD · Draft · v1.0', safeBodyHtml: '<p>Body</p>', ...over,
});

describe('appendicesSection', () => {
  it('prints each document as a lettered appendix with its body as given', () => {
    const body = richToHtml([{ type: 'paragraph', content: [{ type: 'text', text: 'Vision & scope' }] }]);
    const ctx = { ...sampleContext('en'), appendices: [appendix({ safeBodyHtml: body }), appendix({ documentId: 'doc_brd', title: 'Kettle BRD', safeBodyHtml: '<h1>Opportunity</h1>' })] };
    const out = appendicesSection(ctx);
    expect(out.empty).toBe(false);
    expect(out.html).toMatch(/^<section class="plan-section plan-section-appendices" id="plan-appendices"><h1>Appendices<\/h1><article class="appendix">/);
    expect(out.html).toContain('<h2 id="plan-appendices-A">Appendix A: Kettle PRD</h2><p class="plan-subtitle">PRD · Draft · v1.0</p>');
    expect(out.html).toContain(`<div class="appendix-body">${body}</div>`);
    expect(out.html).toContain('<h2 id="plan-appendices-B">Appendix B: Kettle BRD</h2>');
    expect(out.html).toContain('<div class="appendix-body"><h1>Opportunity</h1></div>');
    expect(out.html.match(/<article class="appendix">/g)).toHaveLength(2);
    expect(out.toc).toEqual([
      { anchor: 'plan-appendices', text: 'Appendices', level: 1 },
      { anchor: 'plan-appendices-A', text: 'Appendix A: Kettle PRD', level: 2 },
      { anchor: 'plan-appendices-B', text: 'Appendix B: Kettle BRD', level: 2 },
    ]);
  });

  it('uses Chinese labels for a zh-CN plan', () => {
    const out = appendicesSection({ ...sampleContext('zh-CN'), appendices: [appendix({ title: '电热水壶 PRD' }), appendix({ title: '  ' })] });
    const text = visibleText(out.html);
    expect(out.toc[0]!.text).toBe('附录');
    expect(text).toContain('附录 A：电热水壶 PRD');
    expect(text).toContain('附录 B：未命名文档');
  });

  it('escapes the title and subtitle (the body is trusted to be richToHtml output)', () => {
    const out = appendicesSection({ ...sampleContext('en'), appendices: [appendix({ title: HOSTILE, subtitle: HOSTILE })] });
    expect(hasLiveHostileMarkup(out.html)).toBe(false);
    expect(out.html.split(ESCAPED_SCRIPT).length - 1).toBe(2);
    expect(out.toc[1]!.text).toBe(`Appendix A: ${HOSTILE}`); // contents entries are plain text, escaped by the contents writer
  });

  it('is empty without appendices', () => {
    const out = appendicesSection(sampleContext('en'));
    expect(out.empty).toBe(true);
    expect(out.html).not.toContain('<article');
  });
});

describe('appendixLetter', () => {
  it('counts A…Z, then AA, AB …', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 99].map(appendixLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'CV']);
  });
});
