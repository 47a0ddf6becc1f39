import type { ChangeRecord, DocumentStatus, ProductDocument } from '../schema/document';
import { isRealCalendarDate, LIMITS } from '../schema/primitives';

/**
 * Change control 需求变更 for BRDs and PRDs: the status workflow, and the rule that once a
 * document is approved its content changes only under a recorded, still-pending change.
 */

const NEXT: Record<DocumentStatus, readonly DocumentStatus[]> = {
  draft: ['in-review'],
  'in-review': ['draft', 'approved'],
  approved: ['handed-off', 'in-review'],
  'handed-off': ['in-review'],
};

/** Where a document can go from its status (draft → in review → approved → handed off, and back for rework). */
export function nextStatuses(status: DocumentStatus): readonly DocumentStatus[] {
  return NEXT[status];
}

export function canMoveTo(from: DocumentStatus, to: DocumentStatus): boolean {
  return NEXT[from].includes(to);
}

/** Change records start once the document has been approved. */
export function canRecordChanges(doc: Pick<ProductDocument, 'status'>): boolean {
  return doc.status === 'approved' || doc.status === 'handed-off';
}

/**
 * Whether the editor must be read-only. An approved or handed-off document opens for editing
 * only while a change record is pending: that is how every change after approval gets
 * recorded. Deciding the record (approved or rejected) locks it again.
 */
export function isBodyLocked(doc: Pick<ProductDocument, 'status' | 'changeRecords'>): boolean {
  return canRecordChanges(doc) && !doc.changeRecords.some((record) => record.decision === 'pending');
}

export type ChangeRecordField = Exclude<keyof ChangeRecord, 'id'>;
export type ChangeRecordReason = 'required' | 'too-long' | 'approver-required' | 'calendar-date';
export interface ChangeRecordIssue {
  field: ChangeRecordField;
  reason: ChangeRecordReason;
}

const TEXT_LIMITS: Record<Exclude<ChangeRecordField, 'decision' | 'date'>, number> = {
  description: LIMITS.mediumText, reason: LIMITS.mediumText, impact: LIMITS.mediumText,
  implementationPlan: LIMITS.mediumText, requestedBy: LIMITS.shortText, approver: LIMITS.shortText,
};

/**
 * Problems with a change record as the user fills it in, one per field. Description, reason
 * and who asked are always needed; a decision (approved or rejected) needs the approver who
 * made it; the date must exist on the calendar.
 */
export function validateChangeRecord(draft: Omit<ChangeRecord, 'id'>): ChangeRecordIssue[] {
  const issues: ChangeRecordIssue[] = [];
  for (const field of ['description', 'reason', 'requestedBy'] as const) {
    if (draft[field].trim() === '') issues.push({ field, reason: 'required' });
  }
  if (draft.decision !== 'pending' && draft.approver.trim() === '') issues.push({ field: 'approver', reason: 'approver-required' });
  for (const [field, max] of Object.entries(TEXT_LIMITS) as Array<[keyof typeof TEXT_LIMITS, number]>) {
    if (draft[field].length > max) issues.push({ field, reason: 'too-long' });
  }
  if (!isRealCalendarDate(draft.date)) issues.push({ field: 'date', reason: 'calendar-date' });
  return issues;
}

/** A new, pending change record dated today ("YYYY-MM-DD" in the user's time zone, from the caller). */
export function emptyChangeRecord(id: string, today: string): ChangeRecord {
  return {
    id, description: '', reason: '', impact: '', implementationPlan: '',
    requestedBy: '', approver: '', decision: 'pending', date: today,
  };
}
