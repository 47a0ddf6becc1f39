import { Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { useT } from '../../../kernel/i18n/typedT';
import { longText } from '../../../../../shared/schema/primitives';
import type { Completeness } from '../../../../../shared/strategy/completeness';
import { ValidatedTextField } from '../../../kernel/ui/fields/ValidatedTextField';
import { CompletenessBadge } from './CompletenessBadge';

interface BlockSectionProps {
  title: string;
  completeness: Completeness;
  /** The block's free notes; omitted for blocks whose content is itself free text. */
  notes?: { value: string; onCommit: (value: string) => void };
  canEdit: boolean;
  children: ReactNode;
}

/**
 * One canvas block: its heading (an h2, worded exactly as the team says it), how complete it
 * is and what is still to do, the structured parts, then the free notes.
 */
export function BlockSection({ title, completeness, notes, canEdit, children }: BlockSectionProps) {
  const { t } = useT('strategy');
  const headingId = useId();
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder radius="md" p="lg">
      <Stack gap="lg">
        <Stack gap={6}>
          <Group justify="space-between" wrap="nowrap">
            <Title order={2} size="h3" id={headingId}>{title}</Title>
            <CompletenessBadge percent={completeness.percent} />
          </Group>
          {completeness.missing.length > 0 ? (
            <Group gap={6} align="baseline">
              <Text size="sm" c="dimmed">{t('block.missing')}:</Text>
              <List size="sm" c="dimmed" style={{ display: 'contents' }}>
                {completeness.missing.map((key, index) => (
                  <Text key={key} component="li" size="sm" c="dimmed" style={{ listStyle: 'none' }}>
                    {t(`checks.${key}`)}{index < completeness.missing.length - 1 ? ' ·' : ''}
                  </Text>
                ))}
              </List>
            </Group>
          ) : (
            <Text size="sm" c="teal.7">{t('block.allDone')}</Text>
          )}
        </Stack>
        {children}
        {notes && (
          <ValidatedTextField
            label={t('block.notes')}
            placeholder={t('block.notesPlaceholder')}
            value={notes.value}
            schema={longText}
            multiline
            minRows={2}
            disabled={!canEdit}
            onCommit={notes.onCommit}
          />
        )}
      </Stack>
    </Paper>
  );
}
