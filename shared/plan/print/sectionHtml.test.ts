import { describe, expect, it } from 'vitest';
import { dataTable, num, paragraphs, placeholderSection, planSection, sectionTocEntry, subHeading } from './sectionHtml';

const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>';

describe('section markup', () => {
  it('wraps a section with its anchor and an escaped h1', () => {
    expect(planSection('kpis', HOSTILE, '<p>x</p>')).toBe(
      '<section class="plan-section plan-section-kpis" id="plan-kpis"><h1>&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;</h1><p>x</p></section>',
    );
  });

  it('prints the "not yet written" line in the UI language', () => {
    expect(placeholderSection('budget', 'zh-CN')).toBe('<section class="plan-section plan-section-budget" id="plan-budget"><h1>预算</h1><p class="plan-empty">尚未填写。</p></section>');
    expect(placeholderSection('budget', 'en')).toContain('<p class="plan-empty">Not yet written.</p>');
    expect(sectionTocEntry('budget', 'en')).toEqual({ anchor: 'plan-budget', text: 'Budget', level: 1 });
  });

  it('builds a data table with a header row, row headers and number cells, all escaped', () => {
    expect(dataTable(['Name', num('Amount')], [[HOSTILE, num('$1')], { cells: ['Total', num('$1')], className: 'total' }])).toBe(
      '<table class="data"><thead><tr><th scope="col">Name</th><th scope="col" class="num">Amount</th></tr></thead><tbody>'
      + '<tr><th scope="row">&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;</th><td class="num">$1</td></tr>'
      + '<tr class="total"><th scope="row">Total</th><td class="num">$1</td></tr></tbody></table>',
    );
  });

  it('keeps paragraphs and line breaks of user text and drops blank ones', () => {
    expect(paragraphs('One\r\nline two\n\n \n\nPara <b>2</b>\n\n  ')).toBe('<p>One<br>line two</p><p>Para &lt;b&gt;2&lt;/b&gt;</p>');
    expect(paragraphs(' \n\n ')).toBe('');
    expect(paragraphs('x', 'plan-note')).toBe('<p class="plan-note">x</p>');
  });

  it('escapes sub-heading anchors and text', () => {
    expect(subHeading('A & B', 'a"b')).toBe('<h2 id="a&quot;b">A &amp; B</h2>');
  });
});
