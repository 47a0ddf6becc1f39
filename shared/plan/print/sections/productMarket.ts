import { fill } from '../../../i18n/text';
import { planTexts } from '../../../i18n/texts';
import type { UiLanguage } from '../../../schema/primitives';
import type { Strategy } from '../../../schema/strategy';

/** The line under a strategy's name in the market analysis and strategy sections: "Product: X · Market: Y", blanks left out. */
export function productMarketLine(strategy: Pick<Strategy, 'product' | 'market'>, language: UiLanguage): string {
  const words = planTexts[language].print.words;
  const product = strategy.product.trim();
  const market = strategy.market.trim();
  return [product && fill(words.product, { product }), market && fill(words.market, { market })].filter(Boolean).join(' · ');
}
