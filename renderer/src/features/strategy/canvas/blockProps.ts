import type { Strategy } from '../../../../../shared/schema/strategy';
import type { Completeness } from '../../../../../shared/strategy/completeness';
import type { StrategyRecipe } from './useStrategyEdit';

/** What every canvas block receives from the canvas. */
export interface BlockProps {
  strategy: Strategy;
  /** One undoable edit of this strategy. */
  edit: (recipe: StrategyRecipe) => void;
  /** Removes something as one undoable edit, with a notice that offers Undo. */
  remove: (message: string, recipe: StrategyRecipe) => void;
  canEdit: boolean;
  completeness: Completeness;
}
