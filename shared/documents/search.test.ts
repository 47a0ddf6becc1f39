import { describe, expect, it } from 'vitest';
import { htmlToSearchText, searchDocuments } from './search';
import { makeDocument, makeRequirement as req } from './testDocument';

const docs = [
  makeDocument({
    id: 'doc_a', title: 'Smart Kettle PRD',
    bodyHtml: '<h2>Vision</h2><p data-guidance="Say what it is">Tea &amp; coffee for <strong>busy</strong> parents.</p><p>Second&nbsp;para</p>',
    requirements: [req({ key: 'REQ-001', title: 'Boil fast', description: 'Under three minutes' })],
  }),
  makeDocument({
    id: 'doc_b', title: '智能水壶商业需求文档',
    bodyHtml: '<h2>商业机会</h2><p>年轻家庭需要<em>静音</em>烧水。</p>',
    changeRecords: [{
      id: 'chg_1', description: '增加静音模式', reason: '客户反馈', impact: '', implementationPlan: '', requestedBy: '销售部',
      approver: '', decision: 'pending', date: '2026-04-02',
    }],
  }),
];

describe('htmlToSearchText', () => {
  it('strips tags, decodes entities and keeps words of adjacent blocks apart', () => {
    expect(htmlToSearchText(docs[0]!.bodyHtml)).toBe('Vision Tea & coffee for busy parents. Second para');
    expect(htmlToSearchText('<p>a</p><p>b</p>x&#26032;&#x5E74;y &bogus; &#xFFFFFFF;')).toBe('a b x新年y &bogus; &#xFFFFFFF;');
  });

  it('does not take attribute values or comments for text, even with ">" inside quotes', () => {
    expect(htmlToSearchText('<p title="a > b" data-x=\'c>d\'>shown</p><!-- hidden > --> after')).toBe('shown after');
    expect(htmlToSearchText('1 < 2 and <p')).toBe('1 < 2 and');
  });
});

describe('searchDocuments', () => {
  it('finds titles, body text, requirements and change records, ignoring case', () => {
    expect(searchDocuments(docs, 'KETTLE').map((h) => [h.documentId, h.field])).toEqual([['doc_a', 'title']]);
    expect(searchDocuments(docs, 'busy parents')).toEqual([{
      documentId: 'doc_a', title: 'Smart Kettle PRD', field: 'body',
      snippet: 'Vision Tea & coffee for busy parents. Second para', match: { start: 24, length: 12 },
    }]);
    expect(searchDocuments(docs, 'three minutes')).toEqual([{
      documentId: 'doc_a', title: 'Smart Kettle PRD', field: 'requirement', itemId: 'req_REQ001',
      snippet: 'REQ-001 · Boil fast · Under three minutes', match: { start: 28, length: 13 },
    }]);
  });

  it('works for Chinese and lists title hits before body and change hits', () => {
    expect(searchDocuments(docs, '静音').map((h) => [h.field, h.snippet, h.itemId])).toEqual([
      ['body', '商业机会 年轻家庭需要静音烧水。', undefined],
      ['change', '增加静音模式 · 客户反馈 · 销售部', 'chg_1'],
    ]);
    expect(searchDocuments(docs, '水壶').map((h) => h.field)).toEqual(['title']);
  });

  it('does not match attribute values', () => {
    expect(searchDocuments(docs, 'say what')).toEqual([]);
  });

  it('cuts long text to about 80 characters around the match', () => {
    const long = `${'a'.repeat(200)} needle ${'b'.repeat(200)}`;
    const [hit] = searchDocuments([makeDocument({ bodyHtml: `<p>${long}</p>` })], 'NEEDLE');
    expect(hit!.snippet.startsWith('…')).toBe(true);
    expect(hit!.snippet.endsWith('…')).toBe(true);
    expect(hit!.snippet.length).toBe(82);
    expect(hit!.snippet.slice(hit!.match.start, hit!.match.start + hit!.match.length)).toBe('needle');
  });

  it('keeps match positions right when a character changes length in lower case', () => {
    const [hit] = searchDocuments([makeDocument({ title: 'İstanbul launch plan' })], 'launch');
    expect(hit!.snippet.slice(hit!.match.start, hit!.match.start + hit!.match.length)).toBe('launch');
  });

  it('returns nothing for a blank query and respects the limit', () => {
    expect(searchDocuments(docs, '   ')).toEqual([]);
    const many = Array.from({ length: 60 }, (_, i) => makeDocument({ id: `d${i}`, title: `Plan ${i}` }));
    expect(searchDocuments(many, 'plan')).toHaveLength(50);
    expect(searchDocuments(many, 'plan', 5).map((h) => h.documentId)).toEqual(['d0', 'd1', 'd2', 'd3', 'd4']);
  });
});
