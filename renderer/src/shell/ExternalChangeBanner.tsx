import { Alert, Badge, Button, Group, List, Modal, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { IconArrowsDiff } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../kernel/i18n/typedT';
import type { ExternalChangeInfo } from '../../../shared/contract/session';
import { notifyRpcError, notifySuccess } from '../kernel/api/notifyError';
import { formatDateTime } from '../kernel/i18n/format';
import { currentLanguage } from '../kernel/i18n/i18n';
import { useApi, useOpenSession, useWorkspaceStore } from '../kernel/workspace/WorkspaceContext';

type Choice = 'reload-theirs' | 'keep-mine';

/**
 * The workspace file changed on disk (a colleague, a sync tool, another window) while this window
 * had unsaved edits. Nothing is written until the user chooses; whichever side is not kept is
 * written to a copy beside the file first, so neither version is lost.
 */
export function ExternalChangeBanner() {
  const { t } = useT('app');
  const api = useApi();
  const store = useWorkspaceStore();
  const session = useOpenSession();
  const [busy, setBusy] = useState<Choice | 'compare' | null>(null);
  const [comparison, setComparison] = useState<ExternalChangeInfo | null>(null);
  const error = session?.save.error;
  if (!session || session.save.state !== 'error' || error?.code !== 'changed-on-disk') return null;
  const when = error.changedAt ? formatDateTime(error.changedAt, currentLanguage()) : t('external.unknownTime');

  async function choose(choice: Choice) {
    setBusy(choice);
    const result = await api.resolveExternalChange({ choice });
    setBusy(null);
    if (!result.ok) return notifyRpcError(result.error);
    setComparison(null);
    store.replaceSession(result.value.session);
    const path = result.value.copyPath;
    if (choice === 'reload-theirs') notifySuccess(path ? t('external.reloadedMineKept', { path }) : t('external.reloadedNothingUnsaved'));
    else notifySuccess(t('external.keptMineTheirsKept', { path: path ?? '' }));
  }

  async function compare() {
    setBusy('compare');
    const result = await api.compareExternalChange({});
    setBusy(null);
    if (!result.ok) return notifyRpcError(result.error);
    setComparison(result.value);
  }

  const buttons = (theirsReadable: boolean) => (
    <Group gap="xs">
      <Button size="xs" variant="default" loading={busy === 'reload-theirs'} disabled={!theirsReadable} onClick={() => void choose('reload-theirs')}>
        {t('external.reloadTheirs')}
      </Button>
      <Button size="xs" variant="default" loading={busy === 'keep-mine'} onClick={() => void choose('keep-mine')}>
        {t('external.keepMine')}
      </Button>
    </Group>
  );

  return (
    <>
      <Alert color="orange" variant="light" icon={<IconArrowsDiff aria-hidden />} title={t('external.title')} mb="md" role="alert" data-banner="external-change">
        <Stack gap="xs">
          <Text size="sm" maw={760}>{t('external.body', { file: session.filePath, time: when })}</Text>
          <Group gap="xs">
            <Button size="xs" variant="light" loading={busy === 'compare'} onClick={() => void compare()}>{t('external.compare')}</Button>
            {buttons(true)}
          </Group>
          <Text size="xs">{t('external.choiceHelp')}</Text>
        </Stack>
      </Alert>
      <Modal opened={comparison !== null} onClose={() => setComparison(null)} title={t('external.compareTitle')} size="lg" closeButtonProps={{ 'aria-label': t('external.closeCompare') }}>
        {comparison && <ComparisonView info={comparison} />}
        <Group justify="flex-end" mt="md">{buttons(comparison?.theirs === 'valid')}</Group>
      </Modal>
    </>
  );
}

function ComparisonView({ info }: { info: ExternalChangeInfo }) {
  const { t } = useT('app');
  if (info.theirs !== 'valid' || !info.comparison) {
    return <Text size="sm">{info.theirs === 'damaged' ? t('external.theirsDamaged') : t('external.theirsNewer')}</Text>;
  }
  const { sections, entities } = info.comparison;
  if (sections.length === 0 && entities.length === 0) return <Text size="sm">{t('external.noDifference')}</Text>;
  return (
    <ScrollArea.Autosize mah="55vh">
      <Text size="sm" mb="xs">{t('external.compareIntro')}</Text>
      {sections.length > 0 && (
        <>
          <Title order={4} size="h6" mt="sm">{t('external.sectionsHeading')}</Title>
          <List size="sm">
            {sections.map((section) => <List.Item key={section}>{t(`external.section.${section}`, { defaultValue: section })}</List.Item>)}
          </List>
        </>
      )}
      {entities.length > 0 && (
        <>
          <Title order={4} size="h6" mt="sm">{t('external.entitiesHeading')}</Title>
          <List size="sm" spacing={4}>
            {entities.map((entity) => (
              <List.Item key={`${entity.kind}-${entity.id}`}>
                <Badge size="xs" variant="light" color={entity.change === 'added' ? 'teal' : entity.change === 'removed' ? 'red' : 'blue'} mr={6}>
                  {t(`external.change.${entity.change}`)}
                </Badge>
                {t(`external.kind.${entity.kind}`)} “{entity.label}”
                {entity.fields.length > 0 && <Text span size="xs"> — {t('external.fieldsChanged', { fields: entity.fields.map((field) => t(`external.field.${field}`, { defaultValue: wordsOf(field) })).join(', ') })}</Text>}
              </List.Item>
            ))}
          </List>
        </>
      )}
    </ScrollArea.Autosize>
  );
}

/** A field's name as words ("plannedBudget" → "planned budget") where no translation is listed. */
function wordsOf(field: string): string {
  return field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}
