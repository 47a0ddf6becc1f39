import { fill } from '../../i18n/text';
import { commonTexts, planTexts, workshopTexts } from '../../i18n/texts';
import type { UiLanguage } from '../../schema/primitives';

/**
 * What the workshop summary writer reads: the workshop namespace's `print` words, the plan's page
 * footer (shared/i18n/plan.*) and common's colon, list separator and not-set dash.
 */
export function workshopWords(language: UiLanguage) {
  const { colon, listSeparator, none } = commonTexts[language];
  return { ...workshopTexts[language].print, footerTemplate: planTexts[language].print.footerTemplate, colon, listSeparator, none };
}

export type WorkshopWords = ReturnType<typeof workshopWords>;

/** A duration in minutes and seconds without zero parts: "22 min 40 s", "45 s", "20 min" / "22 分 40 秒". */
export function durationWords(words: Pick<WorkshopWords, 'minutes' | 'seconds' | 'minutesSeconds'>, minutes: number, seconds: number): string {
  if (seconds === 0) return fill(words.minutes, { minutes });
  return minutes === 0 ? fill(words.seconds, { seconds }) : fill(words.minutesSeconds, { minutes, seconds });
}
