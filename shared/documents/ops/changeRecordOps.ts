import { z } from 'zod';
import { OperationRefused, defineOperation } from '../../ops/defineOperation';
import { changeRecord, type ChangeRecord } from '../../schema/document';
import { id } from '../../schema/primitives';
import { canRecordChanges, validateChangeRecord, type ChangeRecordIssue } from '../changeControl';
import { CHANGE_RECORD, assignChanged, requireDocument, requireItem, requireNewId, stamp } from './common';

/**
 * Change records 需求变更 of an approved document. A pending one opens the document for editing;
 * deciding it (approved or rejected, with the approver) locks the document again.
 */

const FIELD_NAMES: Record<ChangeRecordIssue['field'], { en: string; zh: string }> = {
  description: { en: 'description', zh: '变更描述' },
  reason: { en: 'reason', zh: '变更原因' },
  impact: { en: 'impact', zh: '影响' },
  implementationPlan: { en: 'implementation plan', zh: '实施计划' },
  requestedBy: { en: 'requested by', zh: '提出人' },
  approver: { en: 'approver', zh: '审批人' },
  decision: { en: 'decision', zh: '决定' },
  date: { en: 'date', zh: '日期' },
};

/** The rules the change record form shows beside its fields, for anything that did not come through it. */
function requireValidRecord(record: Omit<ChangeRecord, 'id'>): void {
  const [issue] = validateChangeRecord(record);
  if (!issue) return;
  const field = FIELD_NAMES[issue.field];
  switch (issue.reason) {
    case 'approver-required':
      throw new OperationRefused('refused', 'A decided change needs the approver who decided it.', '已做决定的变更需要填写审批人。');
    case 'calendar-date':
      throw new OperationRefused('refused', 'The change record’s date is not a real calendar date.', '变更记录的日期不是有效的日期。');
    case 'too-long':
      throw new OperationRefused('refused', `The change record’s ${field.en} is too long.`, `变更记录的“${field.zh}”过长。`);
    case 'required':
      throw new OperationRefused('refused', `The change record needs a ${field.en}.`, `变更记录需要填写“${field.zh}”。`);
  }
}

const recordFields = changeRecord.omit({ id: true }).strict();

export const changeRecordOps = {
  /** Records a change on an approved or handed-off document (a pending one opens it for editing). */
  'document.changeRecord.add': defineOperation('document.changeRecord.add', z.object({
    documentId: id, record: changeRecord.strict(),
  }).strict(), (draft, { documentId, record }, context) => {
    const doc = requireDocument(draft, documentId);
    if (!canRecordChanges(doc)) {
      throw new OperationRefused('refused', 'Changes are recorded once the document has been approved.', '文档审批之后才能登记变更。');
    }
    requireNewId(doc.changeRecords, record.id, CHANGE_RECORD);
    requireValidRecord(record);
    doc.changeRecords.push(record);
    stamp(doc, context);
  }),

  /** Any of a change record's fields: its decision and approver, or what was asked for. */
  'document.changeRecord.update': defineOperation('document.changeRecord.update', z.object({
    documentId: id, recordId: id, fields: recordFields.partial().strict(),
  }).strict(), (draft, { documentId, recordId, fields }, context) => {
    const doc = requireDocument(draft, documentId);
    const target = requireItem(doc.changeRecords, recordId, CHANGE_RECORD);
    const merged = { ...target, ...Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) } as ChangeRecord;
    requireValidRecord(merged);
    assignChanged(target, fields);
    stamp(doc, context);
  }),
};
