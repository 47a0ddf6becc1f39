import type { ChartColors } from './useChartColors';

/**
 * Option fragments every strategy chart shares, so light/dark styling and the no-animation rule
 * live in one place. Plain objects: each chart spreads them into its own typed options.
 */

/** Responsive inside ChartFrame, and no animation: charts are also printed, and a print must not catch a half-drawn frame. */
export function baseOptions(colors: ChartColors) {
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    color: colors.text,
  } as const;
}

/** Follows Mantine's tooltip: dark on a light page, light on a dark one. */
export function tooltipTheme(colors: ChartColors) {
  return {
    backgroundColor: colors.tooltipBackground,
    titleColor: colors.tooltipText,
    bodyColor: colors.tooltipText,
    footerColor: colors.tooltipText,
    borderColor: colors.grid,
    borderWidth: 1,
    padding: 8,
    cornerRadius: 4,
    // Swatches in the marker's own shape (break-even diamond, own-product diamond), not a generic box.
    usePointStyle: true,
    boxPadding: 4,
  } as const;
}

export function gridTheme(colors: ChartColors) {
  return { color: colors.grid, tickColor: colors.grid } as const;
}

export function axisTitle(colors: ChartColors, text: string) {
  return { display: text !== '', text, color: colors.text } as const;
}
