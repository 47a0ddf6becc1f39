import { describe, expect, it } from 'vitest';
import { productDocument, type DocumentTemplate } from '../../schema/document';
import { BUILT_IN_TEMPLATES, builtInTemplateFor } from './builtInTemplates';
import { documentFromTemplate, templateBodyHtml } from './documentFromTemplate';

const now = new Date('2026-04-01T08:30:00.000Z');
const options = { id: 'doc_1', now, title: 'Kettle PRD', author: 'Li Wei', product: 'Smart kettle', strategyId: 'str_a' };

describe('documentFromTemplate', () => {
  it('makes a valid draft whose body is one heading and one prompt paragraph per section', () => {
    const prd = builtInTemplateFor(BUILT_IN_TEMPLATES[1]!, 'en');
    const doc = documentFromTemplate(prd, options);
    expect(productDocument.safeParse(doc).success).toBe(true);
    expect(doc).toMatchObject({
      id: 'doc_1', kind: 'prd', title: 'Kettle PRD', author: 'Li Wei', product: 'Smart kettle', strategyId: 'str_a',
      status: 'draft', templateId: 'builtin-prd', requirements: [], changeRecords: [], versions: [],
      createdAt: '2026-04-01T08:30:00.000Z', updatedAt: '2026-04-01T08:30:00.000Z',
    });
    expect(doc.bodyHtml.match(/<h2>/g)).toHaveLength(9);
    expect(doc.bodyHtml.startsWith('<h2>Product vision</h2><p data-guidance="In a few sentences, say what the product is')).toBe(true);
  });

  it('escapes section text, so a user template cannot smuggle markup into the body', () => {
    const hostile: DocumentTemplate = {
      id: 'tpl_x', kind: 'other', name: 'x', language: 'en', builtIn: false,
      sections: [{ id: 's1', title: '<img src=x onerror=alert(1)>', guidance: '" onmouseover="alert(1)\' & <script>' }],
    };
    expect(templateBodyHtml(hostile)).toBe(
      '<h2>&lt;img src=x onerror=alert(1)&gt;</h2><p data-guidance="&quot; onmouseover=&quot;alert(1)&#39; &amp; &lt;script&gt;"></p>',
    );
  });

  it('keeps Chinese text as it is', () => {
    const brd = builtInTemplateFor(BUILT_IN_TEMPLATES[0]!, 'zh-CN');
    expect(documentFromTemplate(brd, options).bodyHtml.startsWith('<h2>商业机会</h2><p data-guidance="描述你发现的问题')).toBe(true);
  });
});
