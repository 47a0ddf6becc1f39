import { useTranslation } from 'react-i18next';

/** The Documents area's texts live in their own i18next namespace. */
export function useDocumentsT() {
  return useTranslation('documents');
}
