import { implementationBlock } from '../../schema/strategy';
import { blockUpdate, fieldsOf } from './common';

/** Step 6 — implementation and monitoring: notes and the review cadence. */
export const implementationOps = {
  'strategy.implementation.update': blockUpdate(
    'strategy.implementation.update',
    fieldsOf(implementationBlock.shape, ['notes', 'reviewCadenceWeeks']),
    (strategy) => strategy.implementation,
  ),
};
