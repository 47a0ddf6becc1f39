import { z } from 'zod';
import { applyChangesToDraft, changeSetSchema } from './changeSet';
import { defineOperation } from './defineOperation';

/**
 * Undo and redo: the changes an operation made (or their inverse), computed when it ran and kept
 * in the user's own history, applied by id to the state as it is now. What no longer exists is
 * skipped; what others changed since is left alone. Validated and checked like any operation.
 */
export const historyOperations = {
  'history.restore': defineOperation('history.restore', z.object({ changes: changeSetSchema }).strict(), (draft, { changes }) => {
    applyChangesToDraft(draft, changes);
  }),
};
