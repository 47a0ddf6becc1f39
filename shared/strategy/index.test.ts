import { describe, expect, it } from 'vitest';
import * as strategyModule from './index';

describe('shared/strategy index', () => {
  it('re-exports every function and constant of the modules', () => {
    const names = Object.keys(strategyModule).sort();
    for (const name of [
      'breakEven', 'breakEvenSeries', 'breakEvenTier', 'channelShareCheck', 'marketSizing', 'chosenSegmentTotals',
      'BLOCK_KEYS', 'STEP_KEYS', 'STEP_BLOCKS', 'CHECK_KEYS', 'BLOCK_CHECKS', 'blockCompleteness', 'stepCompleteness',
      'overallCompleteness', 'duplicateStrategy', 'mapEntries', 'clampMapValue', 'priceComparison',
    ]) {
      expect(names).toContain(name);
    }
  });
});
