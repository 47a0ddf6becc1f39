import { ActionIcon, Burger, Button, Group, Kbd, Text, Tooltip } from '@mantine/core';
import { spotlight } from '@mantine/spotlight';
import { IconArrowBackUp, IconArrowForwardUp, IconSearch } from '@tabler/icons-react';
import { useT } from '../kernel/i18n/typedT';
import { useOpenSession, useWorkspaceSnapshot, useWorkspaceStore } from '../kernel/workspace/WorkspaceContext';
import { HEADER_ITEMS } from './areaRegistry';
import { FileMenu } from './FileMenu';
import { LanguageMenu } from './LanguageMenu';
import { SaveStatusIndicator } from './SaveStatusIndicator';
import { ThemeMenu } from './ThemeMenu';

/** Shown next to shortcuts: people on a Mac read ⌘, everyone else Ctrl. */
export const MOD_KEY = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl';

export function HeaderBar({ navOpened, onToggleNav }: { navOpened: boolean; onToggleNav: () => void }) {
  const { t } = useT('app');
  const store = useWorkspaceStore();
  const session = useOpenSession();
  const { canUndo, canRedo } = useWorkspaceSnapshot();
  const editable = session !== null && session.readOnly === null;

  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
      <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
        <Burger opened={navOpened} onClick={onToggleNav} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
        <Text fw={700} size="lg" c="indigo.7" darkHidden>{t('app.name')}</Text>
        <Text fw={700} size="lg" c="indigo.3" lightHidden>{t('app.name')}</Text>
        {session && (
          <Text size="sm" c="dimmed" truncate visibleFrom="md" maw={260} title={session.workspace.name}>
            {session.workspace.name}
          </Text>
        )}
      </Group>
      <Group gap={6} wrap="nowrap">
        {HEADER_ITEMS.map(({ id, HeaderItem }) => <HeaderItem key={id} />)}
        <SaveStatusIndicator />
        <Tooltip label={`${t('edit.undo')} (${MOD_KEY}+Z)`}>
          <ActionIcon variant="subtle" color="gray" size="lg" aria-label={t('edit.undo')} disabled={!editable || !canUndo} onClick={() => store.undo()}>
            <IconArrowBackUp size={20} aria-hidden />
          </ActionIcon>
        </Tooltip>
        <Tooltip label={`${t('edit.redo')} (${MOD_KEY}+Shift+Z)`}>
          <ActionIcon variant="subtle" color="gray" size="lg" aria-label={t('edit.redo')} disabled={!editable || !canRedo} onClick={() => store.redo()}>
            <IconArrowForwardUp size={20} aria-hidden />
          </ActionIcon>
        </Tooltip>
        <FileMenu />
        <Button
          variant="default"
          size="sm"
          leftSection={<IconSearch size={16} aria-hidden />}
          rightSection={<Kbd size="xs">{MOD_KEY}+K</Kbd>}
          onClick={() => spotlight.open()}
          aria-label={t('palette.open')}
          visibleFrom="sm"
        >
          {t('palette.open')}
        </Button>
        <LanguageMenu />
        <ThemeMenu />
      </Group>
    </Group>
  );
}
