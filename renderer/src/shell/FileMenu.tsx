import { Button, Menu } from '@mantine/core';
import { IconArchive, IconChevronDown, IconCopy, IconFilePlus, IconFolderOpen, IconHistory } from '@tabler/icons-react';
import { useT } from '../kernel/i18n/typedT';
import { useFileActions } from '../kernel/files/useFileActions';
import { useOpenSession, useWorkspaceSnapshot } from '../kernel/workspace/WorkspaceContext';

/** The File menu: New, Open, Save a copy, Open recent ▸, Show backups. */
export function FileMenu() {
  const { t } = useT('app');
  const files = useFileActions();
  const session = useOpenSession();
  const recent = useWorkspaceSnapshot().settings?.recent ?? [];
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="subtle" color="gray" rightSection={<IconChevronDown size={14} aria-hidden />}>
          {t('file.menu')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconFilePlus size={16} aria-hidden />} onClick={() => void files.newWorkspace()}>
          {t('file.newWorkspace')}
        </Menu.Item>
        <Menu.Item leftSection={<IconFolderOpen size={16} aria-hidden />} onClick={() => void files.openWorkspace()}>
          {t('file.open')}
        </Menu.Item>
        <Menu.Item leftSection={<IconCopy size={16} aria-hidden />} disabled={!session} onClick={() => void files.saveCopy()}>
          {t('file.saveCopy')}
        </Menu.Item>
        <Menu.Sub>
          <Menu.Sub.Target>
            <Menu.Sub.Item leftSection={<IconHistory size={16} aria-hidden />}>{t('file.recent')}</Menu.Sub.Item>
          </Menu.Sub.Target>
          <Menu.Sub.Dropdown>
            {recent.length === 0 && <Menu.Item disabled>{t('file.noRecent')}</Menu.Item>}
            {recent.map((path) => (
              <Menu.Item key={path} onClick={() => void files.openPath(path)} title={path}>
                {shortName(path)}
              </Menu.Item>
            ))}
          </Menu.Sub.Dropdown>
        </Menu.Sub>
        <Menu.Divider />
        <Menu.Item leftSection={<IconArchive size={16} aria-hidden />} onClick={files.showBackups}>
          {t('file.showBackups')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/** The file name, which is what people recognise; the full path is in the tooltip. */
function shortName(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut === -1 ? path : path.slice(cut + 1);
}
