import { Textarea, TextInput } from '@mantine/core';
import { useState, type KeyboardEvent } from 'react';
import { useT } from '../../i18n/typedT';
import type { z } from 'zod';
import { currentLanguage } from '../../i18n/i18n';
import { fieldIssue } from './fieldIssue';

interface ValidatedTextFieldProps {
  label: string;
  /** The value in the workspace now. */
  value: string;
  /** The shared schema for this field (e.g. companyProfile.shape.name): the same rule the service applies. */
  schema: z.ZodType;
  onCommit: (value: string) => void;
  disabled?: boolean;
  multiline?: boolean;
  /** Help under the field; null shows none (dense editors), undefined the default save hint. */
  description?: string | null;
  placeholder?: string;
  maxLength?: number;
  minRows?: number;
  /** No visible label (the row around the field says what it is); the label stays the accessible name. */
  hideLabel?: boolean;
}

/**
 * A text field that edits the workspace. Typing changes a local draft only, checked as you type;
 * the draft is committed (one undoable edit) on blur or Enter, and only when valid. An invalid
 * draft stays in the field with the reason under it, so nothing typed is lost.
 */
export function ValidatedTextField({ label, value, schema, onCommit, disabled, multiline, description, placeholder, maxLength, minRows = 3, hideLabel }: ValidatedTextFieldProps) {
  const { t } = useT('app');
  const [draft, setDraft] = useState(value);
  const [editing, setEditing] = useState(false);
  const [lastValue, setLastValue] = useState(value);

  // The workspace value changed underneath (undo, another file): follow it unless the user is typing.
  if (value !== lastValue) {
    setLastValue(value);
    if (!editing) setDraft(value);
  }

  const error = fieldIssue(schema, draft, currentLanguage(), { currencyCode: t('validation.currencyCode'), idFormat: t('validation.idFormat') });

  const commit = () => {
    if (error === null && draft !== value) onCommit(draft);
  };

  const common = {
    label: hideLabel ? undefined : label,
    'aria-label': hideLabel ? label : undefined,
    value: draft,
    disabled,
    error,
    description: description === null ? undefined : description ?? (multiline ? t('fields.hintBlur') : t('fields.hintEnter')),
    placeholder,
    maxLength,
    onChange: (event: { currentTarget: { value: string } }) => setDraft(event.currentTarget.value),
    onFocus: () => setEditing(true),
    onBlur: () => {
      setEditing(false);
      commit();
    },
  };

  if (multiline) return <Textarea {...common} autosize minRows={minRows} maxRows={10} />;
  return (
    <TextInput
      {...common}
      onKeyDown={(event: KeyboardEvent<HTMLInputElement>) => {
        if (event.key === 'Enter') commit();
        if (event.key === 'Escape') setDraft(value);
      }}
    />
  );
}
