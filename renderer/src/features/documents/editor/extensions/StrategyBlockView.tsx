import { ActionIcon, Badge, Group, Paper, Text, Tooltip, Typography } from '@mantine/core';
import { IconLink, IconLock, IconLockOpen, IconTrash } from '@tabler/icons-react';
import { NodeViewWrapper, type NodeViewProps } from '@tiptap/react';
import { useMemo } from 'react';
import type { StrategyBlockAttrs } from '../../../../../../shared/documents/richText';
import { richToHtml } from '../../../../../../shared/documents/export/htmlWriter';
import { formatDateTime } from '../../../../kernel/i18n/format';
import { currentLanguage } from '../../../../kernel/i18n/i18n';
import { useT } from '../../../../kernel/i18n/typedT';
import { useStrategyBlockContent } from './useStrategyBlockContent';

/**
 * How a strategy block looks in the editor: a framed, read-only rendering of the strategy part
 * with its state (live or frozen) and the actions freeze / make live / remove.
 */
export function StrategyBlockView({ node, updateAttributes, deleteNode, editor, selected }: NodeViewProps) {
  const { t } = useT('documents');
  const attrs = node.attrs as StrategyBlockAttrs;
  const live = useStrategyBlockContent(attrs.kind, attrs.strategyId);
  const content = attrs.snapshot ?? live;
  // Our own serializer: an allowlist of tags, escaped text; never the stored HTML as such.
  const html = useMemo(() => richToHtml(content), [content]);
  const frozen = attrs.snapshot !== null;
  const editable = editor.isEditable;

  return (
    <NodeViewWrapper data-testid="strategy-block" data-kind={attrs.kind} data-frozen={frozen ? 'true' : 'false'} contentEditable={false}>
      <Paper withBorder p="sm" my="sm" radius="md" style={{ borderColor: selected ? 'var(--mantine-primary-color-filled)' : undefined }}>
        <Group justify="space-between" wrap="nowrap" mb={4}>
          <Group gap={6}>
            <Badge size="sm" variant="light" color={frozen ? 'gray' : 'teal'} leftSection={frozen ? <IconLock size={12} aria-hidden /> : <IconLink size={12} aria-hidden />}>
              {frozen ? t('blocks.frozen', { date: formatDateTime(attrs.frozenAt, currentLanguage()) }) : t('blocks.live')}
            </Badge>
            <Text size="xs" c="dimmed">{t(`blocks.kinds.${attrs.kind}`)} · {frozen ? t('blocks.frozenHint') : t('blocks.liveHint')}</Text>
          </Group>
          {editable && (
            <Group gap={4} wrap="nowrap">
              {frozen ? (
                <Tooltip label={t('blocks.unfreeze')}>
                  <ActionIcon variant="subtle" aria-label={t('blocks.unfreeze')} onClick={() => updateAttributes({ snapshot: null, frozenAt: null })}>
                    <IconLockOpen size={16} aria-hidden />
                  </ActionIcon>
                </Tooltip>
              ) : (
                <Tooltip label={t('blocks.freeze')}>
                  <ActionIcon variant="subtle" aria-label={t('blocks.freeze')} onClick={() => updateAttributes({ snapshot: live, frozenAt: new Date().toISOString() })}>
                    <IconLock size={16} aria-hidden />
                  </ActionIcon>
                </Tooltip>
              )}
              <Tooltip label={t('blocks.remove')}>
                <ActionIcon variant="subtle" color="red" aria-label={t('blocks.remove')} onClick={() => deleteNode()}>
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Tooltip>
            </Group>
          )}
        </Group>
        <Typography>
          <div className="strategy-block-content" dangerouslySetInnerHTML={{ __html: html }} />
        </Typography>
      </Paper>
    </NodeViewWrapper>
  );
}
