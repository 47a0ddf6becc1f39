import { useT } from '../../../kernel/i18n/typedT';
import { confidence as confidenceSchema } from '../../../../../shared/schema/primitives';
import { EnumSelect } from './EnumSelect';

type Confidence = (typeof confidenceSchema.options)[number];

/** How much the team trusts a source or finding. */
export function ConfidenceSelect({ value, onCommit, disabled }: { value: Confidence; onCommit: (value: Confidence) => void; disabled?: boolean }) {
  const { t } = useT('strategy');
  return (
    <EnumSelect
      label={t('confidence.label')}
      value={value}
      options={confidenceSchema.options.map((level) => ({ value: level, label: t(`confidence.${level}`) }))}
      disabled={disabled}
      onCommit={(next) => { if (next) onCommit(next); }}
    />
  );
}
