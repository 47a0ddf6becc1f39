import { base64Encode, utf8Encode } from '../export/base64';
import { escapeXml } from '../export/escape';

/**
 * The perceptual map as a self-contained SVG, so a document (and every export of it) can
 * show the map without the chart library. Everything in it is drawn from numbers and
 * escaped text: no script, no external reference, so it is safe as an <img> data URL.
 */

export interface PerceptualMapData {
  xAxis: { low: string; high: string };
  yAxis: { low: string; high: string };
  points: ReadonlyArray<{ label: string; x: number; y: number; own: boolean }>;
}

export interface PerceptualMapSvgLabels {
  /** Accessible title of the image. */
  title: string;
  /** Shown at an axis end the user left blank. */
  low: string;
  high: string;
}

const WIDTH = 560;
const HEIGHT = 420;
const PLOT = { left: 24, right: WIDTH - 24, top: 40, bottom: HEIGHT - 40 };
const MAX_LABEL = 40;
const FONT = 'Noto Sans CJK SC, Microsoft YaHei, PingFang SC, Helvetica, Arial, sans-serif';
const OWN_COLOR = '#d9480f';
const OTHER_COLOR = '#1c7ed6';

/** Map values are 0..10; anything else (not valid in the schema) is pulled to the nearest edge. */
const clamp = (value: number) => (Number.isFinite(value) ? Math.min(10, Math.max(0, value)) : 0);
const px = (x: number) => PLOT.left + (clamp(x) / 10) * (PLOT.right - PLOT.left);
const py = (y: number) => PLOT.bottom - (clamp(y) / 10) * (PLOT.bottom - PLOT.top);
const round = (value: number) => Math.round(value * 10) / 10;

/** Long labels would run off the picture; the table under the map has the full text. */
function shorten(label: string): string {
  const chars = [...label.trim()];
  return chars.length > MAX_LABEL ? `${chars.slice(0, MAX_LABEL - 1).join('')}…` : chars.join('');
}

const textEl = (x: number, y: number, anchor: 'start' | 'middle' | 'end', value: string, extra = '') =>
  `<text x="${round(x)}" y="${round(y)}" text-anchor="${anchor}"${extra}>${escapeXml(shorten(value))}</text>`;

/** SVG markup of the map: frame, two axes through the middle, axis-end labels, one dot per point (our product highlighted). */
export function perceptualMapSvg(map: PerceptualMapData, labels: PerceptualMapSvgLabels): string {
  const axisText = (value: string, fallback: string) => (value.trim() === '' ? fallback : value);
  const midX = px(5);
  const midY = py(5);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" font-family="${FONT}" font-size="13">`,
    `<title>${escapeXml(labels.title)}</title>`,
    `<rect x="0" y="0" width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    `<rect x="${PLOT.left}" y="${PLOT.top}" width="${PLOT.right - PLOT.left}" height="${PLOT.bottom - PLOT.top}" fill="#f8f9fa" stroke="#ced4da"/>`,
    `<line x1="${PLOT.left}" y1="${round(midY)}" x2="${PLOT.right}" y2="${round(midY)}" stroke="#868e96" stroke-width="1.5"/>`,
    `<line x1="${round(midX)}" y1="${PLOT.top}" x2="${round(midX)}" y2="${PLOT.bottom}" stroke="#868e96" stroke-width="1.5"/>`,
    textEl(PLOT.left + 6, midY - 8, 'start', axisText(map.xAxis.low, labels.low), ' fill="#495057"'),
    textEl(PLOT.right - 6, midY - 8, 'end', axisText(map.xAxis.high, labels.high), ' fill="#495057"'),
    textEl(midX, PLOT.top - 12, 'middle', axisText(map.yAxis.high, labels.high), ' fill="#495057"'),
    textEl(midX, PLOT.bottom + 24, 'middle', axisText(map.yAxis.low, labels.low), ' fill="#495057"'),
  ];
  // Our product last, so it is drawn on top of any competitor at the same spot.
  const ordered = [...map.points.filter((point) => !point.own), ...map.points.filter((point) => point.own)];
  for (const point of ordered) {
    const cx = px(point.x);
    const cy = py(point.y);
    const color = point.own ? OWN_COLOR : OTHER_COLOR;
    const radius = point.own ? 8 : 6;
    // Labels of points near the right edge go to the left of the dot so they stay inside.
    const leftSide = clamp(point.x) > 7;
    parts.push(`<circle cx="${round(cx)}" cy="${round(cy)}" r="${radius}" fill="${color}" stroke="#ffffff" stroke-width="1.5"/>`);
    parts.push(textEl(leftSide ? cx - radius - 4 : cx + radius + 4, cy + 4, leftSide ? 'end' : 'start', point.label, ` fill="${color}"${point.own ? ' font-weight="bold"' : ''}`));
  }
  parts.push('</svg>');
  return parts.join('');
}

/** A `data:image/svg+xml;base64,…` URL of some SVG markup (UTF-8, so Chinese labels survive). */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;base64,${base64Encode(utf8Encode(svg))}`;
}
