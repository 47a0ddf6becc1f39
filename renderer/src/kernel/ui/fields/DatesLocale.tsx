import { DatesProvider } from '@mantine/dates';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/typedT';
import 'dayjs/locale/zh-cn';

/** Date pickers follow the UI language: Chinese month names and a Monday week start in 中文. */
export function DatesLocale({ children }: { children: ReactNode }) {
  const { language } = useT('app');
  const chinese = language === 'zh-CN';
  return (
    <DatesProvider settings={{ locale: chinese ? 'zh-cn' : 'en', firstDayOfWeek: chinese ? 1 : 0 }}>
      {children}
    </DatesProvider>
  );
}
