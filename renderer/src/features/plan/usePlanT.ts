import { useTranslation } from 'react-i18next';

/** The Marketing plan area's texts live in their own i18next namespace. */
export function usePlanT() {
  return useTranslation('plan');
}
