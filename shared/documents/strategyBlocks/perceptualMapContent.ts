import { fill } from '../../i18n/text';
import type { Strategy } from '../../schema/strategy';
import { mapEntries } from '../../strategy/perceptualMap';
import type { RichNode } from '../richText';
import type { BlockContext } from './blockContext';
import { perceptualMapSvg, svgDataUrl } from './perceptualMapSvg';
import { image, paragraph, table } from './richBuilders';

/** The map as an SVG image plus the same points as a table (readable where images are not, e.g. DOCX and screen readers). */
export function perceptualMapContent(strategy: Strategy, context: BlockContext): RichNode[] {
  const { labels } = context;
  const { map } = strategy.positioning;
  // mapEntries names competitors from the research list, the source of truth, and drops points of deleted competitors.
  const placed = mapEntries(strategy.positioning, strategy.research.competitors, labels.ownProduct)
    .filter((entry) => entry.point !== null)
    .map((entry) => ({ label: entry.label, x: entry.point!.x, y: entry.point!.y, own: entry.kind === 'own' }));
  if (placed.length === 0) return [paragraph(labels.noMapPoints)];

  const axis = (end: { low: string; high: string }) =>
    `${end.low.trim() || labels.low} – ${end.high.trim() || labels.high}`;
  const alt = fill(labels.mapAlt, { x: axis(map.xAxis), y: axis(map.yAxis) });
  const svg = perceptualMapSvg({ xAxis: map.xAxis, yAxis: map.yAxis, points: placed }, { title: alt, low: labels.low, high: labels.high });
  return [
    image(svgDataUrl(svg), alt),
    table(
      [labels.mapEntry, `${labels.horizontal}${context.common.colon}${axis(map.xAxis)}`, `${labels.vertical}${context.common.colon}${axis(map.yAxis)}`],
      placed.map((point) => [point.label, context.number(point.x), context.number(point.y)]),
    ),
  ];
}
