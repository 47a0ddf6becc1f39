import type { UiLanguage } from '../../schema/primitives';
import type { Strategy } from '../../schema/strategy';
import { strategyBlockLabels, type StrategyBlockLabels } from './labels';
import { formatMoney, formatNumber, formatPercent, pickCurrency } from './numberFormat';

export interface StrategyBlockOptions {
  language: UiLanguage;
  /** The workspace currency; used only when the strategy's own code is not usable. */
  currency: string;
}

/** What every content builder needs: words and number formats in the document's language. */
export interface BlockContext {
  language: UiLanguage;
  labels: StrategyBlockLabels;
  money: (value: number) => string;
  number: (value: number) => string;
  percent: (value: number) => string;
}

/**
 * Amounts in a strategy are in the strategy's currency (schema: "in the strategy's
 * currency"), so that code wins; the workspace currency is the fallback for a code Intl
 * does not know.
 */
export function blockContext(strategy: Strategy, options: StrategyBlockOptions): BlockContext {
  const currency = pickCurrency(strategy.currency, pickCurrency(options.currency, 'USD'));
  return {
    language: options.language,
    labels: strategyBlockLabels(options.language),
    money: (value) => formatMoney(value, currency, options.language),
    number: (value) => formatNumber(value, options.language),
    percent: (value) => formatPercent(value, options.language),
  };
}
