import { useOpenSession } from '../../kernel/workspace/WorkspaceContext';
import { DocumentEditorPage } from './editor/DocumentEditorPage';
import { DocumentList } from './list/DocumentList';
import { NEW_SECTION, TEMPLATES_SECTION } from './sections';
import { TemplateLibrary } from './templates/TemplateLibrary';

/** The Documents area: the list with search, one document's editor, or the template library. */
export function DocumentsPage({ section }: { section: string | null }) {
  const session = useOpenSession();
  if (!session) return null;
  if (section === TEMPLATES_SECTION) return <TemplateLibrary />;
  if (section === NEW_SECTION) return <DocumentList key={NEW_SECTION} startCreating />;
  if (section) return <DocumentEditorPage key={section} documentId={section} />;
  return <DocumentList />;
}
