import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escapeHtml';
import { cutToLength } from './textLimit';

describe('escapeHtml', () => {
  it('escapes the five characters that can end text or an attribute', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    expect(escapeHtml('产品 plain')).toBe('产品 plain');
  });
});

describe('cutToLength', () => {
  it('cuts without splitting a surrogate pair', () => {
    expect(cutToLength('abc', 5)).toBe('abc');
    expect(cutToLength('ab😀c', 3)).toBe('ab');
    expect(cutToLength('ab😀c', 4)).toBe('ab😀');
  });
});
