// Imported first so that using any chart from here registers the chart.js parts they need.
import '../../../kernel/charts/chartSetup';

export { BreakEvenChart, type BreakEvenChartProps } from './BreakEvenChart';
export { ChannelMixChart, type ChannelMixChartProps, type ChannelSlice } from './ChannelMixChart';
export { MarketSizeChart, type MarketSizeChartProps } from './MarketSizeChart';
export { PerceptualMapChart, type PerceptualMapChartProps, type PerceptualMapEntry } from './PerceptualMapChart';
export { PriceComparisonChart, type PriceBar, type PriceComparisonChartProps } from './PriceComparisonChart';
