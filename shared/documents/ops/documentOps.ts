import { z } from 'zod';
import { OperationRefused, defineOperation } from '../../ops/defineOperation';
import { documentKind, documentStatus, productDocument, type DocumentStatus, type DocumentTemplate } from '../../schema/document';
import { id, requiredName, richText, shortText, uiLanguage } from '../../schema/primitives';
import type { Workspace } from '../../schema/workspace';
import { canMoveTo } from '../changeControl';
import { builtInTemplateFor, findBuiltInTemplate } from '../templates/builtInTemplates';
import { documentFromTemplate } from '../templates/documentFromTemplate';
import { DOCUMENT, TEMPLATE, assignChanged, gone, indexById, plain, requireDocument, requireNewId, requireUnlocked, stamp } from './common';

/** A document as a whole: made from a template, its cover fields, its body, its workflow status. */

const STATUS_NAMES: Record<DocumentStatus, { en: string; zh: string }> = {
  draft: { en: 'Draft', zh: '草稿' },
  'in-review': { en: 'In review', zh: '审阅中' },
  approved: { en: 'Approved', zh: '已审批' },
  'handed-off': { en: 'Handed off', zh: '已移交' },
};

/** A template of the workspace by id, else a built-in one in the given language; a conflict when neither exists. */
function findTemplate(workspace: Workspace, templateId: string, language: 'en' | 'zh-CN'): DocumentTemplate {
  const own = plain(workspace.templates);
  const index = indexById(own, templateId);
  if (index >= 0) return own[index]!;
  const builtIn = findBuiltInTemplate(templateId);
  if (builtIn) return builtInTemplateFor(builtIn, language);
  throw gone(TEMPLATE);
}

const shape = productDocument.shape;

/** The cover fields the editor page edits one at a time. */
export const documentFields = z.object({
  title: shape.title.optional(),
  product: shape.product.optional(),
  author: shape.author.optional(),
  kind: documentKind.optional(),
  strategyId: id.nullable().optional(),
}).strict();

export const documentOps = {
  /**
   * A new draft from a template (the workspace's own, or a built-in one in `language`): its
   * sections become headings with the guidance as prompts. The id comes from the caller.
   */
  'document.create': defineOperation('document.create', z.object({
    documentId: id,
    templateId: id,
    language: uiLanguage,
    title: requiredName,
    product: shortText,
    author: shortText,
    strategyId: id.nullable(),
  }).strict(), (draft, args, context) => {
    requireNewId(draft.documents, args.documentId, DOCUMENT);
    const template = findTemplate(draft as Workspace, args.templateId, args.language);
    if (args.strategyId !== null && indexById(draft.strategies, args.strategyId) < 0) throw gone({ en: 'strategy', zh: '策略' });
    draft.documents.push(documentFromTemplate(template, {
      id: args.documentId, now: context.at, title: args.title, product: args.product, author: args.author, strategyId: args.strategyId,
    }));
  }),

  /** Any of the cover fields (title, product, author, type, linked strategy); the others stay. */
  'document.update': defineOperation('document.update', z.object({ documentId: id, fields: documentFields }).strict(), (draft, { documentId, fields }, context) => {
    const doc = requireDocument(draft, documentId);
    if (fields.strategyId !== undefined && fields.strategyId !== null && fields.strategyId !== doc.strategyId && indexById(draft.strategies, fields.strategyId) < 0) {
      throw gone({ en: 'strategy', zh: '策略' });
    }
    assignChanged(doc, fields);
    stamp(doc, context);
  }),

  /** The body typed in the editor, committed after a pause. Refused while the document is locked. */
  'document.body.set': defineOperation('document.body.set', z.object({ documentId: id, html: richText }).strict(), (draft, { documentId, html }, context) => {
    const doc = requireDocument(draft, documentId);
    if (doc.bodyHtml === html) return;
    requireUnlocked(doc, { en: 'edit the text', zh: '修改正文' });
    doc.bodyHtml = html;
    stamp(doc, context);
  }),

  /** The workflow draft → in review → approved → handed off (and back for rework): only the next steps. */
  'document.status.set': defineOperation('document.status.set', z.object({ documentId: id, status: documentStatus }).strict(), (draft, { documentId, status }, context) => {
    const doc = requireDocument(draft, documentId);
    if (doc.status === status) return;
    if (!canMoveTo(doc.status, status)) {
      const [from, to] = [STATUS_NAMES[doc.status], STATUS_NAMES[status]];
      throw new OperationRefused('refused', `A document cannot go from “${from.en}” to “${to.en}”.`, `文档不能从“${from.zh}”变为“${to.zh}”。`);
    }
    doc.status = status;
    stamp(doc, context);
  }),
};
