import { describe, expect, it } from 'vitest';
import { documentSections } from './exportModel';
import { documentToHtml, richToHtml } from './htmlWriter';
import { HOSTILE_TEXT, PNG_4X2, fixtureModel } from './testFixtures';

const VOID = new Set(['br', 'hr', 'img', 'meta']);

/** Every start tag is closed in order (no DOM here, so a small checker stands in for a parser). */
function assertBalanced(html: string): void {
  const stack: string[] = [];
  for (const match of html.replace(/<style>[\s\S]*?<\/style>/, '').matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>/g)) {
    const [, closing, name] = match;
    const tag = name!.toLowerCase();
    if (VOID.has(tag)) continue;
    if (closing) expect(stack.pop(), `closing </${tag}>`).toBe(tag);
    else stack.push(tag);
  }
  expect(stack).toEqual([]);
}

/** What a reader sees: tags removed, entities decoded, whitespace collapsed. */
const visibleText = (html: string) => html
  .replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<title>[\s\S]*?<\/title>/g, '')
  .replace(/<\/?(a|strong|em|u|s|code)(\s[^>]*)?>/g, '')
  .replace(/<[^>]+>/g, ' ')
  .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
  .replace(/\s+/g, ' ').trim();

const text = (value: string, marks?: Array<{ type: string; attrs?: Record<string, unknown> }>) => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const para = (...content: ReturnType<typeof text>[]) => ({ type: 'paragraph', content });

