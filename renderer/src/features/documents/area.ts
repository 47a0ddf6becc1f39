import { IconFileText } from '@tabler/icons-react';
import { defineArea } from '../../kernel/areas/areaDescriptor';
import { documentsNamespace } from './i18n/texts';
import { DocumentsPage } from './DocumentsPage';
import { useDocumentPaletteActions } from './useDocumentPaletteActions';

declare module '../../kernel/routing/route' {
  interface AreaIds { documents: true }
}
declare module '../../kernel/i18n/resources' {
  interface AreaNamespaces { documents: typeof documentsNamespace.en }
}

/** Product documents: the list and search, the editor, versions, change records and templates. */
export const area = defineArea({
  id: 'documents',
  navKey: 'nav.documents',
  icon: IconFileText,
  page: DocumentsPage,
  resources: { en: { documents: documentsNamespace.en }, 'zh-CN': { documents: documentsNamespace['zh-CN'] } },
  usePaletteGroup: useDocumentPaletteActions,
});
