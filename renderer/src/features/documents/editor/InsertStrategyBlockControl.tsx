import { Button, Popover, Select, Stack, Text } from '@mantine/core';
import { RichTextEditor, useRichTextEditorContext } from '@mantine/tiptap';
import { IconLayoutBoardSplit } from '@tabler/icons-react';
import { useState } from 'react';
import { STRATEGY_BLOCK_KINDS, type StrategyBlockKind } from '../../../../../shared/documents/richText';
import { useOpenSession } from '../../../kernel/workspace/WorkspaceContext';
import { useT } from '../../../kernel/i18n/typedT';

/** Toolbar control: choose a part of a strategy and insert it as a live block at the cursor. */
export function InsertStrategyBlockControl() {
  const { t } = useT('documents');
  const { editor } = useRichTextEditorContext();
  const session = useOpenSession();
  const strategies = session?.workspace.strategies ?? [];
  const [opened, setOpened] = useState(false);
  const [kind, setKind] = useState<StrategyBlockKind>('positioning');
  const [strategyId, setStrategyId] = useState<string | null>(null);
  const chosen = strategyId ?? strategies[0]?.id ?? null;

  const insert = () => {
    if (!editor || !chosen) return;
    editor.chain().focus().insertStrategyBlock({ kind, strategyId: chosen }).run();
    setOpened(false);
  };

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" withArrow shadow="md" trapFocus>
      <Popover.Target>
        <RichTextEditor.Control aria-label={t('editor.insertBlock')} title={t('editor.insertBlock')} onClick={() => setOpened((o) => !o)}>
          <IconLayoutBoardSplit size={16} stroke={1.5} aria-hidden />
        </RichTextEditor.Control>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs" w={280}>
          {strategies.length === 0 ? (
            <Text size="sm">{t('blocks.noStrategies')}</Text>
          ) : (
            <>
              <Select
                label={t('blocks.chooseKind')}
                data={STRATEGY_BLOCK_KINDS.map((value) => ({ value, label: t(`blocks.kinds.${value}`) }))}
                value={kind}
                onChange={(value) => value && setKind(value as StrategyBlockKind)}
                allowDeselect={false}
                comboboxProps={{ withinPortal: false }}
              />
              <Select
                label={t('blocks.chooseStrategy')}
                data={strategies.map((s) => ({ value: s.id, label: s.name }))}
                value={chosen}
                onChange={setStrategyId}
                allowDeselect={false}
                comboboxProps={{ withinPortal: false }}
              />
              <Button onClick={insert} disabled={!chosen}>{t('blocks.insert')}</Button>
            </>
          )}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
