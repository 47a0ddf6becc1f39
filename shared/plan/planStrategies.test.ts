import { describe, expect, it } from 'vitest';
import { createSampleWorkspace } from '../samplePlan/samplePlan';
import { planStrategies } from './planStrategies';

const sample = createSampleWorkspace('en', new Date('2026-05-20T09:00:00Z'));
const base = sample.strategies[0]!;
const workspace = { strategies: [base, { ...base, id: 'str_b', name: 'B' }, { ...base, id: 'str_c', name: 'C' }] };

describe('planStrategies', () => {
  it('returns every strategy in workspace order when none is chosen', () => {
    expect(planStrategies(workspace, { strategyIds: [] }).map((s) => s.id)).toEqual(['str_kettle', 'str_b', 'str_c']);
  });

  it('follows the plan order, skips unknown ids and prints a repeated id once', () => {
    expect(planStrategies(workspace, { strategyIds: ['str_c', 'str_gone', 'str_kettle', 'str_c'] }).map((s) => s.id)).toEqual(['str_c', 'str_kettle']);
  });

  it('is empty when every chosen strategy is gone (not silently all of them)', () => {
    expect(planStrategies(workspace, { strategyIds: ['str_gone'] })).toEqual([]);
  });
});
