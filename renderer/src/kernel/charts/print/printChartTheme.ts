import { PRINT_CHART_SCALE } from '../../../../../shared/plan/print/chartKeys';

/**
 * Colours and type for charts on paper: always the light scheme (paper is white whatever the app
 * shows), near-black text, and fills whose lightness differs as much as their hue, so a
 * grayscale print still separates them. Hex values are Mantine's default palette, so the PDF
 * looks like the app.
 */
export const PRINT_COLORS = {
  ink: '#212529', // gray 9: titles, legend, value labels
  mutedInk: '#343a40', // gray 8: tick labels, still dark on paper
  grid: '#ced4da', // gray 4: gray 3 vanishes on many printers
  axis: '#495057', // gray 7: axis lines and the perceptual map's 5/5 cross
  paper: '#ffffff',
  /** TAM → SAM → SOM: light, medium, dark. */
  sequential: ['#dbe4ff', '#748ffc', '#364fc7'],
  planned: '#4263eb', // indigo 7, solid: a mid-dark bar, so the black allocation stroke still shows across it
  actual: '#96f2d7', // teal 2 under teal 9 stripes: light and striped
  actualStripe: '#087f5b',
  over: '#ffc9c9', // red 2 under red 9 cross-hatch, with a heavy outline
  overStripe: '#c92a2a',
  own: '#364fc7',
  competitor: '#ffd8a8', // orange 2 with an orange 9 ring: a light circle against the dark own diamond
  competitorRing: '#d9480f',
  revenue: '#087f5b', // teal 9, solid line
  cost: '#c92a2a', // red 9, dashed line
  breakEven: '#ff922b', // orange 5 diamond with an ink outline
} as const;

/** Font sizes in CSS px at the printed size (the image is drawn at PRINT_CHART_SCALE, so they stay sharp). */
export const PRINT_FONT = {
  tick: 12,
  legend: 12,
  axisTitle: 12,
  value: 12,
} as const;

export const font = (size: number, weight?: 'bold') => ({ size, ...(weight ? { weight } : {}) });

/**
 * What every print chart shares: a fixed size (drawChartToPng sets the canvas), no animation (a
 * half-drawn frame must never be captured), no events (nobody hovers a PDF) and print resolution.
 */
export function printBaseOptions() {
  return {
    responsive: false,
    maintainAspectRatio: false,
    animation: false,
    devicePixelRatio: PRINT_CHART_SCALE,
    events: [],
    color: PRINT_COLORS.ink,
  } as const;
}

/** Legend text and swatches sized for paper. */
export function printLegendLabels() {
  return { color: PRINT_COLORS.ink, font: font(PRINT_FONT.legend), boxWidth: 18, boxHeight: 12, padding: 12 } as const;
}

export function printTicks() {
  return { color: PRINT_COLORS.mutedInk, font: font(PRINT_FONT.tick) } as const;
}

export function printAxisTitle(text: string) {
  return { display: text !== '', text, color: PRINT_COLORS.ink, font: font(PRINT_FONT.axisTitle) } as const;
}

export function printGrid() {
  return { color: PRINT_COLORS.grid, tickColor: PRINT_COLORS.grid } as const;
}
