import type { ChartConfiguration, LegendItem } from 'chart.js';
import type { Strategy } from '../../../../../shared/schema/strategy';
import { channelShareCheck } from '../../../../../shared/strategy/channelShares';
import { fill } from '../../../../../shared/i18n/text';
import type { StrategyText } from '../../../../../shared/i18n/texts';
import { PRINT_COLORS, printLegendLabels } from '../../../kernel/charts/print/printChartTheme';
import type { PrintFormat } from '../../../kernel/charts/print/printFormat';
import { printPattern, type PatternKind } from '../../../kernel/charts/print/printPatterns';
import { printValueLabels } from '../../../kernel/charts/print/printValueLabels';
import { shortenLabel } from '../../../kernel/charts/print/shortenLabel';

export interface ChannelMixSlice {
  label: string;
  /** Target share in percent, as entered. */
  value: number;
  /** "35%": on the slice and after the name in the legend. */
  text: string;
}

/**
 * Slice fills for paper: lightness alternates dark / light / medium and every fill after the first
 * has its own pattern, so neighbouring slices differ in grey as well as in colour. Ten slices at most
 * (MAX_SLICES), so a fill repeats only once, never next to itself, and the legend names each slice.
 */
const SLICE_FILLS: ReadonlyArray<{ kind: PatternKind; base: string; marks: string }> = [
  { kind: 'solid', base: '#364fc7', marks: '#364fc7' }, // indigo 9
  { kind: 'diagonal', base: '#ffe066', marks: '#e67700' }, // yellow 3 / 9
  { kind: 'dots', base: '#0ca678', marks: '#ffffff' }, // teal 7
  { kind: 'cross', base: '#eebefa', marks: '#862e9c' }, // grape 2 / 9
  { kind: 'solid', base: '#fd7e14', marks: '#fd7e14' }, // orange 6
  { kind: 'horizontal', base: '#a5d8ff', marks: '#1864ab' }, // blue 2 / 9
  { kind: 'diagonal', base: '#343a40', marks: '#ced4da' }, // gray 8 / 4
  { kind: 'vertical', base: '#d8f5a2', marks: '#5c940d' }, // lime 2 / 9
];

/** Legend rows that fit beside the ring at the print height; a longer mix folds its smallest channels into one slice. */
export const MAX_SLICES = 10;
/** Legend name length, in Latin characters, that still fits beside the ring. */
const MAX_NAME = 30;

/**
 * The target channel mix as the channels block charts it: channels with a share above 0, in the
 * list's order. Null when no channel has a share yet (the block then shows "no mix" too). A mix
 * of more than MAX_SLICES channels keeps the largest and ends with an "Other (n)" slice, so the
 * legend never runs off the page.
 */
export function channelMixPrintData(strategy: Strategy, labels: StrategyText['printCharts'], format: PrintFormat): ChannelMixSlice[] | null {
  const items = strategy.channels.items;
  if (channelShareCheck(items).state === 'empty') return null;
  const shown = items.flatMap((item) => (item.targetSharePercent !== null && item.targetSharePercent > 0 ? [{ name: item.name, value: item.targetSharePercent }] : []));
  if (shown.length === 0) return null;
  const slice = (label: string, value: number): ChannelMixSlice => ({ label: shortenLabel(label, MAX_NAME), value, text: format.percent(value) });
  if (shown.length <= MAX_SLICES) return shown.map((item) => slice(item.name, item.value));
  // Largest first (ties keep list order), then back in list order for the kept ones.
  const kept = new Set(shown.map((item, index) => ({ ...item, index })).sort((a, b) => b.value - a.value || a.index - b.index)
    .slice(0, MAX_SLICES - 1).map((item) => item.index));
  const rest = shown.filter((_, index) => !kept.has(index));
  const otherValue = Math.round(rest.reduce((sum, item) => sum + item.value, 0) * 100) / 100;
  return [
    ...shown.filter((_, index) => kept.has(index)).map((item) => slice(item.name, item.value)),
    slice(fill(labels.otherChannels, { count: format.number(rest.length, 0) }), otherValue),
  ];
}

/**
 * Fill index per slice. The ring closes, so the last slice also touches the first: when the cycle
 * would give both the same fill, the last one takes a fill that matches neither neighbour.
 */
export function sliceFillIndexes(count: number): number[] {
  const indexes = Array.from({ length: count }, (_, i) => i % SLICE_FILLS.length);
  if (count > 2 && indexes[count - 1] === indexes[0]) indexes[count - 1] = Math.floor(SLICE_FILLS.length / 2);
  return indexes;
}

export function channelMixPrintConfig(slices: readonly ChannelMixSlice[]): ChartConfiguration<'doughnut'> {
  const fills = sliceFillIndexes(slices.length).map((fillIndex) => {
    const fill = SLICE_FILLS[fillIndex]!;
    return printPattern(fill.kind, fill.base, fill.marks);
  });
  return {
    type: 'doughnut',
    data: {
      labels: slices.map((slice) => slice.label),
      datasets: [{
        data: slices.map((slice) => slice.value),
        backgroundColor: fills,
        // White gaps between slices: two slices of similar grey still read as two.
        borderColor: PRINT_COLORS.paper,
        borderWidth: 2,
      }],
    },
    options: {
      cutout: '45%',
      layout: { padding: 8 },
      plugins: {
        legend: {
          position: 'right',
          labels: {
            ...printLegendLabels(),
            boxWidth: 22,
            boxHeight: 14,
            // Name and share in the legend, so a slice too thin for its label is still read off the legend.
            generateLabels: () => slices.map((slice, index): LegendItem => ({
              text: `${slice.label}  ${slice.text}`,
              index,
              fillStyle: fills[index],
              strokeStyle: PRINT_COLORS.ink,
              lineWidth: 0.5,
              fontColor: PRINT_COLORS.ink,
            })),
          },
        },
        tooltip: { enabled: false },
      },
    },
    plugins: [printValueLabels<'doughnut'>((_dataset, index) => slices[index]?.text ?? null)],
  };
}
