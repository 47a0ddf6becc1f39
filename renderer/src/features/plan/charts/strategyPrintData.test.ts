import { describe, expect, it } from 'vitest';
import { createSampleWorkspace } from '../../../../../shared/samplePlan/samplePlan';
import type { Strategy } from '../../../../../shared/schema/strategy';
import { breakEvenPrintData } from './breakEvenPrintChart';
import { channelMixPrintData, MAX_SLICES, sliceFillIndexes } from './channelMixPrintChart';
import { marketSizePrintData } from './marketSizePrintChart';
import { perceptualMapPrintData } from './perceptualMapPrintChart';
import { strategyTexts } from '../../../../../shared/i18n/texts';
import { printFormat } from '../../../kernel/charts/print/printFormat';

const en = strategyTexts.en.printCharts;
const zh = strategyTexts['zh-CN'].printCharts;
const usd = printFormat('USD', 'en');
const cny = printFormat('CNY', 'zh-CN');
const sampleStrategy = (): Strategy => structuredClone(createSampleWorkspace('en', new Date(Date.UTC(2026, 2, 1))).strategies[0]!);

describe('marketSizePrintData', () => {
  it('writes each size and its share of the size before', () => {
    const strategy = sampleStrategy();
    strategy.targetMarket.marketSize = { tam: 1_000_000, sam: 250_000, som: null, unit: 'customers' };
    expect(marketSizePrintData(strategy, en, usd)).toEqual({
      unit: 'customers',
      rows: [
        { label: 'TAM', value: 1_000_000, text: '1M' },
        { label: 'SAM', value: 250_000, text: '250K (25% of TAM)' },
        { label: 'SOM', value: null, text: 'not entered' },
      ],
    });
  });

  it('uses money for revenue sizes and Chinese wording', () => {
    const strategy = sampleStrategy();
    strategy.targetMarket.marketSize = { tam: 2e8, sam: 5e7, som: 5e6, unit: 'revenue' };
    const rows = marketSizePrintData(strategy, zh, cny)!.rows;
    expect(rows.map((row) => row.text)).toEqual(['¥2亿', '¥5000万（占 TAM 的 25%）', '¥500万（占 SAM 的 10%）']);
  });

  it('has no chart when no size is entered', () => {
    const strategy = sampleStrategy();
    strategy.targetMarket.marketSize = { tam: null, sam: null, som: null, unit: 'units' };
    expect(marketSizePrintData(strategy, en, usd)).toBeNull();
  });
});

describe('perceptualMapPrintData', () => {
  it('splits placed points into own and competitors, with named axes', () => {
    const strategy = sampleStrategy();
    const data = perceptualMapPrintData(strategy, en)!;
    const placedCompetitors = strategy.positioning.map.points.filter((p) => p.kind === 'competitor').length;
    expect(data.own).toHaveLength(1);
    expect(data.competitors).toHaveLength(placedCompetitors);
    expect(data.competitors.map((p) => p.label)).toEqual(
      strategy.research.competitors.filter((c) => strategy.positioning.map.points.some((p) => p.competitorId === c.id)).map((c) => c.name),
    );
    expect(data.xTitle).toBe(`${strategy.positioning.map.xAxis.low}  ←  →  ${strategy.positioning.map.xAxis.high}`);
  });

  it('falls back to the product name and the generic axis ends', () => {
    const strategy = sampleStrategy();
    strategy.positioning.map = {
      xAxis: { low: ' ', high: '' }, yAxis: { low: 'Cheap', high: '' },
      points: [{ id: 'pt_1', kind: 'own', competitorId: null, label: '', x: 2, y: 8 }],
    };
    strategy.product = '';
    const data = perceptualMapPrintData(strategy, zh)!;
    expect(data.own).toEqual([{ label: '本产品', x: 2, y: 8 }]);
    expect(data.competitors).toEqual([]);
    expect(data.xTitle).toBe('低端  ←  →  高端');
    expect(data.yTitle).toBe('Cheap  ←  →  高端');
  });

  it('has no chart when nothing is placed', () => {
    const strategy = sampleStrategy();
    strategy.positioning.map.points = [];
    expect(perceptualMapPrintData(strategy, en)).toBeNull();
  });
});

