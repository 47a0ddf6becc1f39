import { Alert, Button, Grid, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconFileTypePdf, IconRefresh } from '@tabler/icons-react';
import { useEffect } from 'react';
import { saveExport } from '../../kernel/files/saveExport';
import { safeFileName } from '../../kernel/files/downloadFile';
import { currentLanguage } from '../../kernel/i18n/i18n';
import { PageHeader } from '../../kernel/ui/PageHeader';
import { useApi, useCanEdit, useOpenSession } from '../../kernel/workspace/WorkspaceContext';
import { ObjectivesEditor } from './builder/ObjectivesEditor';
import { PlanSettingsForm } from './builder/PlanSettingsForm';
import { SectionList } from './builder/SectionList';
import { PdfPages } from './preview/PdfPages';
import { usePlanPdf, type PlanPdfState } from './usePlanPdf';
import { useT } from '../../kernel/i18n/typedT';

/** The Marketing plan area: the saved plan settings beside a page-for-page preview of the PDF. */
export function PlanPage() {
  const { t } = useT('plan');
  const session = useOpenSession();
  const canEdit = useCanEdit();
  const api = useApi();
  const { state, make } = usePlanPdf();
  const { ref: previewBox, width } = useElementSize();
  const workspace = session?.workspace ?? null;

  // A first preview when the area opens; later ones on request (a big plan takes a moment).
  useEffect(() => {
    if (workspace && state.status === 'idle') void make(workspace);
  }, [workspace, state.status, make]);

  if (!workspace) return null;
  const plan = workspace.marketingPlan;
  const stale = state.status === 'ready' && (state.madeFrom !== workspace || state.language !== currentLanguage());
  const busy = state.status === 'working';

  const exportPdf = async () => {
    const id = 'plan-export';
    notifications.show({ id, loading: true, autoClose: false, withCloseButton: false, message: t('progress.charts') });
    const ready = state.status === 'ready' && !stale ? state : await make(workspace);
    if (ready.status !== 'ready') {
      notifications.update({ id, loading: false, color: 'red', autoClose: 15_000, withCloseButton: true, message: failureText(ready) });
      return;
    }
    notifications.update({ id, message: t('progress.saving') });
    const name = `${safeFileName(plan.title || t('title'), 'Marketing plan')}.pdf`;
    const outcome = await saveExport(api, { name, kind: 'pdf', mime: 'application/pdf', content: ready.bytes, openAfterSave: true });
    const message = outcome.saved
      ? outcome.path ? t('result.saved', { path: outcome.path }) : t('result.downloaded', { file: name })
      : outcome.cancelled ? t('result.cancelled') : t('result.failed', { step: t('steps.saving'), message: outcome.message });
    notifications.update({ id, loading: false, color: outcome.saved ? 'teal' : outcome.cancelled ? 'gray' : 'red', autoClose: 6_000, withCloseButton: true, message });
  };

  function failureText(failed: PlanPdfState): string {
    if (failed.status !== 'failed') return '';
    return failed.unsupported ? t('result.unsupported', { message: failed.message }) : t('result.failed', { step: t(`steps.${failed.step}`), message: failed.message });
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <PageHeader title={t('title')} subtitle={t('subtitle')} />
        <Group gap="sm">
          <Button variant="default" leftSection={<IconRefresh size={16} aria-hidden />} loading={busy} onClick={() => void make(workspace)}>{t('refresh')}</Button>
          <Button leftSection={<IconFileTypePdf size={16} aria-hidden />} disabled={busy} onClick={() => void exportPdf()}>{t('export')}</Button>
        </Group>
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="md">
            <Paper withBorder p="md" radius="md">
              <Title order={2} size="h4" mb="sm">{t('settings.heading')}</Title>
              <PlanSettingsForm plan={plan} disabled={!canEdit} />
            </Paper>
            <Paper withBorder p="md" radius="md">
              <Title order={2} size="h4" mb="sm">{t('objectives.heading')}</Title>
              <ObjectivesEditor plan={plan} disabled={!canEdit} />
            </Paper>
            <Paper withBorder p="md" radius="md">
              <Title order={2} size="h4" mb="sm">{t('sections.heading')}</Title>
              <SectionList plan={plan} disabled={!canEdit} />
            </Paper>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Paper withBorder p="md" radius="md" bg="var(--mantine-color-gray-light)" ref={previewBox}>
            <Title order={2} size="h4" mb="sm">{t('preview.heading')}</Title>
            {state.status === 'working' && (
              <Group gap="sm" mb="sm" role="status"><Loader size="sm" /><Text size="sm">{t(`progress.${state.step}`)}</Text></Group>
            )}
            {stale && <Alert color="yellow" mb="sm">{t('preview.stale')}</Alert>}
            {state.status === 'failed' && <Alert color="red" mb="sm" role="alert">{failureText(state)}</Alert>}
            {state.status === 'ready' && width > 0 && <PdfPages bytes={state.bytes} width={Math.min(width - 32, 820)} />}
            {state.status === 'idle' && <Text size="sm" c="dimmed">{t('preview.empty')}</Text>}
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
