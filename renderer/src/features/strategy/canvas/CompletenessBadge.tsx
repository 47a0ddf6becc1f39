import { Badge } from '@mantine/core';
import { useT } from '../../../kernel/i18n/typedT';

/** A block's or step's completeness: green when done, otherwise how far along. */
export function CompletenessBadge({ percent, size = 'md' }: { percent: number; size?: 'sm' | 'md' }) {
  const { t } = useT('strategy');
  const color = percent >= 100 ? 'teal' : percent >= 50 ? 'indigo' : 'gray';
  return (
    <Badge size={size} variant={percent >= 100 ? 'filled' : 'light'} color={color} aria-label={t('complete', { percent })}>
      {t('completeShort', { percent })}
    </Badge>
  );
}