describe('breakEvenPrintData', () => {
  it('draws the pricing block series and labels the crossing', () => {
    const strategy = sampleStrategy();
    strategy.pricing = { ...strategy.pricing, tiers: [{ id: 'tier_a', name: 'A', price: 100, segmentId: null, includes: '' }], breakEvenTierId: null, unitVariableCost: 60, fixedCosts: 4000 };
    const data = breakEvenPrintData(strategy, en, usd)!;
    expect(data.point).toEqual({ x: 100, y: 10_000, label: 'Break-even: 100 units · $10,000' });
    expect(data.revenue[0]).toEqual({ x: 0, y: 0 });
    expect(data.totalCost[0]).toEqual({ x: 0, y: 4000 });
    expect(data.revenue.at(-1)!.x).toBeGreaterThanOrEqual(200);
  });

  it('has no chart without a break-even', () => {
    const strategy = sampleStrategy();
    strategy.pricing.unitVariableCost = 1e9;
    expect(breakEvenPrintData(strategy, en, usd)).toBeNull();
    strategy.pricing.unitVariableCost = null;
    expect(breakEvenPrintData(strategy, en, usd)).toBeNull();
  });
});

describe('channelMixPrintData', () => {
  const withShares = (shares: Array<number | null>, name = (i: number) => `Channel ${i}`): Strategy => {
    const strategy = sampleStrategy();
    const template = strategy.channels.items[0]!;
    strategy.channels.items = shares.map((share, i) => ({ ...template, id: `chn_${i}`, name: name(i), targetSharePercent: share }));
    return strategy;
  };

  it('keeps channels with a share, in list order, with their percent', () => {
    expect(channelMixPrintData(withShares([60, null, 0, 40]), en, usd)).toEqual([
      { label: 'Channel 0', value: 60, text: '60%' },
      { label: 'Channel 3', value: 40, text: '40%' },
    ]);
  });

  it('has no chart when no channel has a share', () => {
    expect(channelMixPrintData(withShares([null, null]), en, usd)).toBeNull();
    expect(channelMixPrintData(withShares([0]), en, usd)).toBeNull();
    expect(channelMixPrintData(withShares([]), en, usd)).toBeNull();
  });

  it('folds the smallest channels of a long mix into one slice', () => {
    const shares = [5, 20, 1, 10, 9, 8, 7, 6, 4, 3, 2, 25];
    const slices = channelMixPrintData(withShares(shares), zh, cny)!;
    expect(slices).toHaveLength(MAX_SLICES);
    expect(slices.map((s) => s.label)).toEqual(['Channel 0', 'Channel 1', 'Channel 3', 'Channel 4', 'Channel 5', 'Channel 6', 'Channel 7', 'Channel 8', 'Channel 11', '其他（3 个）']);
    expect(slices.at(-1)!.value).toBe(6);
  });

  it('shortens very long names', () => {
    const [slice] = channelMixPrintData(withShares([100], () => 'x'.repeat(80)), en, usd)!;
    expect(slice!.label).toBe(`${'x'.repeat(29)}…`);
  });
});

describe('sliceFillIndexes', () => {
  it('never gives the last slice the first slice’s fill, as the ring closes there', () => {
    expect(sliceFillIndexes(3)).toEqual([0, 1, 2]);
    const nine = sliceFillIndexes(9);
    expect(nine.at(-1)).not.toBe(nine[0]);
    expect(nine.at(-1)).not.toBe(nine.at(-2));
    expect(sliceFillIndexes(10).slice(8)).toEqual([0, 1]);
  });
});
