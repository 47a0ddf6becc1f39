import type { ChangeRecord, Requirement } from '../../schema/document';
import type { UiLanguage } from '../../schema/primitives';
import type { RichNode } from '../richText';
import { exportWords, type DocumentExportModel } from './exportModel';

/**
 * A document for the writer tests: every node and mark type, bilingual text, and the
 * hostile input the writers must neutralise (script tags, event handlers, javascript: and
 * data:text/html links and images). Only imported by *.test.ts files.
 */

/** A real 4×2 PNG (red and blue halves): small, but a valid file whose header the DOCX writer can read. */
export const PNG_4X2 = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAQAAAACCAIAAADwyuo0AAAAE0lEQVR4nGP4z8AARGDiPwMyBwBnsgf5Q2OaZwAAAABJRU5ErkJggg==';
export const HOSTILE_TEXT = '<script>alert("x")</script><img src=x onerror=alert(1)>';

const t = (text: string, marks?: RichNode['marks']): RichNode => (marks ? { type: 'text', text, marks } : { type: 'text', text });
const p = (...content: RichNode[]): RichNode => ({ type: 'paragraph', content });
const h = (level: number, text: string): RichNode => ({ type: 'heading', attrs: { level }, content: [t(text)] });
const li = (...content: RichNode[]): RichNode => ({ type: 'listItem', content });
const cell = (type: 'tableHeader' | 'tableCell', text: string): RichNode => ({ type, attrs: { colspan: 1, rowspan: 1 }, content: [p(t(text))] });

export function fixtureBody(): RichNode {
  return {
    type: 'doc',
    content: [
      h(1, 'Product vision 产品愿景'),
      p(t('Plain, '), t('bold', [{ type: 'bold' }]), t(', '), t('italic', [{ type: 'italic' }]), t(', '), t('underlined', [{ type: 'underline' }]),
        t(', '), t('struck', [{ type: 'strike' }]), t(', '), t('code()', [{ type: 'code' }]), t(' and '),
        t('a safe link', [{ type: 'link', attrs: { href: 'https://example.com/a?b=1&c="2"' } }]), t('.')),
      p(t(HOSTILE_TEXT)),
      p(t('evil link', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]), t(' and '),
        t('html link', [{ type: 'link', attrs: { href: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==' } }])),
      { type: 'image', attrs: { src: 'javascript:alert(1)', alt: 'bad image' } },
      { type: 'image', attrs: { src: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', alt: 'html image' } },
      { type: 'image', attrs: { src: PNG_4X2, alt: 'Tiny picture', title: 'Tiny' } },
      { type: 'iframe', attrs: { src: 'https://evil.example' }, content: [t('unknown node text')] },
      h(2, 'Target market 目标市场'),
      { type: 'bulletList', content: [
        li(p(t('Urban professionals')), { type: 'bulletList', content: [li(p(t('Nested bullet 嵌套')))] }),
        li(p(t('Tea lovers'))),
      ] },
      { type: 'orderedList', attrs: { start: 1 }, content: [
        li(p(t('First step')), { type: 'orderedList', content: [li(p(t('Sub step one')))] }),
        li(p(t('Second step'))),
      ] },
      { type: 'blockquote', content: [p(t('A quoted customer voice'))] },
      { type: 'codeBlock', attrs: { language: 'ts' }, content: [t('const a = "<b>";\nconsole.log(a);')] },
      { type: 'horizontalRule' },
      h(2, 'Competitive analysis 竞争分析'),
      { type: 'table', content: [
        { type: 'tableRow', content: [cell('tableHeader', 'Competitor'), cell('tableHeader', 'Price | level')] },
        { type: 'tableRow', content: [cell('tableCell', 'Boilo 沸乐'), cell('tableCell', 'Mid-range 中端')] },
      ] },
      h(3, 'Detail heading'),
      p(t('Line one'), { type: 'hardBreak' }, t('Line two')),
    ],
  };
}

export const fixtureRequirements: Requirement[] = [
  {
    id: 'req_1', key: 'REQ-001', title: 'Keep water at 80 °C 保温', description: 'Hold the set temperature for 2 hours.\nNo noise.',
    priority: 'must', acceptanceCriteria: 'Measured ±1 °C', status: 'accepted', owner: 'Li Wei', personaOrSegmentId: 'seg_1',
  },
  {
    id: 'req_2', key: 'REQ-002', title: 'App pairing | <b>fast</b>', description: '', priority: 'could',
    acceptanceCriteria: '', status: 'proposed', owner: '', personaOrSegmentId: null,
  },
];

export const fixtureChangeRecords: ChangeRecord[] = [
  {
    id: 'chg_1', description: 'Raise max temperature 提高最高温度', reason: 'Customer feedback', impact: 'Heater redesign',
    implementationPlan: 'New element in batch 2', requestedBy: 'Zhang San', approver: 'Wang Fang', decision: 'approved', date: '2026-03-02',
  },
];

export function fixtureModel(language: UiLanguage = 'en', overrides: Partial<DocumentExportModel> = {}): DocumentExportModel {
  const labels = exportWords(language);
  return {
    language,
    title: 'Smart Kettle PRD 智能水壶需求文档',
    product: 'Mingye S2 明叶',
    kindLabel: labels.kinds.prd,
    statusLabel: labels.statuses.approved,
    versionLabel: 'v0.3 sent to R&D',
    author: 'Chen Jing 陈静',
    date: '2026-03-05',
    companyName: 'Mingye Home 明叶家居',
    body: fixtureBody(),
    requirements: fixtureRequirements,
    segmentNameById: { seg_1: 'Urban professionals 城市白领' },
    changeRecords: fixtureChangeRecords,
    includeRequirements: true,
    includeChangeLog: true,
    ...overrides,
  };
}
