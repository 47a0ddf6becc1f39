import { describe, expect, it } from 'vitest';
import { isAllowedRichUri } from './richUri';

describe('isAllowedRichUri', () => {
  it('allows web and mail links, anchors and the raster images the editor inserts', () => {
    for (const uri of ['https://example.com/a?b=1', 'http://example.com', 'mailto:ann@example.com', '#sec-2', 'data:image/png;base64,iVBORw0KGgo=', 'DATA:IMAGE/JPEG;base64,/9j/4AAQ', 'data:image/webp;base64,UklGR', 'data:image/gif;base64,R0lGOD']) {
      expect(isAllowedRichUri(uri), uri).toBe(true);
    }
  });

  it('refuses script URLs, HTML and SVG data, and relative paths, however they are disguised', () => {
    for (const uri of [
      'javascript:window.__xss=1', ' JavaScript:alert(1)', 'jav\tascript:alert(1)', 'java\u0000script:alert(1)', 'vbscript:msgbox(1)',
      'data:text/html,<script>alert(1)</script>', 'data:image/svg+xml;base64,PHN2Zz4=', 'data:image/svg+xml,<svg onload=alert(1)>',
      'data:image/png,notbase64', 'x', '/etc/passwd', 'file:///etc/passwd', '//evil.example.com/a.png',
    ]) {
      expect(isAllowedRichUri(uri), uri).toBe(false);
    }
  });
});
