import { useTranslation } from 'react-i18next';
import { confidence as confidenceSchema } from '../../../../../shared/schema/primitives';
import { EnumSelect } from './EnumSelect';

type Confidence = (typeof confidenceSchema.options)[number];

/** How much the team trusts a source or finding. */
export function ConfidenceSelect({ value, onCommit, disabled }: { value: Confidence; onCommit: (value: Confidence) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  return (
    <EnumSelect
      label={t('strategy.confidence.label')}
      value={value}
      options={confidenceSchema.options.map((level) => ({ value: level, label: t(`strategy.confidence.${level}`) }))}
      disabled={disabled}
      onCommit={(next) => { if (next) onCommit(next); }}
    />
  );
}
