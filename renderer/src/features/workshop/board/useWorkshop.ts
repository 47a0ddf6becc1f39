import { useCanEdit, useOpenSession, useRun } from '../../../kernel/workspace/WorkspaceContext';

/**
 * One workshop of the open workspace, and `run` for its operations (shared/workshop/ops). Every
 * board change is one operation, so one undo step.
 */
export function useWorkshop(workshopId: string) {
  const session = useOpenSession();
  const canEdit = useCanEdit();
  const run = useRun();
  const workspace = session?.workspace ?? null;
  const workshop = workspace?.workshops.find((item) => item.id === workshopId) ?? null;
  return { workspace, workshop, canEdit, run };
}
