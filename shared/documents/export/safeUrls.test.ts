import { describe, expect, it } from 'vitest';
import { base64Encode, utf8Encode } from './base64';
import { PNG_4X2 } from './testFixtures';
import { safeImage, safeLinkHref } from './safeUrls';

const svgUrl = (svg: string) => `data:image/svg+xml;base64,${base64Encode(utf8Encode(svg))}`;

describe('safeLinkHref', () => {
  it('allows http, https and mailto', () => {
    expect(safeLinkHref('https://example.com/a?b=1')).toBe('https://example.com/a?b=1');
    expect(safeLinkHref(' HTTP://example.com ')).toBe('HTTP://example.com');
    expect(safeLinkHref('mailto:pm@example.com')).toBe('mailto:pm@example.com');
  });

  it('refuses script, data, relative and disguised links', () => {
    for (const href of [
      'javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html;base64,PHNjcmlwdD4=',
      'vbscript:msgbox', '/relative', '//evil.example', 'https://exa mple.com', 'https://example.com/\u0000', 'file:///etc/passwd', 42, null,
    ]) expect(safeLinkHref(href)).toBeNull();
  });
});

describe('safeImage', () => {
  it('allows base64 data URLs of the image formats', () => {
    expect(safeImage(PNG_4X2)).toMatchObject({ format: 'png' });
    expect(safeImage('data:image/jpeg;base64,/9j/4AAQ')?.format).toBe('jpeg');
    expect(safeImage('data:image/webp;base64,UklGRg==')?.format).toBe('webp');
    expect(safeImage(svgUrl('<svg xmlns="http://www.w3.org/2000/svg"><circle r="1"/></svg>'))?.format).toBe('svg');
  });

  it('refuses other schemes, non-image data and SVG that carries script', () => {
    for (const src of [
      'https://example.com/a.png', 'javascript:alert(1)', 'data:text/html;base64,PHNjcmlwdD4=', 'data:image/png,rawdata',
      'data:image/png;base64,abc"onerror="alert(1)', 'data:image/bmp;base64,Qk0=',
      svgUrl('<svg><script>alert(1)</script></svg>'), svgUrl('<svg onload="alert(1)"/>'),
      svgUrl('<svg><foreignObject><iframe/></foreignObject></svg>'), svgUrl('<svg><a href="javascript:alert(1)"/></svg>'), undefined,
    ]) expect(safeImage(src)).toBeNull();
  });
});
