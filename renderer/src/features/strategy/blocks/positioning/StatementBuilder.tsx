import { Grid, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { Fragment, useId, useMemo, useState } from 'react';
import { useT } from '../../../../kernel/i18n/typedT';
import { shortText } from '../../../../../../shared/schema/primitives';
import { currentLanguage } from '../../../../kernel/i18n/i18n';
import { fieldIssue } from '../../../../kernel/ui/fields/fieldIssue';
import {
  positioningSentencePieces, STATEMENT_PARTS, type PositioningStatement, type StatementPart,
} from '../../../../../../shared/documents/strategyBlocks/positioningSentence';

interface StatementBuilderProps {
  statement: PositioningStatement;
  canEdit: boolean;
  onCommit: (part: StatementPart, value: string) => void;
}

/** Benefit gets a whole row: it is the part people write most about. The second sentence sits on its own row. */
const SPANS: Record<StatementPart, { base: number; sm: number }> = {
  target: { base: 12, sm: 6 },
  need: { base: 12, sm: 6 },
  product: { base: 12, sm: 6 },
  category: { base: 12, sm: 6 },
  benefit: { base: 12, sm: 12 },
  competitor: { base: 12, sm: 6 },
  differentiator: { base: 12, sm: 6 },
};

/**
 * The positioning statement: seven short fields and the whole sentence in the UI language. The
 * drafts live here, not in each field, so the preview follows every keystroke while the workspace
 * only changes on blur or Enter (one undoable edit per field), and only with a valid draft.
 */
export function StatementBuilder({ statement, canEdit, onCommit }: StatementBuilderProps) {
  const { t } = useT('strategy');
  const { t: tApp } = useT('app');
  const previewId = useId();
  const [drafts, setDrafts] = useState<PositioningStatement>(statement);
  const [editing, setEditing] = useState<StatementPart | null>(null);
  const [lastStatement, setLastStatement] = useState(statement);

  // A part changed underneath (undo, another window): follow it, unless that field is being typed in.
  // Only the changed parts: an invalid draft kept in another field must not be lost.
  if (statement !== lastStatement) {
    const changed = STATEMENT_PARTS.filter((part) => statement[part] !== lastStatement[part] && part !== editing);
    setLastStatement(statement);
    if (changed.length > 0) setDrafts({ ...drafts, ...Object.fromEntries(changed.map((part) => [part, statement[part]])) });
  }

  const language = currentLanguage();
  const custom = useMemo(() => ({ currencyCode: tApp('validation.currencyCode'), idFormat: tApp('validation.idFormat') }), [tApp]);
  const errorOf = (part: StatementPart) => fieldIssue(shortText, drafts[part], language, custom);

  const commit = (part: StatementPart) => {
    const draft = drafts[part];
    if (errorOf(part) === null && draft !== statement[part]) onCommit(part, draft);
  };

  const segments = positioningSentencePieces(drafts, language);

  return (
    <Stack gap="sm">
      <div>
        <Title order={3} size="h5">{t('positioning.statement')}</Title>
        <Text size="sm" c="dimmed">{t('positioning.statementHint')}</Text>
      </div>
      <Grid gap="sm">
        {STATEMENT_PARTS.map((part) => (
          <Grid.Col key={part} span={SPANS[part]}>
            <TextInput
              label={t(`positioning.parts.${part}`)}
              value={drafts[part]}
              error={errorOf(part)}
              disabled={!canEdit}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setDrafts((current) => ({ ...current, [part]: value }));
              }}
              onFocus={() => setEditing(part)}
              onBlur={() => {
                setEditing(null);
                commit(part);
              }}
              onKeyDown={(event) => {
                if (event.key === 'Enter') commit(part);
                if (event.key === 'Escape') setDrafts((current) => ({ ...current, [part]: statement[part] }));
              }}
            />
          </Grid.Col>
        ))}
      </Grid>
      <Stack gap={4}>
        <Text id={previewId} size="sm" fw={500}>{t('positioning.preview')}</Text>
        <Paper
          component="blockquote"
          aria-labelledby={previewId}
          withBorder
          radius="md"
          p="md"
          m={0}
          bg="var(--mantine-color-default-hover)"
          style={{ borderInlineStart: '4px solid var(--mantine-primary-color-filled)' }}
        >
          <Text size="md" lh={1.7} style={{ overflowWrap: 'anywhere' }} data-testid="positioning-preview">
            {segments.map((segment, index) =>
              segment.kind === 'text' ? (
                <Fragment key={index}>{segment.text}</Fragment>
              ) : (
                <Text key={index} span inherit fw={segment.blank ? undefined : 600} c={segment.blank ? 'dimmed' : undefined}>
                  {segment.text}
                </Text>
              ),
            )}
          </Text>
        </Paper>
      </Stack>
    </Stack>
  );
}
