import type { UiLanguage } from '../../../schema/primitives';
import type { Workspace } from '../../../schema/workspace';
import type { PlanContext } from '../planContext';
import { HOSTILE, sampleContext } from './planTestContext';

/**
 * Test data for the market analysis, strategy, calendar, budget and appendix writers (only
 * imported by *.test.ts): the sample with EVERY free text of strategies and campaigns replaced
 * by hostile markup, and a tiny valid PNG data URL.
 */

/** Keys whose values are ids, enums, dates or codes: the schema never lets them hold markup. */
const NOT_FREE_TEXT = new Set([
  'id', 'sourceId', 'competitorId', 'segmentId', 'strategyId', 'promotionItemId', 'breakEvenTierId', 'campaignIds',
  'type', 'kind', 'status', 'priceLevel', 'confidence', 'unit', 'sizeUnit', 'strategyType', 'currency', 'level',
  'date', 'startDate', 'endDate', 'createdAt', 'channels', 'channel',
]);

/** Every string of `value` (recursively) replaced by HOSTILE, except ids, enums and dates. */
export function hostileStrings<T>(value: T): T {
  if (typeof value === 'string') return HOSTILE as T;
  if (Array.isArray(value)) return value.map((item) => hostileStrings(item)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, NOT_FREE_TEXT.has(key) ? item : hostileStrings(item)])) as T;
  }
  return value;
}

/** The sample plan's context with hostile strategy and campaign texts (names, notes, labels …). */
export function hostileSampleContext(language: UiLanguage): PlanContext {
  const ctx = sampleContext(language);
  const workspace: Workspace = {
    ...ctx.workspace,
    strategies: ctx.workspace.strategies.map(hostileStrings),
    campaigns: ctx.workspace.campaigns.map(hostileStrings),
  };
  return { ...ctx, workspace, strategies: ctx.strategies.map(hostileStrings) };
}

/** A 1×1 PNG. */
export const PNG_DATA_URL = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/** What a reader sees: tags removed, entities decoded, whitespace collapsed. */
export const visibleText = (html: string): string => html
  .replace(/<style>[\s\S]*?<\/style>/g, '')
  .replace(/<[^>]+>/g, ' ')
  .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
  .replace(/\s+/g, ' ').trim();
