import { describe, expect, it } from 'vitest';
import { documentTemplate } from '../../schema/document';
import type { RichNode } from '../richText';
import { templateFromDocument } from './templateFromDocument';

const text = (t: string): RichNode => ({ type: 'text', text: t });
const h = (level: number, t: string): RichNode => ({ type: 'heading', attrs: { level }, content: t ? [text(t)] : [] });
const p = (t = '', attrs?: Record<string, unknown>): RichNode => ({ type: 'paragraph', ...(attrs ? { attrs } : {}), content: t ? [text(t)] : [] });
const doc = (...content: RichNode[]): RichNode => ({ type: 'doc', content });
const options = { id: 'tpl_1', name: 'My PRD', kind: 'prd' as const, language: 'en' as const };

describe('templateFromDocument', () => {
  it('makes one section per level-2 heading with the first non-empty paragraph as guidance', () => {
    const result = templateFromDocument(doc(
      h(1, 'Kettle PRD'), p('Intro text'),
      h(2, ' Vision '), p(), p('  Make tea easy.  '), p('Second paragraph'),
      h(3, 'Sub-point'), p('inside vision'),
      h(2, 'Risks'),
      h(2, 'Pricing'), { type: 'bulletList', content: [{ type: 'listItem', content: [p('a list is not guidance')] }] }, p('Price it well'),
    ), options);
    expect(result).toEqual({
      ok: true,
      template: {
        id: 'tpl_1', kind: 'prd', name: 'My PRD', language: 'en', builtIn: false,
        sections: [
          { id: 'section-1', title: 'Vision', guidance: 'Make tea easy.' },
          { id: 'section-2', title: 'Risks', guidance: '' },
          { id: 'section-3', title: 'Pricing', guidance: 'Price it well' },
        ],
      },
    });
    if (result.ok) expect(documentTemplate.safeParse(result.template).success).toBe(true);
  });

  it('uses level-1 headings when there are no level-2 ones, and skips empty headings', () => {
    const result = templateFromDocument(doc(h(1, '愿景'), p('让烧水更简单'), h(1, ''), h(1, '风险')), { ...options, language: 'zh-CN' });
    expect(result.ok && result.template.sections).toEqual([
      { id: 'section-1', title: '愿景', guidance: '让烧水更简单' },
      { id: 'section-2', title: '风险', guidance: '' },
    ]);
  });

  it('keeps the guidance prompt of an untouched paragraph (a document made from a template)', () => {
    const result = templateFromDocument(doc(h(2, 'Vision'), p('', { guidance: 'Say what it is.' })), options);
    expect(result.ok && result.template.sections[0]!.guidance).toBe('Say what it is.');
  });

  it('cuts guidance to 2,000 characters and titles to 200', () => {
    const result = templateFromDocument(doc(h(2, 'T'.repeat(300)), p('g'.repeat(5_000))), options);
    expect(result.ok && result.template.sections[0]!.guidance.length).toBe(2_000);
    expect(result.ok && result.template.sections[0]!.title.length).toBe(200);
  });

  it('refuses a document without headings', () => {
    expect(templateFromDocument(doc(p('just text'), h(3, 'too deep')), options)).toEqual({ ok: false, reason: 'template-needs-section' });
    expect(templateFromDocument(doc(), options)).toEqual({ ok: false, reason: 'template-needs-section' });
  });
});
