import { fill } from '../../i18n/text';
import type { UiLanguage } from '../../schema/primitives';
import { durationWords, workshopWords, type WorkshopWords } from './workshopWords';

/**
 * SHIM, for the renderer (features/workshop/record/useWorkshopSummaryPdf.ts reads `export.*` as
 * functions) and workshopSummaryHtml.test.ts: the workshop summary's words now live in
 * shared/i18n/workshop.* (`print`) and the writer reads them through workshopWords. Remove this
 * file once the renderer fills `workshop:print.export.*` itself.
 */
export type WorkshopPrintLabels = Omit<WorkshopWords, 'overrun' | 'minutes' | 'seconds' | 'minutesSeconds' | 'export'> & {
  overrun: (duration: string) => string;
  minutes: (n: number) => string;
  duration: (minutes: number, seconds: number) => string;
  export: {
    notFound: string;
    saved: (path: string) => string;
    downloaded: (file: string) => string;
    cancelled: string;
    failed: (message: string) => string;
    unsupported: (message: string) => string;
  };
};

export function workshopLabels(language: UiLanguage): WorkshopPrintLabels {
  const words = workshopWords(language);
  const { overrun, minutes, seconds: _seconds, minutesSeconds: _minutesSeconds, export: exported, ...rest } = words;
  return {
    ...rest,
    overrun: (duration) => fill(overrun, { duration }),
    minutes: (n) => fill(minutes, { minutes: n }),
    duration: (m, s) => durationWords(words, m, s),
    export: {
      notFound: exported.notFound,
      saved: (path) => fill(exported.saved, { path }),
      downloaded: (file) => fill(exported.downloaded, { file }),
      cancelled: exported.cancelled,
      failed: (message) => fill(exported.failed, { message }),
      unsupported: (message) => fill(exported.unsupported, { message }),
    },
  };
}
