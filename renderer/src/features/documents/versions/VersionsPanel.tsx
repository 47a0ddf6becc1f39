import { ActionIcon, Button, Group, Modal, Select, Stack, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import { isBodyLocked } from '../../../../../shared/documents/changeControl';
import { MAX_VERSIONS } from '../../../../../shared/documents/ops/versionOps';
import { newId } from '../../../../../shared/ids';
import type { ProductDocument } from '../../../../../shared/schema/document';
import { formatDateTime } from '../../../kernel/i18n/format';
import { currentLanguage } from '../../../kernel/i18n/i18n';
import { useRun } from '../../../kernel/workspace/WorkspaceContext';
import { useT } from '../../../kernel/i18n/typedT';
import { VersionDiff } from './VersionDiff';
import { CURRENT } from './versionIds';

/** Named snapshots of a document, a readable diff between any two, and restore-as-new-version. */
export function VersionsPanel({ doc, disabled }: { doc: ProductDocument; disabled: boolean }) {
  const { t } = useT('documents');
  const run = useRun();
  const language = currentLanguage();
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  // Until the user picks: the newest version against the current document.
  const [fromChoice, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string>(CURRENT);
  const from = fromChoice && (fromChoice === CURRENT || doc.versions.some((v) => v.id === fromChoice)) ? fromChoice : doc.versions.at(-1)?.id ?? CURRENT;
  const full = doc.versions.length >= MAX_VERSIONS - 1;
  // Restoring changes the content: not while an approved document is locked.
  const locked = isBodyLocked(doc);

  const saveVersion = () => {
    const trimmed = name.trim();
    if (!trimmed) return;
    if (run('document.version.save', { documentId: doc.id, versionId: newId('ver'), name: trimmed })) {
      setNaming(false);
      setName('');
    }
  };

  const restore = (versionId: string, versionName: string) => modals.openConfirmModal({
    title: t('versions.restore'),
    children: <Text size="sm">{t('versions.restoreConfirm', { name: versionName })}</Text>,
    labels: { confirm: t('versions.restore'), cancel: t('versions.cancel') },
    onConfirm: () => {
      const ok = run('document.version.restore', {
        documentId: doc.id,
        versionId,
        beforeRestoreVersionId: newId('ver'),
        restoredVersionId: newId('ver'),
        // A version name has at most 200 characters; a long one is cut rather than refused.
        beforeRestoreName: t('versions.beforeRestore', { name: versionName }).slice(0, 200),
        restoredName: t('versions.restoredName', { name: versionName }).slice(0, 200),
      });
      if (ok) notifications.show({ color: 'teal', message: t('versions.restored', { name: versionName }) });
    },
  });

  const choices = [{ value: CURRENT, label: t('versions.current') }, ...doc.versions.map((v) => ({ value: v.id, label: v.name }))];

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">{doc.versions.length === 0 ? t('versions.empty') : null}</Text>
        <Button leftSection={<IconDeviceFloppy size={16} aria-hidden />} disabled={disabled || full} onClick={() => setNaming(true)}>{t('versions.snapshot')}</Button>
      </Group>
      {doc.versions.length > 0 && (
        <Table striped aria-label={t('tabs.versions')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('versions.name')}</Table.Th>
              <Table.Th>{t('versions.created')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...doc.versions].reverse().map((version) => (
              <Table.Tr key={version.id}>
                <Table.Td fw={500}>{version.name}</Table.Td>
                <Table.Td>{formatDateTime(version.createdAt, language)}</Table.Td>
                <Table.Td>
                  <Group justify="flex-end">
                    <Tooltip label={locked ? t('versions.restoreLocked') : t('versions.restore')}>
                      <ActionIcon variant="subtle" aria-label={`${t('versions.restore')} ${version.name}`} disabled={disabled || full || locked} onClick={() => restore(version.id, version.name)}>
                        <IconRestore size={16} aria-hidden />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {doc.versions.length > 0 && (
        <Stack gap="sm">
          <Group gap="sm" align="flex-end">
            <Select label={t('versions.from')} data={choices} value={from} onChange={(value) => value && setFrom(value)} allowDeselect={false} w={260} />
            <Select label={t('versions.to')} data={choices} value={to} onChange={(value) => value && setTo(value)} allowDeselect={false} w={260} />
          </Group>
          <VersionDiff doc={doc} fromId={from} toId={to} />
        </Stack>
      )}
      <Modal opened={naming} onClose={() => setNaming(false)} title={t('versions.snapshot')}>
        <form onSubmit={(event) => { event.preventDefault(); saveVersion(); }}>
          <Stack gap="sm">
            <TextInput label={t('versions.name')} placeholder={t('versions.namePlaceholder')} value={name} onChange={(event) => setName(event.currentTarget.value)} required data-autofocus maxLength={200} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setNaming(false)}>{t('versions.cancel')}</Button>
              <Button type="submit" disabled={!name.trim()}>{t('versions.save')}</Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
