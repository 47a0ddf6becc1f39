import { describe, expect, it } from 'vitest';
import { buildFooterTemplate, buildHeaderTemplate, electronPdfOptions, escapeHtml, playwrightPdfOptions } from './printOptions';

/** The text inside the template's wrapper div. */
const inner = (template: string) => template.replace(/^<div style="[^"]*">/, '').replace(/<\/div>$/, '');

describe('header and footer templates', () => {
  it('escapes markup and quotes in labels', () => {
    expect(escapeHtml(`<img src=x onerror="alert(1)"> & 'q'`)).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;q&#39;');
    expect(inner(buildHeaderTemplate('<script>alert(1)</script>'))).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('turns control characters into spaces (a label is one line)', () => {
    expect(escapeHtml('a\nb\tc\u0000d')).toBe('a b c d');
  });

  it('puts Chromium page number spans where the placeholders are, in English and Chinese', () => {
    expect(inner(buildFooterTemplate('Page {page} of {total}'))).toBe(
      'Page <span class="pageNumber"></span> of <span class="totalPages"></span>',
    );
    expect(inner(buildFooterTemplate('第 {page} 页，共 {total} 页'))).toBe(
      '第 <span class="pageNumber"></span> 页，共 <span class="totalPages"></span> 页',
    );
  });

  it('does not treat a placeholder-like label or markup around placeholders as HTML', () => {
    expect(inner(buildFooterTemplate('<b>{page}</b>/{pages}'))).toBe('&lt;b&gt;<span class="pageNumber"></span>&lt;/b&gt;/{pages}');
    // A header never has placeholders: the text is shown as typed.
    expect(inner(buildHeaderTemplate('Plan {page}'))).toBe('Plan {page}');
  });

  it('never hands Chromium an empty template (it would print its own date/URL header)', () => {
    expect(buildHeaderTemplate('')).toMatch(/^<div style="[^"]+"><\/div>$/);
    expect(buildFooterTemplate('')).toMatch(/^<div style="[^"]+"><\/div>$/);
  });

  it('sets a readable font size and a font stack that covers Chinese', () => {
    const template = buildHeaderTemplate('x');
    expect(template).toContain('font-size:9px');
    expect(template).toContain("'Noto Sans CJK SC'");
    expect(template).toContain("'Microsoft YaHei'");
    // Single quotes only inside the style attribute, so the attribute stays intact.
    expect(template.match(/"/g)).toHaveLength(2);
  });
});

describe('print options', () => {
  const request = { pageSize: 'Letter' as const, headerText: 'Plan', footerText: 'Page {page} of {total}' };

  it('gives Playwright the page size, mm margins, backgrounds and both templates', () => {
    const options = playwrightPdfOptions(request);
    expect(options).toMatchObject({
      format: 'Letter', landscape: false, printBackground: true, preferCSSPageSize: false, displayHeaderFooter: true,
      margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' },
    });
    expect(options.headerTemplate).toBe(buildHeaderTemplate('Plan'));
    expect(options.footerTemplate).toBe(buildFooterTemplate('Page {page} of {total}'));
  });

  it('gives Electron the same page in its units (margins in inches)', () => {
    const options = electronPdfOptions({ ...request, pageSize: 'A4' });
    expect(options).toMatchObject({ pageSize: 'A4', landscape: false, printBackground: true, preferCSSPageSize: false, displayHeaderFooter: true });
    expect(options.margins.top).toBeCloseTo(18 / 25.4, 6);
    expect(options.margins.bottom).toBeCloseTo(0.70866, 4);
    expect(options.margins.left).toBeCloseTo(16 / 25.4, 6);
    expect(options.margins.right).toBeCloseTo(0.62992, 4);
    expect(options.headerTemplate).toBe(playwrightPdfOptions(request).headerTemplate);
    expect(options.footerTemplate).toBe(playwrightPdfOptions(request).footerTemplate);
  });
});

describe('margin presets', () => {
  it('narrow, normal and wide reach both hosts; normal is the default', () => {
    const base = { pageSize: 'A4' as const, headerText: 'Plan', footerText: 'Page {page} of {total}' };
    expect(playwrightPdfOptions(base).margin).toEqual({ top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' });
    expect(playwrightPdfOptions({ ...base, margins: 'wide' }).margin).toEqual({ top: '22mm', bottom: '22mm', left: '25mm', right: '25mm' });
    expect(electronPdfOptions({ ...base, margins: 'narrow' }).margins.left).toBeCloseTo(10 / 25.4);
    // The header text lines up with the chosen side margin.
    expect(playwrightPdfOptions({ ...base, margins: 'wide' }).headerTemplate).toContain('padding:0 25mm 0 25mm');
  });
});
