import { useTranslation } from 'react-i18next';

/** The workshop area's texts (list, setup, record) live in their own i18next namespace. */
export function useWorkshopT() {
  return useTranslation('workshop');
}
