import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface InlineNameFieldProps {
  /** The accessible name (the field has no visible label: it sits in a row that says what it is). */
  label: string;
  value: string;
  onCommit: (value: string) => void;
  disabled?: boolean;
  testId?: string;
}

/**
 * A required short name edited in place (a participant, an agenda step). Like ValidatedTextField:
 * typing changes a draft; Enter or leaving the field commits it as one undoable edit, unless it is
 * blank; Escape puts the saved name back.
 */
export function InlineNameField({ label, value, onCommit, disabled, testId }: InlineNameFieldProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  const [editing, setEditing] = useState(false);
  const [lastValue, setLastValue] = useState(value);

  // Undo or another edit changed the name underneath: follow it unless the user is typing.
  if (value !== lastValue) {
    setLastValue(value);
    if (!editing) setDraft(value);
  }

  const blank = draft.trim().length === 0;
  const commit = () => {
    if (!blank && draft !== value) onCommit(draft);
  };

  return (
    <TextInput
      aria-label={label}
      value={draft}
      disabled={disabled}
      maxLength={200}
      error={blank ? t('fields.required') : undefined}
      data-testid={testId}
      style={{ flex: 1, minWidth: 120 }}
      onChange={(event) => setDraft(event.currentTarget.value)}
      onFocus={() => setEditing(true)}
      onBlur={() => {
        setEditing(false);
        commit();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
        if (event.key === 'Escape') setDraft(value);
      }}
    />
  );
}
