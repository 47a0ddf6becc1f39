import { templateParts } from '../../i18n/text';
import type { UiLanguage } from '../../schema/primitives';
import { exportWords, type ExportWords } from './exportModel';

/**
 * SHIM, for the renderer only (features/documents/export/useDocumentExport.ts reads
 * `pageNumberParts`): the export words now live in shared/i18n/documents.* and the writers read
 * them through `exportWords`. Remove this file once the renderer reads `documents:exported.pageNumber`.
 */
export type ExportLabels = ExportWords & { pageNumberParts: readonly [string, string, string] };

export function exportLabels(language: UiLanguage): ExportLabels {
  const words = exportWords(language);
  const [before = '', between = '', after = ''] = templateParts(words.pageNumber, ['page', 'total']);
  return { ...words, pageNumberParts: [before, between, after] };
}
