import { useMemo } from 'react';
import type { DocumentTemplate } from '../../../../../shared/schema/document';
import { BUILT_IN_TEMPLATES, builtInTemplateFor } from '../../../../../shared/documents/templates/builtInTemplates';
import { currentLanguage } from '../../../kernel/i18n/i18n';
import { useOpenSession } from '../../../kernel/workspace/WorkspaceContext';

/** Built-in templates in the UI language, then the workspace's own templates. */
export function useTemplateChoices(): { builtIn: DocumentTemplate[]; own: DocumentTemplate[] } {
  const session = useOpenSession();
  const language = currentLanguage();
  const own = session?.workspace.templates;
  return useMemo(() => ({
    builtIn: BUILT_IN_TEMPLATES.map((template) => builtInTemplateFor(template, language)),
    own: own ?? [],
  }), [own, language]);
}
