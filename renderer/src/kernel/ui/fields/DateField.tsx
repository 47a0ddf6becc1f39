import { DateInput } from '@mantine/dates';
import { useT } from '../../i18n/typedT';
import { isRealCalendarDate } from '../../../../../shared/schema/primitives';

interface DateFieldProps {
  label: string;
  /** "YYYY-MM-DD" or null. */
  value: string | null;
  onCommit: (value: string | null) => void;
  disabled?: boolean;
}

/**
 * A calendar date picked from Mantine's calendar in the UI language (Monday first in 中文),
 * or typed as YYYY-MM-DD. Only a real date (or clearing the field) is committed.
 */
export function DateField({ label, value, onCommit, disabled }: DateFieldProps) {
  const { t } = useT('app');
  return (
    <DateInput
      label={label}
      value={value}
      disabled={disabled}
      clearable
      valueFormat="YYYY-MM-DD"
      placeholder="YYYY-MM-DD"
      dateParser={(input) => {
        const text = input.trim().normalize('NFKC').replace(/[./年月]/g, '-').replace(/日$/, '');
        const [y, m, d] = text.split('-');
        const iso = y && m && d ? `${y.padStart(4, '0')}-${m.padStart(2, '0')}-${d.padStart(2, '0')}` : text;
        return isRealCalendarDate(iso) ? iso : null;
      }}
      clearButtonProps={{ 'aria-label': t('fields.clearDate') }}
      onChange={(next) => {
        const iso = typeof next === 'string' ? next.slice(0, 10) : null;
        if (iso !== value && (iso === null || isRealCalendarDate(iso))) onCommit(iso);
      }}
    />
  );
}
