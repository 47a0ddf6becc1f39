import { drawChartToPng } from '../../../kernel/charts/print/drawChartToPng';
import { planChartJobs, type RenderPlanChartsInput } from './planChartJobs';

export type { RenderPlanChartsInput } from './planChartJobs';

/**
 * Draws every chart the marketing plan prints and returns PNG data URLs by chart key
 * (shared/plan/print/chartKeys.ts): per strategy market-size, perceptual-map, break-even and
 * channel-mix, and the plan-wide budget-by-channel and budget-by-month. Charts without data are
 * left out. One chart at a time, so only one print-size canvas exists at any moment. A chart
 * that fails to draw fails the whole call with its key in the message: a plan silently missing
 * a chart is worse than an export that says what went wrong.
 */
export async function renderPlanCharts(input: RenderPlanChartsInput): Promise<Record<string, string>> {
  const images: Record<string, string> = {};
  for (const job of planChartJobs(input)) {
    try {
      images[job.key] = await drawChartToPng(job.config());
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`Could not draw the plan chart "${job.key}": ${reason}`, { cause: error });
    }
  }
  return images;
}
