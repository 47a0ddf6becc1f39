import { useTranslation } from 'react-i18next';
import type { Strategy } from '../../../../shared/schema/strategy';

type Statement = Strategy['positioning']['statement'];
type Part = keyof Statement;
const PARTS: readonly Part[] = ['target', 'need', 'product', 'category', 'benefit', 'competitor', 'differentiator'];

/** The positioning statement as one sentence in the UI language, with a placeholder for each blank part. */
export function usePositioningStatement(statement: Statement): string {
  const { t } = useTranslation();
  const filled = Object.fromEntries(
    PARTS.map((part) => [part, statement[part].trim() || t(`strategy.positioning.blank.${part}`)]),
  ) as Record<Part, string>;
  return t('strategy.positioning.template', filled);
}
