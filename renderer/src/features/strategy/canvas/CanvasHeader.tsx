import { ActionIcon, Group, Menu, Paper, RingProgress, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconCopy, IconDots, IconTrash } from '@tabler/icons-react';
import { useT } from '../../../kernel/i18n/typedT';
import { currencyCode, requiredName, shortText } from '../../../../../shared/schema/primitives';
import type { OperationArgs } from '../../../../../shared/ops/registry';
import type { Strategy } from '../../../../../shared/schema/strategy';
import { ValidatedTextField } from '../../../kernel/ui/fields/ValidatedTextField';
import type { RunOperation } from './blockProps';

interface CanvasHeaderProps {
  strategy: Strategy;
  overallPercent: number;
  canEdit: boolean;
  run: RunOperation;
  onDuplicate: () => void;
  onDelete: () => void;
}

/** Name, product, market and currency of the strategy, its overall completeness and its actions. */
export function CanvasHeader({ strategy, overallPercent, canEdit, run, onDuplicate, onDelete }: CanvasHeaderProps) {
  const { t } = useT('strategy');
  const update = (fields: OperationArgs<'strategy.update'>['fields']) => run('strategy.update', { strategyId: strategy.id, fields });
  return (
    <Paper withBorder radius="md" p="md">
      <Group align="flex-start" wrap="nowrap" gap="lg">
        <Stack gap={2} align="center">
          <RingProgress
            size={76}
            thickness={8}
            roundCaps
            sections={[{ value: overallPercent, color: overallPercent >= 100 ? 'teal' : 'indigo' }]}
            label={<Text ta="center" fw={700} size="sm">{overallPercent}%</Text>}
            aria-label={t('complete', { percent: overallPercent })}
          />
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" style={{ flex: 1 }}>
          <ValidatedTextField label={t('header.name')} value={strategy.name} schema={requiredName} description={null} disabled={!canEdit}
            onCommit={(name) => update({ name })} />
          <ValidatedTextField label={t('header.product')} value={strategy.product} schema={shortText} description={null} disabled={!canEdit}
            onCommit={(product) => update({ product })} />
          <ValidatedTextField label={t('header.market')} value={strategy.market} schema={shortText} description={null} disabled={!canEdit}
            onCommit={(market) => update({ market })} />
          <ValidatedTextField label={t('header.currency')} value={strategy.currency} schema={currencyCode} description={t('header.currencyHint')} maxLength={3} disabled={!canEdit}
            onCommit={(currency) => update({ currency })} />
        </SimpleGrid>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon variant="default" size="lg" aria-label={t('actions')}>
              <IconDots size={18} aria-hidden />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item leftSection={<IconCopy size={16} aria-hidden />} disabled={!canEdit} onClick={onDuplicate}>{t('duplicate')}</Menu.Item>
            <Menu.Item leftSection={<IconTrash size={16} aria-hidden />} color="red" disabled={!canEdit} onClick={onDelete}>{t('delete')}</Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
    </Paper>
  );
}
