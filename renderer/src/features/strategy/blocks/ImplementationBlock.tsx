import { Anchor, Paper, Stack, Table, Title } from '@mantine/core';
import { useT } from '../../../kernel/i18n/typedT';
import { longText } from '../../../../../shared/schema/primitives';
import { BLOCK_KEYS, STEP_BLOCKS, STEP_KEYS, type BlockKey, type Completeness, type StepKey } from '../../../../../shared/strategy/completeness';
import { NumberField } from '../../../kernel/ui/fields/NumberField';
import { ValidatedTextField } from '../../../kernel/ui/fields/ValidatedTextField';
import { BlockSection } from '../canvas/BlockSection';
import type { BlockProps } from '../canvas/blockProps';
import { CompletenessBadge } from '../canvas/CompletenessBadge';

interface ImplementationBlockProps extends BlockProps {
  blocks: Record<BlockKey, Completeness>;
  onOpenStep: (step: StepKey) => void;
}

function stepOf(block: BlockKey): StepKey {
  return STEP_KEYS.find((step) => STEP_BLOCKS[step].includes(block)) ?? 'research';
}

/** Step 6 — implementation and monitoring 实施与监控: how the plan is run and reviewed, and where every block stands. */
export function ImplementationBlock({ strategy, run, canEdit, completeness, blocks, onOpenStep }: ImplementationBlockProps) {
  const { t } = useT('strategy');
  return (
    <BlockSection title={t('blocks.implementation')} completeness={completeness} canEdit={canEdit}>
      <ValidatedTextField
        label={t('implementation.notes')}
        placeholder={t('implementation.notesPlaceholder')}
        value={strategy.implementation.notes}
        schema={longText}
        multiline
        minRows={4}
        disabled={!canEdit}
        onCommit={(notes) => run('strategy.implementation.update', { strategyId: strategy.id, fields: { notes } })}
      />
      <NumberField
        label={t('implementation.cadence')}
        value={strategy.implementation.reviewCadenceWeeks}
        nullable
        min={0}
        integer
        w={220}
        disabled={!canEdit}
        onCommit={(weeks) => run('strategy.implementation.update', { strategyId: strategy.id, fields: { reviewCadenceWeeks: weeks } })}
      />
      <Paper withBorder radius="md" p="md">
        <Stack gap="xs">
          <Title order={3} size="h5">{t('implementation.summary')}</Title>
          <Table verticalSpacing={6}>
            <Table.Tbody>
              {BLOCK_KEYS.map((block) => (
                <Table.Tr key={block}>
                  <Table.Td>
                    <Anchor component="button" type="button" onClick={() => onOpenStep(stepOf(block))}>{t(`blocks.${block}`)}</Anchor>
                  </Table.Td>
                  <Table.Td w={90}><CompletenessBadge size="sm" percent={blocks[block].percent} /></Table.Td>
                  <Table.Td c="dimmed" fz="sm">{blocks[block].missing.map((key) => t(`checks.${key}`)).join(' · ')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      </Paper>
    </BlockSection>
  );
}
