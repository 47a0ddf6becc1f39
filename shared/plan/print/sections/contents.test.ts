import { describe, expect, it } from 'vitest';
import { contentsSection } from './contents';
import { HOSTILE, hasLiveHostileMarkup } from './planTestContext';

const entries = [
  { anchor: 'plan-executive-summary', text: 'Executive summary', level: 1 as const },
  { anchor: 'plan-objectives', text: 'Objectives and targets', level: 1 as const },
  { anchor: 'plan-objective-obj_units', text: 'Units sold', level: 2 as const },
];

describe('contents', () => {
  it('links every entry in order, by level', () => {
    const out = contentsSection(entries, 'en');
    expect(out.empty).toBe(false);
    expect(out.toc).toEqual([]);
    expect(out.html).toBe(
      '<section class="plan-section plan-section-contents" id="plan-contents"><h1>Contents</h1><ol class="plan-toc">'
      + '<li class="plan-toc-1"><a href="#plan-executive-summary">Executive summary</a></li>'
      + '<li class="plan-toc-1"><a href="#plan-objectives">Objectives and targets</a></li>'
      + '<li class="plan-toc-2"><a href="#plan-objective-obj_units">Units sold</a></li></ol></section>',
    );
  });

  it('prints page numbers when a first pass found them', () => {
    const out = contentsSection(entries, 'zh-CN', new Map([['plan-objectives', 4]]));
    expect(out.html).toContain('<h1>目录</h1>');
    expect(out.html).toContain('<a href="#plan-objectives">Objectives and targets</a><span class="plan-toc-page">4</span></li>');
    expect(out.html.match(/plan-toc-page/g)).toHaveLength(1);
  });

  it('is empty with nothing to list', () => {
    const out = contentsSection([], 'zh-CN');
    expect(out.empty).toBe(true);
    expect(out.html).toContain('<p class="plan-empty">尚未填写。</p>');
  });

  it('escapes entry text and anchors', () => {
    const out = contentsSection([{ anchor: '"><script>x</script>', text: HOSTILE, level: 2 }], 'en');
    expect(hasLiveHostileMarkup(out.html)).toBe(false);
    expect(out.html).toContain('href="#&quot;&gt;&lt;script&gt;');
  });
});
