import { Alert, Button, EmptyState, Grid, Group } from '@mantine/core';
import { IconArrowsLeftRight, IconBulb, IconPlus } from '@tabler/icons-react';
import { useT } from '../../kernel/i18n/typedT';
import { navigate } from '../../kernel/routing/useHashRoute';
import { PageHeader } from '../../kernel/ui/PageHeader';
import { useCanEdit, useOpenSession } from '../../kernel/workspace/WorkspaceContext';
import { StrategyCanvas } from './canvas/StrategyCanvas';
import { CompareView } from './compare/CompareView';
import { StrategyList } from './StrategyList';
import { useStrategyActions } from './useStrategyActions';

/** The section of the route names what is shown: a strategy id, "compare", or nothing (the first strategy). */
export const COMPARE_SECTION = 'compare';

/** The Strategy area: the list of strategies beside the selected canvas, or the comparison. */
export function StrategyPage({ section }: { section: string | null }) {
  const { t } = useT('strategy');
  const session = useOpenSession();
  const canEdit = useCanEdit();
  const actions = useStrategyActions();
  if (!session) return null;
  const strategies = session.workspace.strategies;

  const headerActions = (
    <Group gap="sm">
      <Button leftSection={<IconPlus size={16} aria-hidden />} disabled={!canEdit} onClick={actions.create}>{t('newStrategy')}</Button>
      {strategies.length > 0 && (
        <Button variant="default" leftSection={<IconArrowsLeftRight size={16} aria-hidden />} onClick={() => navigate('strategy', COMPARE_SECTION)}>
          {t('compare')}
        </Button>
      )}
    </Group>
  );

  if (strategies.length === 0) {
    return (
      <>
        <PageHeader title={t('title')} subtitle={t('subtitle')} />
        <EmptyState
          align="left"
          variant="light"
          icon={<IconBulb aria-hidden />}
          title={t('emptyTitle')}
          description={t('emptyBody')}
          maw={720}
        >
          <Button mt="md" leftSection={<IconPlus size={16} aria-hidden />} disabled={!canEdit} onClick={actions.create}>{t('createFirst')}</Button>
        </EmptyState>
      </>
    );
  }

  if (section === COMPARE_SECTION) return <CompareView strategies={strategies} />;

  const selected = section ? strategies.find((s) => s.id === section) : strategies[0];
  return (
    <>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <PageHeader title={t('title')} subtitle={t('subtitle')} />
        {headerActions}
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 3 }}>
          <StrategyList strategies={strategies} activeId={selected?.id ?? null} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 9 }}>
          {selected ? <StrategyCanvas key={selected.id} strategy={selected} /> : <Alert color="yellow">{t('notFound')}</Alert>}
        </Grid.Col>
      </Grid>
    </>
  );
}
