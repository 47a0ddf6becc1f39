import type { Draft } from 'immer';
import { gone, indexById, plain, requireItem, requireNewId, type What } from '../../ops/findById';
import { OperationRefused, type OperationContext } from '../../ops/defineOperation';
import type { DocumentTemplate, ProductDocument } from '../../schema/document';
import type { Workspace } from '../../schema/workspace';
import { isBodyLocked } from '../changeControl';

/**
 * Building blocks of the document operations: finding a document by id without walking the
 * workspace through immer proxies, stamping updatedAt, and the approval lock as operations see it.
 */

export const DOCUMENT: What = { en: 'document', zh: '文档' };
export const REQUIREMENT: What = { en: 'requirement', zh: '需求' };
export const CHANGE_RECORD: What = { en: 'change record', zh: '变更记录' };
export const VERSION: What = { en: 'version', zh: '版本' };
export const TEMPLATE: What = { en: 'template', zh: '模板' };

export function requireDocument(draft: Draft<Workspace>, documentId: string): Draft<ProductDocument> {
  return requireItem(draft.documents, documentId, DOCUMENT);
}

export function requireTemplate(draft: Draft<Workspace>, templateId: string): Draft<DocumentTemplate> {
  return requireItem(draft.templates, templateId, TEMPLATE);
}

/**
 * Every edit of a document stamps when it was made (the list sorts by it), as saving a form
 * always did: saving a requirement or a change record unchanged still counts as an edit.
 */
export function stamp(doc: Draft<ProductDocument>, context: OperationContext): void {
  doc.updatedAt = context.at;
}

/** Copies the given fields onto the target where they differ; answers whether anything changed. */
export function assignChanged<T extends object>(target: T, fields: Partial<T>): boolean {
  let changed = false;
  for (const key of Object.keys(fields) as (keyof T)[]) {
    const value = fields[key];
    if (value !== undefined && target[key] !== value) {
      target[key] = value as T[keyof T];
      changed = true;
    }
  }
  return changed;
}

/**
 * Refuses changing an approved or handed-off document's content (body, requirements) while no
 * change record is pending: the rule of shared/documents/changeControl.ts, said to the user.
 */
export function requireUnlocked(doc: Pick<ProductDocument, 'status' | 'changeRecords'>, action: What): void {
  if (!isBodyLocked(plain(doc))) return;
  throw new OperationRefused(
    'refused',
    `This document is ${doc.status === 'approved' ? 'approved' : 'handed off'}: record a change before you ${action.en}.`,
    `本文档${doc.status === 'approved' ? '已审批' : '已移交'}：请先登记变更，再${action.zh}。`,
  );
}

export { gone, indexById, plain, requireItem, requireNewId, type What };
