import { useOpenSession } from '../../app/workspace/WorkspaceContext';
import { DocumentEditorPage } from './editor/DocumentEditorPage';
import { DocumentList } from './list/DocumentList';
import { TemplateLibrary } from './templates/TemplateLibrary';

/** The section of the route names what is shown: a document id, "templates", or nothing (the list). */
export const TEMPLATES_SECTION = 'templates';
/** "#/documents/new": the list with the new-document dialog open (from the palette). */
export const NEW_SECTION = 'new';

/** The Documents area: the list with search, one document's editor, or the template library. */
export function DocumentsPage({ section }: { section: string | null }) {
  const session = useOpenSession();
  if (!session) return null;
  if (section === TEMPLATES_SECTION) return <TemplateLibrary />;
  if (section === NEW_SECTION) return <DocumentList key={NEW_SECTION} startCreating />;
  if (section) return <DocumentEditorPage key={section} documentId={section} />;
  return <DocumentList />;
}
