import { useComputedColorScheme, useMantineTheme } from '@mantine/core';
import { useMemo } from 'react';

export interface ChartColors {
  /** Legend, titles and point labels. */
  text: string;
  /** Tick labels: dimmer than text but still above 4.5:1 on the card. */
  mutedText: string;
  grid: string;
  /** Stronger reference lines (the 5/5 cross of the perceptual map). */
  axis: string;
  /** The page/Paper background behind the chart (Mantine body colour): slice borders and text halos use it to separate shapes. */
  surface: string;
  tooltipBackground: string;
  tooltipText: string;
  own: string;
  competitor: string;
  /** Categorical colours. Luminance cycles dark / light / medium so neighbours differ in grayscale print too. */
  series: string[];
  /** Broad to focused (TAM, SAM, SOM): increasing emphasis. */
  sequential: [string, string, string];
  revenue: string;
  cost: string;
  breakEven: string;
}

/** Chart colours for the current Mantine colour scheme, from the theme palette. */
export function useChartColors(): ChartColors {
  const theme = useMantineTheme();
  const scheme = useComputedColorScheme('light');
  return useMemo(() => {
    const c = theme.colors;
    if (scheme === 'dark') {
      return {
        text: c.dark[0],
        mutedText: c.dark[1],
        grid: c.dark[4],
        axis: c.dark[2],
        surface: c.dark[7],
        tooltipBackground: c.gray[2],
        tooltipText: c.dark[9],
        // Own a shade lighter than competitors, so on a dark page it is the brighter mark, also in grayscale.
        own: c.indigo[3],
        competitor: c.orange[6],
        series: [c.indigo[4], c.yellow[4], c.teal[8], c.grape[4], c.orange[3], c.blue[8], c.red[5], c.lime[4], c.pink[7]],
        sequential: [c.indigo[8], c.indigo[6], c.indigo[3]],
        revenue: c.teal[4],
        cost: c.red[4],
        breakEven: c.yellow[4],
      };
    }
    return {
      text: c.gray[9],
      mutedText: c.gray[7],
      grid: c.gray[3],
      axis: c.gray[6],
      surface: theme.white,
      tooltipBackground: c.gray[9],
      tooltipText: theme.white,
      own: c.indigo[7],
      competitor: c.orange[6],
      series: [c.indigo[8], c.yellow[5], c.teal[7], c.grape[8], c.orange[3], c.blue[5], c.red[9], c.lime[5], c.pink[6]],
      sequential: [c.indigo[2], c.indigo[5], c.indigo[8]],
      revenue: c.teal[8],
      cost: c.red[8],
      breakEven: c.grape[8],
    };
  }, [theme, scheme]);
}
