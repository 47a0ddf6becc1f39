import { describe, expect, it } from 'vitest';
import { PRINT_CHART_SIZE } from './chartKeys';
import { formatMoney } from '../../documents/strategyBlocks/numberFormat';
import { chartFigureHtml, isPngDataUrl, moneyFormatter, paragraphsHtml, sectionHtml, tableHtml, textHtml } from './printHtml';
import { PNG_DATA_URL } from './sections/printTestData';

describe('chart images', () => {
  it('accept only PNG data URLs', () => {
    expect(isPngDataUrl(PNG_DATA_URL)).toBe(true);
    for (const src of [
      'data:image/svg+xml;base64,PHN2Zz48c2NyaXB0PmFsZXJ0KDEpPC9zY3JpcHQ+PC9zdmc+',
      'data:image/jpeg;base64,/9j/4AAQ',
      'https://example.com/chart.png',
      'javascript:alert(1)',
      'data:image/png;base64,AAAA" onerror="alert(1)',
      ' data:image/png;base64,AAAA',
      'data:text/html;base64,PHNjcmlwdD4=',
      '',
    ]) {
      expect(isPngDataUrl(src), src).toBe(false);
    }
    expect(isPngDataUrl(undefined)).toBe(false);
  });

  it('become a figure at print size with escaped alt and caption', () => {
    const html = chartFigureHtml({ k: PNG_DATA_URL }, 'k', 'A "map" <b>', 'Figure & <i>caption</i>');
    expect(html).toBe(
      `<figure class="chart"><img src="${PNG_DATA_URL}" alt="A &quot;map&quot; &lt;b&gt;" width="${PRINT_CHART_SIZE.width}" height="${PRINT_CHART_SIZE.height}">`
      + '<figcaption>Figure &amp; &lt;i&gt;caption&lt;/i&gt;</figcaption></figure>',
    );
  });

  it('are left out when the key is missing or the source is not a PNG data URL', () => {
    expect(chartFigureHtml({}, 'k', 'alt', 'caption')).toBe('');
    expect(chartFigureHtml({ k: 'data:image/svg+xml;base64,PHN2Zz4=' }, 'k', 'alt', 'caption')).toBe('');
    expect(chartFigureHtml({ k: 'https://example.com/a.png' }, 'k', 'alt', 'caption')).toBe('');
    // An inherited property is not a chart.
    expect(chartFigureHtml({}, 'toString', 'alt', 'caption')).toBe('');
  });
});

describe('text', () => {
  it('escapes markup and keeps line breaks', () => {
    expect(textHtml('a<b>\r\nc & "d"')).toBe('a&lt;b&gt;<br>c &amp; &quot;d&quot;');
  });

  it('lets a long unbroken run wrap (a URL must not push a table past the margin), escaping each piece', () => {
    const url = 'https://example.com/a&b/a-very-long-path-segment';
    const html = textHtml(`see ${url} now`);
    expect(html).toBe('see https://example.com/<wbr>a&amp;b/a-very-long-path<wbr>-segment now');
    expect(html.replace(/<wbr>/g, '')).toBe(`see ${url.replace('&', '&amp;')} now`);
    expect(textHtml('short words stay as they are')).toBe('short words stay as they are');
    const chinese = '面向希望每种饮品都用合适的水温的城市年轻白领，明叶智能恒温水壶是一款精确加热到指定温度并可用手机远程保温的智能水壶';
    expect(textHtml(chinese)).toBe(chinese);
  });

  it('splits paragraphs on blank lines and drops blank ones', () => {
    expect(paragraphsHtml('one\ntwo\n\n  \n\n<three>')).toBe('<p class="plan-text">one<br>two</p><p class="plan-text">&lt;three&gt;</p>');
    expect(paragraphsHtml('  \n ')).toBe('');
  });
});

describe('tables and sections', () => {
  it('write a header row, right-aligned number columns and a total row', () => {
    const html = tableHtml({ headers: ['Name <x>', 'Amount'], rows: [['a', '1']], numeric: [1], totalRow: ['Total', '1'] });
    expect(html).toBe('<table class="data"><thead><tr><th>Name &lt;x&gt;</th><th class="num">Amount</th></tr></thead>'
      + '<tbody><tr><td>a</td><td class="num">1</td></tr><tr class="total"><td>Total</td><td class="num">1</td></tr></tbody></table>');
  });

  it('keep short-code columns on one line', () => {
    expect(tableHtml({ headers: ['A', 'B'], rows: [['x', 'y']], nowrap: [1] })).toContain('<td>x</td><td class="nowrap">y</td>');
  });

  it('wrap a section with its anchor and escaped title', () => {
    expect(sectionHtml('budget', 'B<u>', '<p>x</p>')).toBe('<section class="plan-section plan-section-budget" id="plan-budget"><h1>B&lt;u&gt;</h1><p>x</p></section>');
  });
});

describe('moneyFormatter', () => {
  it('prints whole units (cents only under 100), the real minus sign, and formatMoney for unknown codes', () => {
    expect(moneyFormatter('USD', 'en')(1234.5)).toBe('$1,235');
    expect(moneyFormatter('USD', 'en')(175_604.994)).toBe('$175,605');
    expect(moneyFormatter('USD', 'en')(69.5)).toBe('$69.50');
    expect(moneyFormatter('USD', 'en')(-18_105)).toBe('\u2212$18,105');
    expect(moneyFormatter('CNY', 'zh-CN')(400000)).toBe('¥400,000');
    expect(moneyFormatter('XYZ', 'zh-CN')(400000)).toBe(formatMoney(400000, 'XYZ', 'zh-CN'));
  });
});
