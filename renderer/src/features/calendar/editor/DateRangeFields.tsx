import { Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../../kernel/i18n/typedT';
import { DateField } from '../../../kernel/ui/fields/DateField';

interface DateRangeFieldsProps {
  startLabel: string;
  endLabel: string;
  start: string;
  end: string;
  onCommit: (start: string, end: string) => void;
  disabled?: boolean;
  /** A new draft takes an end before the start too, so its Create button can refuse it by name. */
  allowEndBeforeStart?: boolean;
}

/**
 * A start and an end date saved together. A cleared date or an end before the start stays in the
 * fields with its reason under them and nothing is saved, until both dates make sense.
 */
export function DateRangeFields({ startLabel, endLabel, start, end, onCommit, disabled, allowEndBeforeStart }: DateRangeFieldsProps) {
  const { t } = useT('app');
  const { t: tCalendar } = useT('calendar');
  const [draft, setDraft] = useState<{ start: string | null; end: string | null }>({ start, end });
  const [stored, setStored] = useState({ start, end });

  // The stored dates changed underneath (drag on the calendar, undo): follow them.
  if (stored.start !== start || stored.end !== end) {
    setStored({ start, end });
    setDraft({ start, end });
  }

  const problem = draft.start === null || draft.end === null
    ? t('fields.required')
    : draft.end < draft.start ? tCalendar('editor.endBeforeStart') : null;

  const update = (next: { start: string | null; end: string | null }) => {
    setDraft(next);
    if (next.start !== null && next.end !== null && (next.end >= next.start || allowEndBeforeStart) && (next.start !== start || next.end !== end)) {
      onCommit(next.start, next.end);
    }
  };

  return (
    <div>
      <Group grow align="flex-start">
        <DateField label={startLabel} value={draft.start} disabled={disabled} onCommit={(value) => update({ ...draft, start: value })} />
        <DateField label={endLabel} value={draft.end} disabled={disabled} onCommit={(value) => update({ ...draft, end: value })} />
      </Group>
      {problem && <Text size="sm" c="red" mt={4} role="alert">{problem}</Text>}
    </div>
  );
}
