import { Code, Stack, Table, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import type { AppInfo } from '../../../../shared/contract/session';
import { i18n } from '../../kernel/i18n/i18n';

function AboutContent({ info }: { info: AppInfo }) {
  const t = i18n.t;
  const rows: [string, React.ReactNode][] = [
    [t('about.version'), info.version],
    [t('about.schemaVersion'), info.schemaVersion],
    [t('about.mode'), info.host === 'desktop' ? t('about.desktop') : t('about.web')],
    [t('about.dataFolder'), <Code key="folder" style={{ wordBreak: 'break-all' }}>{info.userDataDir}</Code>],
  ];
  return (
    <Stack>
      <Text size="sm">{t('about.tagline')}</Text>
      <Table variant="vertical" withTableBorder>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={160}>{label}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

export function openAbout(info: AppInfo | null): void {
  if (!info) return;
  modals.open({ title: i18n.t('about.title'), size: 'lg', children: <AboutContent info={info} /> });
}
