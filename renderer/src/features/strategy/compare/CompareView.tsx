import { Button, Group, Paper, Select, SimpleGrid, Table, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../../kernel/i18n/typedT';
import type { Strategy } from '../../../../../shared/schema/strategy';
import { navigate } from '../../../kernel/routing/useHashRoute';
import { PageHeader } from '../../../kernel/ui/PageHeader';
import { CompareColumn, COMPARE_ROWS } from './CompareColumn';

/** Two strategies side by side — positioning, pricing and channels — to choose between options. */
export function CompareView({ strategies }: { strategies: readonly Strategy[] }) {
  const { t } = useT('strategy');
  const [leftId, setLeftId] = useState<string | null>(strategies[0]?.id ?? null);
  const [rightId, setRightId] = useState<string | null>(strategies[1]?.id ?? strategies[0]?.id ?? null);
  const left = strategies.find((s) => s.id === leftId) ?? strategies[0];
  const right = strategies.find((s) => s.id === rightId) ?? strategies[1] ?? strategies[0];
  const options = strategies.map((s) => ({ value: s.id, label: s.name }));

  return (
    <>
      <Group justify="space-between" align="flex-start">
        <PageHeader title={t('compareView.title')} />
        <Button variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />} onClick={() => navigate('strategy', left?.id)}>
          {t('compareView.back')}
        </Button>
      </Group>
      {strategies.length < 2 && <Text c="dimmed" mb="md">{t('compareView.needTwo')}</Text>}
      <SimpleGrid cols={2} spacing="lg" mb="md">
        <Select label={t('compareView.left')} data={options} value={left?.id ?? null} allowDeselect={false} onChange={setLeftId} />
        <Select label={t('compareView.right')} data={options} value={right?.id ?? null} allowDeselect={false} onChange={setRightId} />
      </SimpleGrid>
      {left && right && (
        <Paper withBorder radius="md" p="md">
          <Table layout="fixed" verticalSpacing="sm" withColumnBorders>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="18%" />
                <Table.Th>{left.name}</Table.Th>
                <Table.Th>{right.name}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {COMPARE_ROWS.map((row) => (
                <Table.Tr key={row}>
                  <Table.Th scope="row">{t(`compareView.${row}`)}</Table.Th>
                  <Table.Td><CompareColumn strategy={left} row={row} /></Table.Td>
                  <Table.Td><CompareColumn strategy={right} row={row} /></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </>
  );
}
