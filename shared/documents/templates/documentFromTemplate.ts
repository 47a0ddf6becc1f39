import type { DocumentTemplate, ProductDocument } from '../../schema/document';
import { escapeHtml } from '../escapeHtml';

export interface NewDocumentOptions {
  id: string;
  /** When it is made: a Date, or an ISO date-time (an operation's `at`). */
  now: Date | string;
  title: string;
  author: string;
  product: string;
  strategyId: string | null;
}

/**
 * The body of a new document: per section a heading and an empty paragraph whose
 * data-guidance the editor shows as a placeholder prompt, so the guidance never becomes
 * document text the user has to delete.
 */
export function templateBodyHtml(template: Pick<DocumentTemplate, 'sections'>): string {
  return template.sections
    .map((section) => `<h2>${escapeHtml(section.title)}</h2><p data-guidance="${escapeHtml(section.guidance)}"></p>`)
    .join('');
}

/** A new draft made from a template (built-in or the user's own). */
export function documentFromTemplate(template: DocumentTemplate, options: NewDocumentOptions): ProductDocument {
  const stamp = typeof options.now === 'string' ? options.now : options.now.toISOString();
  return {
    id: options.id,
    kind: template.kind,
    title: options.title,
    product: options.product,
    status: 'draft',
    author: options.author,
    strategyId: options.strategyId,
    templateId: template.id,
    bodyHtml: templateBodyHtml(template),
    requirements: [],
    lastRequirementNumber: 0,
    changeRecords: [],
    versions: [],
    createdAt: stamp,
    updatedAt: stamp,
  };
}
