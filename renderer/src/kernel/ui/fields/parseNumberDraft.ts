/**
 * Turns what a person typed into a number field into a number, or says exactly why not.
 * Lenient about how numbers are written (full-width digits from a Chinese IME, thousands
 * separators, a currency sign or "%" typed out of habit), strict about what they mean.
 */
export interface NumberRules {
  /** An empty field means "not known yet" (null) instead of an error. */
  nullable: boolean;
  min?: number;
  max?: number;
  integer?: boolean;
}

export type NumberProblem =
  | { reason: 'required' }
  | { reason: 'not-a-number' }
  | { reason: 'not-integer' }
  | { reason: 'negative' }
  | { reason: 'below-min'; min: number }
  | { reason: 'above-max'; max: number }
  | { reason: 'out-of-range'; min: number; max: number };

export type NumberDraftResult = { ok: true; value: number | null } | ({ ok: false } & NumberProblem);

const PLAIN_NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;
const GROUPED_NUMBER = /^[-+]?\d{1,3}(,\d{3})+(\.\d*)?$/;

export function normalizeNumberText(draft: string): string {
  // NFKC folds full-width digits and signs (１２３．５) into ASCII.
  let text = draft.normalize('NFKC').replace(/[\s\u00a0']/g, '');
  text = text.replace(/^[¥$€£]|^(CNY|RMB|USD|EUR)/i, '').replace(/(元|%)$/, '');
  if (GROUPED_NUMBER.test(text)) text = text.replace(/,/g, '');
  return text;
}

export function parseNumberDraft(draft: string, rules: NumberRules): NumberDraftResult {
  const text = normalizeNumberText(draft);
  if (text === '') return rules.nullable ? { ok: true, value: null } : { ok: false, reason: 'required' };
  if (!PLAIN_NUMBER.test(text)) return { ok: false, reason: 'not-a-number' };
  const value = Number(text);
  if (!Number.isFinite(value)) return { ok: false, reason: 'not-a-number' };
  if (rules.integer && !Number.isInteger(value)) return { ok: false, reason: 'not-integer' };
  const { min, max } = rules;
  if (min !== undefined && max !== undefined && (value < min || value > max)) return { ok: false, reason: 'out-of-range', min, max };
  if (min === 0 && value < 0) return { ok: false, reason: 'negative' };
  if (min !== undefined && value < min) return { ok: false, reason: 'below-min', min };
  if (max !== undefined && value > max) return { ok: false, reason: 'above-max', max };
  return { ok: true, value };
}
