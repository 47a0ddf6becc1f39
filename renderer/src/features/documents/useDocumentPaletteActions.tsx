import type { SpotlightActionData } from '@mantine/spotlight';
import { IconFileText } from '@tabler/icons-react';
import { useMemo } from 'react';
import { searchDocuments } from '../../../../shared/documents/search';
import { navigate } from '../../kernel/routing/useHashRoute';
import { useOpenSession } from '../../kernel/workspace/WorkspaceContext';
import { NEW_SECTION, TEMPLATES_SECTION } from './sections';
import { useT } from '../../kernel/i18n/typedT';
import { tFor } from '../../kernel/i18n/typedT';

/**
 * The Documents part of the Ctrl/Cmd+K palette: new document, templates, every document by
 * title, and, while the user types, full-text hits inside bodies, requirements and change
 * records (each with the matching snippet).
 */
export function useDocumentPaletteActions(query: string): { group: string; actions: SpotlightActionData[] } {
  const { t } = useT('documents');
  const session = useOpenSession();
  const documents = session?.workspace.documents;
  return useMemo(() => {
    const fixed = (key: 'palette.new' | 'palette.templates') => [tFor('documents', 'en')(key), tFor('documents', 'zh-CN')(key)];
    const actions: SpotlightActionData[] = [
      { id: 'document-new', label: t('palette.new'), keywords: fixed('palette.new'), onClick: () => navigate('documents', NEW_SECTION) },
      { id: 'document-templates', label: t('palette.templates'), keywords: fixed('palette.templates'), onClick: () => navigate('documents', TEMPLATES_SECTION) },
      ...(documents ?? []).map((doc) => ({
        id: `document-${doc.id}`,
        label: t('palette.open', { title: doc.title }),
        keywords: [doc.product, doc.author, 'document', '文档'],
        leftSection: <IconFileText size={18} aria-hidden />,
        onClick: () => navigate('documents', doc.id),
      })),
    ];
    const trimmed = query.trim();
    if (trimmed.length >= 2 && documents) {
      for (const hit of searchDocuments(documents, trimmed, 20)) {
        if (hit.field === 'title') continue;
        actions.push({
          id: `document-hit-${hit.documentId}-${hit.field}-${hit.itemId ?? ''}-${hit.match.start}`,
          label: hit.title,
          description: `${t(`list.hitIn.${hit.field}`)}: ${hit.snippet}`,
          // The hit already matched in the text; this keeps Spotlight's own filter from hiding it.
          keywords: [trimmed],
          leftSection: <IconFileText size={18} aria-hidden />,
          onClick: () => navigate('documents', hit.documentId),
        });
      }
    }
    return { group: t('palette.group'), actions };
  }, [documents, query, t]);
}
