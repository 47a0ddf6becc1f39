import { Select } from '@mantine/core';

interface EnumSelectProps<V extends string> {
  label: string;
  value: V | null;
  options: ReadonlyArray<{ value: V; label: string }>;
  onCommit: (value: V | null) => void;
  disabled?: boolean;
  /** Label of the "none" choice; without it a value is required. */
  noneLabel?: string;
  description?: string;
}

const NONE = '__none__';

/** A choice from a fixed list, saved as soon as it is picked (one undoable edit). */
export function EnumSelect<V extends string>({ label, value, options, onCommit, disabled, noneLabel, description }: EnumSelectProps<V>) {
  const data = noneLabel ? [{ value: NONE, label: noneLabel }, ...options] : [...options];
  return (
    <Select
      label={label}
      description={description}
      data={data}
      value={value ?? (noneLabel ? NONE : null)}
      allowDeselect={false}
      disabled={disabled}
      comboboxProps={{ withinPortal: true }}
      onChange={(next) => {
        const chosen = next === NONE || next === null ? null : (options.find((option) => option.value === next)?.value ?? null);
        if (chosen !== value) onCommit(chosen);
      }}
    />
  );
}
