import { IconFileText } from '@tabler/icons-react';
import { defineArea } from '../../kernel/areas/areaDescriptor';
import { DocumentsPage } from './DocumentsPage';
import { documentsEn } from './i18n/documentsEn';
import { documentsZh } from './i18n/documentsZh';
import { useDocumentPaletteActions } from './useDocumentPaletteActions';

declare module '../../kernel/routing/route' {
  interface AreaIds { documents: true }
}
declare module '../../kernel/i18n/resources' {
  interface AreaNamespaces { documents: typeof documentsEn }
}

/** Product documents: the list and search, the editor, versions, change records and templates. */
export const area = defineArea({
  id: 'documents',
  navKey: 'nav.documents',
  icon: IconFileText,
  page: DocumentsPage,
  resources: { en: { documents: documentsEn }, 'zh-CN': { documents: documentsZh } },
  usePaletteGroup: useDocumentPaletteActions,
});
