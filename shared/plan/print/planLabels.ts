import { commonTexts, planTexts } from '../../i18n/texts';
import type { UiLanguage } from '../../schema/primitives';

/**
 * SHIM, for the renderer only (features/plan/makePlanPdf.ts reads `footerTemplate`): the plan's
 * printed words now live in shared/i18n/plan.* (`print`) and common.*, and the print writers read
 * them there. Remove this file once the renderer reads `plan:print.footerTemplate`.
 */
export function planLabels(language: UiLanguage) {
  const { colon, listSeparator, none, months, quarters } = commonTexts[language];
  const { notYetWritten, footerTemplate, words } = planTexts[language].print;
  return { notYetWritten, footerTemplate, colon, listSeparator, none, months, quarters, ...words };
}

export type PlanLabels = ReturnType<typeof planLabels>;
