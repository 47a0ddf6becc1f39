import { ActionIcon, Code, Group, Tooltip, CopyButton } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useT } from '../../kernel/i18n/typedT';

/** A file path people may need to paste elsewhere (a file manager, an e-mail to support). */
export function CopyablePath({ path, label }: { path: string; label: string }) {
  const { t } = useT('settings');
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Code block aria-label={label} style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap', flex: 1 }}>{path}</Code>
      <CopyButton value={path}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? t('copied') : t('copyPath')}>
            <ActionIcon variant="subtle" color={copied ? 'teal' : 'gray'} onClick={copy} aria-label={`${t('copyPath')}: ${label}`}>
              {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}