describe('richToHtml', () => {
  it('escapes text so markup in it stays text', () => {
    const html = richToHtml([para(text(HOSTILE_TEXT))]);
    expect(html).toBe('<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;</p>');
    expect(html).not.toMatch(/<script|<img/);
  });

  it('writes only chosen attributes: onerror and friends never reach an element', () => {
    const html = richToHtml([
      { type: 'image', attrs: { src: PNG_4X2, alt: 'x" onerror="alert(1)', onerror: 'alert(1)', style: 'x' } },
      { type: 'paragraph', attrs: { onclick: 'alert(1)', class: 'evil' }, content: [text('hi')] },
    ]);
    const tags = [...html.matchAll(/<[a-z]+(?:\s[a-z]+="[^"]*")*>/g)].map((match) => match[0]);
    // Every tag is fully made of name="value" pairs (no quote broke out of a value), and only chosen names occur.
    expect(tags.join('')).toBe(html.replace(/<\/[a-z]+>|[^<>]+(?=<)/g, ''));
    const names = tags.flatMap((tag) => [...tag.matchAll(/\s([a-z]+)="/g)].map((match) => match[1]));
    expect(new Set(names)).toEqual(new Set(['class', 'src', 'alt']));
    expect(html).toContain('alt="x&quot; onerror=&quot;alert(1)"');
    expect(html).toContain('<p>hi</p>');
  });

  it('refuses javascript: and data:text/html links, keeping their text', () => {
    const html = richToHtml([para(
      text('one', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]),
      text('two', [{ type: 'link', attrs: { href: 'data:text/html;base64,PHNjcmlwdD4=' } }]),
      text('three', [{ type: 'link', attrs: { href: 'https://example.com/?a=1&b="2"' } }]),
    )]);
    expect(html).toBe('<p>onetwo<a href="https://example.com/?a=1&amp;b=&quot;2&quot;" rel="noopener noreferrer">three</a></p>');
  });

  it('drops images that are not data:image URLs of an allowed type', () => {
    const html = richToHtml([
      { type: 'image', attrs: { src: 'javascript:alert(1)' } },
      { type: 'image', attrs: { src: 'data:text/html;base64,PHNjcmlwdD4=' } },
      { type: 'image', attrs: { src: 'https://tracker.example/pixel.png' } },
      { type: 'image', attrs: { src: PNG_4X2, alt: 'ok' } },
    ]);
    expect(html).toBe(`<figure class="image"><img src="${PNG_4X2}" alt="ok"></figure>`);
  });

  it('drops unknown nodes and marks, and unresolved strategy blocks', () => {
    const html = richToHtml([
      { type: 'script', content: [text('alert(1)')] },
      { type: 'iframe', attrs: { src: 'https://evil.example' } },
      { type: 'strategyBlock', attrs: { kind: 'positioning', strategyId: 'x' } },
      para(text('kept', [{ type: 'blink' }, { type: 'bold' }])),
    ]);
    expect(html).toBe('<p><strong>kept</strong></p>');
  });

  it('nests marks in a fixed order and writes lists, tables with a header, code and breaks', () => {
    expect(richToHtml([para(text('x', [{ type: 'link', attrs: { href: 'mailto:a@b.c' } }, { type: 'italic' }, { type: 'bold' }]))]))
      .toBe('<p><a href="mailto:a@b.c" rel="noopener noreferrer"><em><strong>x</strong></em></a></p>');
    expect(richToHtml([{ type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [para(text('a'))] }] }]))
      .toBe('<ol start="3"><li><p>a</p></li></ol>');
    expect(richToHtml([{ type: 'codeBlock', content: [text('<b>&')] }])).toBe('<pre><code>&lt;b&gt;&amp;</code></pre>');
    expect(richToHtml([{ type: 'table', content: [
      { type: 'tableRow', content: [{ type: 'tableHeader', attrs: { colspan: 2 }, content: [para(text('H'))] }] },
      { type: 'tableRow', content: [{ type: 'tableCell', attrs: { colspan: '2" onclick="x' }, content: [para(text('a'))] }, { type: 'tableCell', content: [para(text('b'))] }] },
    ] }])).toBe('<table><thead><tr><th colspan="2"><p>H</p></th></tr></thead><tbody><tr><td><p>a</p></td><td><p>b</p></td></tr></tbody></table>');
  });
});

describe('documentToHtml', () => {
  const model = fixtureModel('zh-CN');
  const html = documentToHtml(model, { mode: 'print' });

  it('is a standalone document: doctype, language, CSP meta, inline style, nothing external', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">`);
    expect(html).toContain('<title>Smart Kettle PRD 智能水壶需求文档</title>');
    expect(html).not.toMatch(/<link|<script|\ssrc="(?!data:image\/)|url\(/);
    expect(documentToHtml(fixtureModel('en'), { mode: 'file' })).toContain('<html lang="en">');
    assertBalanced(html);
  });

  it('reads in order: cover, contents, body, requirements, change log', () => {
    const seen = visibleText(html);
    const order = [
      '产品需求文档（PRD） Smart Kettle PRD 智能水壶需求文档 Mingye S2 明叶 版本 v0.3 sent to R&D 状态 已批准 作者 Chen Jing 陈静 日期 2026-03-05 公司 Mingye Home 明叶家居',
      '目录 Product vision 产品愿景 Target market 目标市场 Competitive analysis 竞争分析 需求 变更记录',
      'Product vision 产品愿景 Plain, bold, italic, underlined, struck, code() and a safe link.',
      `${HOSTILE_TEXT}`,
      '需求 编号 标题 描述 优先级 验收标准 状态 负责人 细分市场 / 用户画像 REQ-001 Keep water at 80 °C 保温 Hold the set temperature for 2 hours. No noise. 必须有 Measured ±1 °C 已接受 Li Wei Urban professionals 城市白领',
      'REQ-002 App pairing | <b>fast</b> 可以有 已提出 —',
      '变更记录 日期 变更内容 原因 影响 实施计划 申请人 审批人 审批结果 2026-03-02 Raise max temperature 提高最高温度 Customer feedback Heater redesign New element in batch 2 Zhang San Wang Fang 已批准',
    ];
    let from = 0;
    for (const piece of order) {
      const at = seen.indexOf(piece, from);
      expect(at, piece).toBeGreaterThanOrEqual(from);
      from = at + piece.length;
    }
  });

  it('links every contents entry to an element with that id', () => {
    const sections = documentSections(model);
    expect(sections.map((section) => [section.text, section.level])).toEqual([
      ['Product vision 产品愿景', 1], ['Target market 目标市场', 2], ['Competitive analysis 竞争分析', 2], ['需求', 1], ['变更记录', 1],
    ]);
    for (const section of sections) {
      expect(html).toContain(`<a href="#${section.anchor}">`);
      expect(html.match(new RegExp(`\\sid="${section.anchor}"`, 'g'))).toHaveLength(1);
    }
    // The level-3 heading has an id too but no contents entry.
    expect(html).toContain('<h3 id="sec-4">Detail heading</h3>');
  });

  it('print mode puts cover and contents on their own pages with A4-friendly rules and CJK fonts', () => {
    const css = /<style>([\s\S]*)<\/style>/.exec(html)![1]!;
    expect(css).toContain('@page { size: A4;');
    expect(css).toMatch(/\.cover \{ break-after: page;/);
    expect(css).toMatch(/\.toc \{ break-after: page; \}/);
    expect(css).toContain('thead { display: table-header-group; }');
    expect(css).toContain('tr, figure, img, pre, blockquote { break-inside: avoid; }');
    expect(css).toMatch(/h1, h2, h3, h4, h5, h6 \{ break-after: avoid;/);
    for (const font of ['"Noto Sans CJK SC"', '"Microsoft YaHei"', '"PingFang SC"']) expect(css).toContain(font);
    expect(documentToHtml(model, { mode: 'file' })).not.toContain('break-after: page');
  });

  it('leaves out requirements when there are none or they are not included; an included empty change log says so', () => {
    const without = documentToHtml(fixtureModel('en', { requirements: [], changeRecords: [] }), { mode: 'file' });
    expect(without).not.toContain('id="requirements"');
    expect(without).toContain('<h1 id="change-log">Change log</h1><p class="empty-note">No changes recorded.</p>');
    const excluded = documentToHtml(fixtureModel('en', { includeRequirements: false, includeChangeLog: false }), { mode: 'file' });
    expect(excluded).not.toMatch(/id="requirements"|id="change-log"|REQ-001/);
  });

  it('shows "Working copy" when no version is named, and escapes cover fields', () => {
    const cover = documentToHtml(fixtureModel('en', { versionLabel: null, title: '<img src=x onerror=alert(1)>' }), { mode: 'file' });
    expect(cover).toContain('<dt>Version</dt><dd>Working copy</dd>');
    expect(cover).toContain('<h1 class="cover-title">&lt;img src=x onerror=alert(1)&gt;</h1>');
    expect(cover).not.toContain('<img src=x');
  });
});

