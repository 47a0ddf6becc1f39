import { TextInput } from '@mantine/core';
import type { TFn } from '../../i18n/typedT';
import { useState, type ReactNode } from 'react';
import { useT } from '../../i18n/typedT';
import { currentLanguage } from '../../i18n/i18n';
import { parseNumberDraft, type NumberDraftResult, type NumberRules } from './parseNumberDraft';

interface NumberFieldProps extends NumberRules {
  label: string;
  value: number | null;
  onCommit: (value: number | null) => void;
  disabled?: boolean;
  /** Unit shown inside the field: "%", a currency code, "1–10"… */
  unit?: ReactNode;
  description?: string;
  placeholder?: string;
  w?: number | string;
  /** In a table whose column headings name the field: the label is for screen readers only. */
  hideLabel?: boolean;
}

function display(value: number | null): string {
  if (value === null) return '';
  return new Intl.NumberFormat(currentLanguage(), { maximumFractionDigits: 10, useGrouping: true }).format(value);
}

/**
 * A number that edits the workspace. The typed text is a draft, checked as you type and
 * committed (one undoable edit) on Enter or leaving the field, only when it is valid. An invalid
 * draft stays visible with a specific reason, so nothing typed is lost and nothing wrong is saved.
 */
export function NumberField({ label, value, onCommit, disabled, unit, description, placeholder, w, hideLabel, ...rules }: NumberFieldProps) {
  const { t } = useT('app');
  const [draft, setDraft] = useState(() => display(value));
  const [editing, setEditing] = useState(false);
  const [lastValue, setLastValue] = useState(value);

  // The workspace value changed underneath (undo, another strategy): follow it unless typing.
  if (value !== lastValue) {
    setLastValue(value);
    if (!editing) setDraft(display(value));
  }

  const result = parseNumberDraft(draft, rules);
  const error = result.ok ? null : problemText(result, t);

  const commit = () => {
    if (result.ok && result.value !== value) onCommit(result.value);
    else if (result.ok) setDraft(display(value)); // same number typed differently: show it tidy
  };

  return (
    <TextInput
      label={hideLabel ? undefined : label}
      aria-label={hideLabel ? label : undefined}
      value={draft}
      disabled={disabled}
      error={error}
      description={description}
      placeholder={placeholder}
      inputMode="decimal"
      w={w}
      rightSection={unit}
      rightSectionWidth={unit ? 48 : undefined}
      onChange={(event) => setDraft(event.currentTarget.value)}
      onFocus={() => setEditing(true)}
      onBlur={() => {
        setEditing(false);
        commit();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
        if (event.key === 'Escape') setDraft(display(value));
      }}
    />
  );
}

function problemText(problem: Extract<NumberDraftResult, { ok: false }>, t: TFn<'app'>): string {
  switch (problem.reason) {
    case 'required': return t('fields.required');
    case 'not-a-number': return t('fields.notANumber');
    case 'not-integer': return t('fields.notInteger');
    case 'negative': return t('fields.negative');
    case 'below-min': return t('fields.belowMin', { min: problem.min });
    case 'above-max': return t('fields.aboveMax', { max: problem.max });
    case 'out-of-range': return t('fields.outOfRange', { min: problem.min, max: problem.max });
  }
}
