import type { ChartConfiguration } from 'chart.js';
import type { Strategy } from '../../../../../shared/schema/strategy';
import { marketSizing, type SizeUnit } from '../../../../../shared/strategy/marketSizing';
import { fill } from '../../../../../shared/i18n/text';
import type { StrategyText } from '../../../../../shared/i18n/texts';
import { PRINT_COLORS, font, PRINT_FONT, printAxisTitle, printGrid, printTicks } from '../../../kernel/charts/print/printChartTheme';
import type { PrintFormat } from '../../../kernel/charts/print/printFormat';
import { printValueLabels } from '../../../kernel/charts/print/printValueLabels';

export interface MarketSizeRow {
  label: string;
  /** Null when the size was not entered: drawn as an empty row that says so. */
  value: number | null;
  /** Text at the end of the bar: the size, and for SAM/SOM its share of the size before. */
  text: string;
}

export interface MarketSizePrintData {
  rows: [MarketSizeRow, MarketSizeRow, MarketSizeRow];
  unit: SizeUnit;
}

/**
 * TAM, SAM and SOM as the funnel the strategy screen draws (MarketSizeChart), with each bar's
 * value written at its end. Null when none of the three sizes is entered: there is nothing to print.
 */
export function marketSizePrintData(strategy: Strategy, labels: StrategyText['printCharts'], format: PrintFormat): MarketSizePrintData | null {
  const size = strategy.targetMarket.marketSize;
  if (size.tam === null && size.sam === null && size.som === null) return null;
  const sizing = marketSizing(size);
  const amount = (value: number) => (size.unit === 'revenue' ? format.compactMoney(value) : format.compactNumber(value));
  const row = (label: string, value: number | null, share: number | null, base: string): MarketSizeRow => {
    if (value === null) return { label, value, text: labels.notEntered };
    const shareText = share === null ? '' : fill(labels.shareOf, { percent: format.percent(share), base });
    return { label, value, text: `${amount(value)}${shareText}` };
  };
  return {
    unit: size.unit,
    rows: [
      row(labels.tam, size.tam, null, ''),
      row(labels.sam, size.sam, sizing.samOfTamPercent, labels.tam),
      row(labels.som, size.som, sizing.somOfSamPercent, labels.sam),
    ],
  };
}

export function marketSizePrintConfig(data: MarketSizePrintData, labels: StrategyText['printCharts'], format: PrintFormat): ChartConfiguration<'bar'> {
  const money = data.unit === 'revenue';
  return {
    type: 'bar',
    data: {
      labels: data.rows.map((row) => row.label),
      datasets: [{
        data: data.rows.map((row) => row.value ?? 0),
        // Light to dark, so the focus (SOM) is the strongest bar in colour and in grey.
        backgroundColor: [...PRINT_COLORS.sequential],
        borderColor: PRINT_COLORS.sequential[2],
        borderWidth: 1,
        maxBarThickness: 56,
      }],
    },
    options: {
      indexAxis: 'y',
      layout: { padding: { right: 16, top: 4 } },
      scales: {
        x: {
          beginAtZero: true,
          // Room right of the longest bar for the label at its end.
          grace: '35%',
          grid: printGrid(),
          border: { color: PRINT_COLORS.axis },
          ticks: {
            ...printTicks(),
            callback: (value) => (money ? format.compactMoney(Number(value)) : format.compactNumber(Number(value))),
            precision: 0, maxTicksLimit: 6, maxRotation: 0, autoSkipPadding: 16,
          },
          title: printAxisTitle(labels.sizeUnits[data.unit]),
        },
        y: {
          grid: { display: false },
          border: { color: PRINT_COLORS.axis },
          ticks: { color: PRINT_COLORS.ink, font: font(PRINT_FONT.tick + 1, 'bold') },
        },
      },
      plugins: { legend: { display: false }, tooltip: { enabled: false } },
    },
    plugins: [printValueLabels<'bar'>((_dataset, index) => data.rows[index]?.text ?? null)],
  };
}
