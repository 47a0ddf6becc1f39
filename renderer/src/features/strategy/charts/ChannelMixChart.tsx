import { useElementSize } from '@mantine/hooks';
import type { ChartData, ChartOptions } from 'chart.js';
import { useMemo } from 'react';
import { Chart } from 'react-chartjs-2';
import { ChartFrame, DEFAULT_CHART_HEIGHT } from '../../../kernel/charts/ChartFrame';
import { baseOptions, tooltipTheme } from '../../../kernel/charts/chartTheme';
import { useChartColors } from '../../../kernel/charts/useChartColors';

export interface ChannelSlice {
  key: string;
  label: string;
  value: number;
}

export interface ChannelMixChartProps {
  slices: ChannelSlice[];
  formatValue: (n: number) => string;
  ariaLabel: string;
  height?: number;
}

/** Below this width a legend at the side would squeeze the ring, so it moves underneath. */
const SIDE_LEGEND_MIN_WIDTH = 440;

/**
 * Target channel mix as a doughnut. Slices of 0 or less are left out (a doughnut cannot show
 * them, and they would still take a legend row). Slices are separated by the background colour
 * and alternate dark/light series colours, so neighbours stay apart in grayscale too.
 */
export function ChannelMixChart({ slices, formatValue, ariaLabel, height = DEFAULT_CHART_HEIGHT }: ChannelMixChartProps) {
  const colors = useChartColors();
  const { ref, width } = useElementSize<HTMLDivElement>();
  const legendPosition = width < SIDE_LEGEND_MIN_WIDTH ? 'bottom' : 'right';

  const data = useMemo<ChartData<'doughnut', number[]>>(() => {
    const shown = slices.filter((slice) => slice.value > 0);
    return {
      labels: shown.map((slice) => slice.label),
      datasets: [{
        label: 'mix',
        data: shown.map((slice) => slice.value),
        backgroundColor: shown.map((_, index) => colors.series[index % colors.series.length]),
        borderColor: colors.surface,
        borderWidth: 2,
        hoverOffset: 4,
      }],
    };
  }, [slices, colors]);

  const options = useMemo<ChartOptions<'doughnut'>>(() => ({
    ...baseOptions(colors),
    cutout: '55%',
    layout: { padding: 4 },
    plugins: {
      legend: { position: legendPosition, labels: { color: colors.text, boxWidth: 14, boxHeight: 14, padding: 10 } },
      tooltip: {
        ...tooltipTheme(colors),
        // The label line already names the slice; a title repeating it is noise.
        callbacks: { title: () => '', label: (item) => `${item.label}: ${formatValue(item.parsed)}` },
      },
    },
  }), [colors, formatValue, legendPosition]);

  return (
    <ChartFrame height={height} ref={ref}>
      {/* Drawn once the width is measured: a first frame with the wrong legend side would otherwise show (and could be printed). */}
      {width > 0 && <Chart type="doughnut" data={data} options={options} role="img" aria-label={ariaLabel} />}
    </ChartFrame>
  );
}
