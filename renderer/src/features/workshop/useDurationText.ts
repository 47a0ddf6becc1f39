import { useCallback } from 'react';
import { splitMinutes } from './duration';
import { useT } from '../../kernel/i18n/typedT';

/** "45 min", "2 h", "2 h 50 min" (or 中文) for a number of minutes. */
export function useDurationText(): (minutes: number) => string {
  const { t } = useT('workshop');
  return useCallback((total: number) => {
    const { hours, minutes } = splitMinutes(total);
    if (hours === 0) return t('duration.minutes', { minutes });
    if (minutes === 0) return t('duration.hours', { hours });
    return t('duration.hoursMinutes', { hours, minutes });
  }, [t]);
}
