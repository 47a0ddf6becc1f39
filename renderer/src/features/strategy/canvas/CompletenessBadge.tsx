import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A block's or step's completeness: green when done, otherwise how far along. */
export function CompletenessBadge({ percent, size = 'md' }: { percent: number; size?: 'sm' | 'md' }) {
  const { t } = useTranslation();
  const color = percent >= 100 ? 'teal' : percent >= 50 ? 'indigo' : 'gray';
  return (
    <Badge size={size} variant={percent >= 100 ? 'filled' : 'light'} color={color} aria-label={t('strategy.complete', { percent })}>
      {t('strategy.completeShort', { percent })}
    </Badge>
  );
}
