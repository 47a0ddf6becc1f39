import { commonTexts, strategyTexts, type CommonText, type StrategyText } from '../../i18n/texts';
import type { UiLanguage } from '../../schema/primitives';
import type { Strategy } from '../../schema/strategy';
import { formatMoney, formatNumber, formatPercent, pickCurrency } from './numberFormat';

export interface StrategyBlockOptions {
  language: UiLanguage;
  /** The workspace currency; used only when the strategy's own code is not usable. */
  currency: string;
}

/** What every content builder needs: words and number formats in the document's language. */
export interface BlockContext {
  language: UiLanguage;
  /** shared/i18n/strategy.* `blockContent`. */
  labels: StrategyText['blockContent'];
  /** Colon, the not-set dash and the other words every area shares. */
  common: CommonText;
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
    labels: strategyTexts[options.language].blockContent,
    common: commonTexts[options.language],
    money: (value) => formatMoney(value, currency, options.language),
    number: (value) => formatNumber(value, options.language),
    percent: (value) => formatPercent(value, options.language),
  };
}
