import { useTranslation } from 'react-i18next';
import type { Strategy } from '../../../../shared/schema/strategy';
import { STATEMENT_PARTS, type StatementParts } from './blocks/positioning/statementText';

/** The positioning statement as one sentence in the UI language, with a placeholder for each blank part. */
export function usePositioningStatement(statement: Strategy['positioning']['statement']): string {
  const { t } = useTranslation();
  const filled = Object.fromEntries(
    STATEMENT_PARTS.map((part) => [part, statement[part].trim() || t(`strategy.positioning.blank.${part}`)]),
  ) as StatementParts;
  return t('strategy.positioning.template', filled);
}
