import { describe, expect, it } from 'vitest';
import { base64Decode, utf8Decode } from '../export/base64';
import { safeImage } from '../export/safeUrls';
import { perceptualMapSvg, svgDataUrl } from './perceptualMapSvg';

const labels = { title: 'Map <title>', low: 'Low', high: 'High' };
const map = {
  xAxis: { low: 'Cheap', high: 'Pricey' },
  yAxis: { low: '', high: 'Smart 智能' },
  points: [
    { label: 'Mingye S2', x: 6.5, y: 8.5, own: true },
    { label: '<script>alert(1)</script>', x: 2, y: 2.5, own: false },
    { label: 'Edge & Co', x: 42, y: Number.NaN, own: false },
  ],
};

describe('perceptualMapSvg', () => {
  const svg = perceptualMapSvg(map, labels);

  it('draws the axis end labels, with the fallback for a blank end', () => {
    expect(svg).toContain('>Cheap</text>');
    expect(svg).toContain('>Pricey</text>');
    expect(svg).toContain('>Smart 智能</text>');
    expect(svg).toContain('>Low</text>'); // y low was blank
  });

  it('escapes every label and the title', () => {
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('<title>Map &lt;title&gt;</title>');
    expect(svg).toContain('Edge &amp; Co');
  });

  it('highlights our product and draws it last', () => {
    expect(svg).toMatch(/<circle [^>]*r="8" fill="#d9480f"/);
    expect(svg).toMatch(/font-weight="bold">Mingye S2</);
    const lastCircle = svg.slice(svg.lastIndexOf('<circle'));
    expect(lastCircle).toMatch(/^<circle [^>]*r="8"/);
    expect(svg.indexOf('Mingye S2')).toBeGreaterThan(svg.indexOf('Edge &amp; Co'));
  });

  it('places points on a 0..10 grid, pulling out-of-range values to the edge', () => {
    // x=6.5 in a plot from 24 to 536: 24 + 0.65 * 512 = 356.8; y=8.5 from 380 up to 40: 380 - 0.85 * 340 = 91
    expect(svg).toContain('<circle cx="356.8" cy="91" r="8"');
    // x=42 -> 10 (right edge 536), y NaN -> 0 (bottom 380)
    expect(svg).toContain('<circle cx="536" cy="380" r="6"');
  });

  it('encodes as a base64 SVG data URL that decodes back to the same UTF-8 text and passes the image allowlist', () => {
    const url = svgDataUrl(svg);
    expect(url.startsWith('data:image/svg+xml;base64,')).toBe(true);
    const bytes = base64Decode(url.slice('data:image/svg+xml;base64,'.length));
    expect(bytes).not.toBeNull();
    expect(utf8Decode(bytes!)).toBe(svg);
    expect(safeImage(url)?.format).toBe('svg');
  });
});
