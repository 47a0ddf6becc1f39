import type { z } from 'zod';
import type { UiLanguage } from '../../../../../shared/schema/primitives';
import { summarizeIssues } from '../../../../../shared/validation/issues';

/** Texts for the custom messages our schemas use, where the generic wording would be vague. */
export interface CustomIssueTexts {
  currencyCode: string;
  idFormat: string;
}

/**
 * The first problem with a field's value, as a sentence in the UI language, or null when valid.
 * Uses the same schema the service validates with, so the form never accepts what the file refuses.
 */
export function fieldIssue(schema: z.ZodType, value: unknown, language: UiLanguage, custom: CustomIssueTexts): string | null {
  const result = schema.safeParse(value);
  if (result.success) return null;
  const issue = result.error.issues[0];
  if (!issue) return null;
  if (issue.message === 'currency-code') return custom.currencyCode;
  if (issue.message === 'id-format') return custom.idFormat;
  const [summary] = summarizeIssues([issue]);
  if (!summary) return null;
  const text = language === 'zh-CN' ? summary.zh : summary.en;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
