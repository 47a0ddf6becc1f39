import { describe, expect, it } from 'vitest';
import type { RichNode } from '../richText';
import { escapeMarkdownText, guardLineStarts } from './markdownInline';
import { documentToMarkdown, richToMarkdown } from './markdownWriter';
import { HOSTILE_TEXT, PNG_4X2, fixtureModel } from './testFixtures';

const text = (value: string, marks?: RichNode['marks']): RichNode => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const para = (...content: RichNode[]): RichNode => ({ type: 'paragraph', content });
const li = (...content: RichNode[]): RichNode => ({ type: 'listItem', content });

describe('escapeMarkdownText', () => {
  it('backslash-escapes HTML and Markdown syntax so a renderer shows it as text', () => {
    expect(escapeMarkdownText('<script>alert(1)</script>')).toBe('\\<script\\>alert(1)\\</script\\>');
    expect(escapeMarkdownText('a*b_c`d[e](f)|g~h#i&lt;\\')).toBe('a\\*b\\_c\\`d\\[e\\](f)\\|g\\~h\\#i\\&lt;\\\\');
  });

  it('keeps a paragraph line from turning into a list, heading underline or code block', () => {
    expect(guardLineStarts('- not a list\n+ nor this\n1. nor this\n    not code\n===')).toBe('\\- not a list\n\\+ nor this\n1\\. nor this\nnot code\n\\===');
  });
});

describe('richToMarkdown', () => {
  it('writes marks, and a refused link as its text only', () => {
    expect(richToMarkdown([para(
      text('bold', [{ type: 'bold' }]), text(' '), text('it ', [{ type: 'italic' }]), text('gone', [{ type: 'strike' }]), text(' '),
      text('x|`y`', [{ type: 'code' }]), text(' '), text('site', [{ type: 'link', attrs: { href: 'https://example.com/a_(b)' } }]), text(' '),
      text('evil', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]), text(' '),
      text('html', [{ type: 'link', attrs: { href: 'data:text/html;base64,PHNjcmlwdD4=' } }]),
    )])).toBe('**bold** *it* ~~gone~~ <code>x\\|\\`y\\`</code> [site](https://example.com/a_%28b%29) evil html');
  });

  it('writes code spans with backticks, fenced code blocks longer than any backtick run inside', () => {
    expect(richToMarkdown([para(text('a<b', [{ type: 'code' }]))])).toBe('`a<b`');
    expect(richToMarkdown([{ type: 'codeBlock', attrs: { language: 'js"><script>' }, content: [text('```\n<b>')] }])).toBe('````\n```\n<b>\n````');
  });

  it('writes nested bullet and numbered lists with the right indentation', () => {
    expect(richToMarkdown([
      { type: 'bulletList', content: [li(para(text('one')), { type: 'orderedList', attrs: { start: 3 }, content: [li(para(text('three'))), li(para(text('four')))] }), li(para(text('two')))] },
    ])).toBe('- one\n  3. three\n  4. four\n- two');
  });

  it('writes images only for allowed sources, with escaped alt text', () => {
    expect(richToMarkdown([
      { type: 'image', attrs: { src: PNG_4X2, alt: 'a ]( evil' } },
      { type: 'image', attrs: { src: 'javascript:alert(1)', alt: 'x' } },
      { type: 'image', attrs: { src: 'https://tracker.example/p.png', alt: 'y' } },
    ])).toBe(`![a \\]( evil](${PNG_4X2})`);
  });

  it('writes GFM tables with escaped pipes and line breaks inside cells', () => {
    const cell = (type: string, ...content: RichNode[]): RichNode => ({ type, content });
    expect(richToMarkdown([{ type: 'table', content: [
      { type: 'tableRow', content: [cell('tableHeader', para(text('A|B'))), cell('tableHeader', para(text('C')))] },
      { type: 'tableRow', content: [cell('tableCell', para(text('1'), { type: 'hardBreak' }, text('2'))), cell('tableCell', para(text('<i>')))] },
    ] }])).toBe('| A\\|B | C |\n| --- | --- |\n| 1<br>2 | \\<i\\> |');
  });

  it('writes headings, quotes and rules, and drops unknown nodes', () => {
    expect(richToMarkdown([
      { type: 'heading', attrs: { level: 2 }, content: [text('Title #1')] },
      { type: 'blockquote', content: [para(text('quoted')), para(text('more'))] },
      { type: 'horizontalRule' },
      { type: 'script', content: [text('alert(1)')] },
      { type: 'strategyBlock', attrs: { kind: 'positioning' } },
    ])).toBe('## Title \\#1\n\n> quoted\n>\n> more\n\n---');
  });
});

describe('documentToMarkdown', () => {
  const markdown = documentToMarkdown(fixtureModel('zh-CN'));

  it('starts with the title and a metadata list in the document language', () => {
    expect(markdown.startsWith([
      '# Smart Kettle PRD 智能水壶需求文档',
      '',
      '- **文档类型：** 产品需求文档（PRD）',
      '- **产品：** Mingye S2 明叶',
      '- **版本：** v0.3 sent to R\\&D',
      '- **状态：** 已批准',
      '- **作者：** Chen Jing 陈静',
      '- **日期：** 2026-03-05',
      '- **公司：** Mingye Home 明叶家居',
      '',
      '---',
    ].join('\n'))).toBe(true);
  });

  it('never lets raw HTML from the document through', () => {
    expect(markdown).toContain(escapeMarkdownText(HOSTILE_TEXT));
    // Outside code, every < is escaped; the only tags are the <br> this writer puts into table cells.
    const outsideCode = markdown.replace(/```[\s\S]*?```/g, '');
    expect(outsideCode.replace(/<br>/g, '')).not.toMatch(/(^|[^\\])</);
    expect(markdown).not.toMatch(/javascript:|data:text\/html/);
  });

  it('ends with the requirements and change log as GFM tables', () => {
    expect(markdown).toContain([
      '# 需求',
      '',
      '| 编号 | 标题 | 描述 | 优先级 | 验收标准 | 状态 | 负责人 | 细分市场 / 用户画像 |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      '| REQ-001 | Keep water at 80 °C 保温 | Hold the set temperature for 2 hours.<br>No noise. | 必须有 | Measured ±1 °C | 已接受 | Li Wei | Urban professionals 城市白领 |',
      '| REQ-002 | App pairing \\| \\<b\\>fast\\</b\\> |  | 可以有 |  | 已提出 |  | — |',
    ].join('\n'));
    expect(markdown).toContain('| 2026-03-02 | Raise max temperature 提高最高温度 | Customer feedback | Heater redesign | New element in batch 2 | Zhang San | Wang Fang | 已批准 |');
    expect(markdown.endsWith('已批准 |\n')).toBe(true);
  });

  it('says so when the change log is included but empty, and leaves requirements out when there are none', () => {
    const empty = documentToMarkdown(fixtureModel('en', { requirements: [], changeRecords: [] }));
    expect(empty).not.toContain('# Requirements');
    expect(empty.endsWith('# Change log\n\n*No changes recorded.*\n')).toBe(true);
  });
});
