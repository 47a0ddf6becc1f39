import { describe, expect, it } from 'vitest';
import { planCss } from './planCss';

describe('planCss', () => {
  it('names the plan page size and leaves the margins to the host', () => {
    expect(planCss('A4').startsWith('@page { size: A4 portrait; }')).toBe(true);
    expect(planCss('Letter').startsWith('@page { size: letter portrait; }')).toBe(true);
    // An @page margin would override the host's margins and push text under its header.
    const pageRules = planCss('A4').match(/@page[^{]*\{[^}]*\}/g) ?? [];
    expect(pageRules).toHaveLength(1);
    expect(pageRules[0]).not.toContain('margin');
  });

  it('keeps headings with their text, figures and rows whole, and repeats table headers', () => {
    const css = planCss('A4');
    expect(css).toContain('body > * { break-before: page; }');
    expect(css).toContain('body > :first-child { break-before: auto; }');
    expect(css).toMatch(/h1, h2, h3, h4, h5, h6 \{[^}]*break-after: avoid;/);
    expect(css).toMatch(/figure, tr, \.keep[^{]*\{ break-inside: avoid;/);
    expect(css).toContain('thead { display: table-header-group; }');
    expect(css).toContain('.plan-empty {');
    expect(css).toContain('"Noto Sans CJK SC"');
  });

  it('holds nothing that would load from outside the document', () => {
    const css = planCss('A4');
    expect(css).not.toMatch(/url\(|@import|@font-face|expression\(/i);
    // No gradients: pdf.js (the preview) cannot draw Chromium's printed gradient shadings.
    expect(css).not.toMatch(/gradient\(/);
  });
});
