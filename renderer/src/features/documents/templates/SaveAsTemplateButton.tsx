import { Button } from '@mantine/core';
import { IconTemplate } from '@tabler/icons-react';
import { useState } from 'react';
import { templateFromDocument } from '../../../../../shared/documents/templates/templateFromDocument';
import { newId } from '../../../../../shared/ids';
import type { DocumentTemplate, ProductDocument } from '../../../../../shared/schema/document';
import { currentLanguage } from '../../../kernel/i18n/i18n';
import { htmlToRichDoc } from '../../../kernel/richText/htmlToRich';
import { useT } from '../../../kernel/i18n/typedT';
import { TemplateEditorModal } from './TemplateEditorModal';

/**
 * "Save as template": the document's section headings become the template's sections, shown in
 * the template editor to adjust before saving. A document without headings opens the editor
 * empty with the reason it cannot be saved yet.
 */
export function SaveAsTemplateButton({ doc, disabled }: { doc: ProductDocument; disabled: boolean }) {
  const { t } = useT('documents');
  const [draft, setDraft] = useState<DocumentTemplate | null>(null);

  const open = () => {
    const language = currentLanguage();
    const id = newId('tpl');
    const result = templateFromDocument(htmlToRichDoc(doc.bodyHtml), { id, name: doc.title, kind: doc.kind, language });
    setDraft(result.ok ? result.template : { id, name: doc.title, kind: doc.kind, language, builtIn: false, sections: [] });
  };

  return (
    <>
      <Button variant="default" leftSection={<IconTemplate size={16} aria-hidden />} disabled={disabled} onClick={open}>{t('templatesPage.saveAsTemplate')}</Button>
      <TemplateEditorModal template={draft} onClose={() => setDraft(null)} />
    </>
  );
}
