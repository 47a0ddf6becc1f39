import { useMemo } from 'react';
import { useT } from '../../../kernel/i18n/typedT';
import { formatMoney, formatNumber } from '../../../kernel/i18n/format';
import { currentLanguage } from '../../../kernel/i18n/i18n';

/** Money in the strategy's currency and plain numbers, both in the UI language. */
export function useCanvasFormat(currency: string) {
  const { language: uiLanguage } = useT('app');
  return useMemo(() => {
    void uiLanguage; // recompute when the language changes
    const language = currentLanguage();
    return {
      money: (amount: number) => formatMoney(amount, currency, language),
      price: (amount: number) => formatMoney(amount, currency, language, 2),
      number: (value: number, digits = 1) => formatNumber(value, language, digits),
    };
  }, [currency, uiLanguage]);
}
