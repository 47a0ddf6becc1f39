import { Chart, type ChartConfiguration, type ChartType, type DefaultDataPoint, type Plugin } from 'chart.js';
import { PRINT_CHART_SIZE } from '../../../../../shared/plan/print/chartKeys';
import './printChartSetup';
import { PRINT_COLORS, printBaseOptions } from './printChartTheme';

/**
 * Canvas pixels are transparent until drawn, and a transparent PNG prints on whatever is behind
 * it; fill the whole chart with paper white before anything else is drawn.
 */
const paperBackground: Plugin = {
  id: 'printPaperBackground',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.fillStyle = PRINT_COLORS.paper;
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

/**
 * Draws one chart.js chart on a detached canvas at PRINT_CHART_SIZE (CSS px) × PRINT_CHART_SCALE
 * and returns it as a PNG data URL. The print-only options (fixed size, no animation, no events,
 * print resolution) are forced here, so a chart file cannot forget one. The chart is destroyed
 * afterwards, also when drawing throws.
 */
export async function drawChartToPng<TType extends ChartType, TData = DefaultDataPoint<TType>>(
  config: ChartConfiguration<TType, TData>,
  size: { width: number; height: number } = PRINT_CHART_SIZE,
): Promise<string> {
  // Canvas text uses whatever font is ready at the moment it is drawn; wait for any still loading.
  await document.fonts.ready;
  const canvas = document.createElement('canvas');
  // With responsive: false chart.js takes its CSS size from these attributes, then multiplies by the pixel ratio.
  canvas.width = size.width;
  canvas.height = size.height;
  // chart.js only logs when it gets no context and would leave a blank image: fail loudly instead.
  if (!canvas.getContext('2d')) throw new Error('no 2D canvas is available to draw the chart on');
  const printConfig = {
    ...config,
    options: { ...config.options, ...printBaseOptions() },
    plugins: [paperBackground, ...(config.plugins ?? [])],
  } as ChartConfiguration<TType, TData>;
  const chart = new Chart(canvas, printConfig);
  try {
    return canvas.toDataURL('image/png');
  } finally {
    chart.destroy();
  }
}
