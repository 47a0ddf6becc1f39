import { CommandPalette } from './CommandPalette';
import { AppLayout } from './AppLayout';
import { RecoveryScreen } from './RecoveryScreen';
import { LoadingScreen, UnreachableScreen } from './StatusScreens';
import { useWorkspaceSnapshot, useWorkspaceStore } from '../kernel/workspace/WorkspaceContext';

/** Loading, the service unreachable, the file broken (recovery), or the normal app. */
export function AppScreen() {
  const store = useWorkspaceStore();
  const { phase, loadError, session } = useWorkspaceSnapshot();
  if (phase === 'loading' && !session) return <LoadingScreen />;
  if (phase === 'unreachable') return <UnreachableScreen error={loadError} onRetry={() => void store.load()} />;
  return (
    <>
      <CommandPalette />
      {session?.state === 'failed' ? <RecoveryScreen problem={session.problem} /> : <AppLayout />}
    </>
  );
}
