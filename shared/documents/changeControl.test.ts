import { describe, expect, it } from 'vitest';
import { changeRecord, documentStatus } from '../schema/document';
import {
  canMoveTo, canRecordChanges, emptyChangeRecord, isBodyLocked, nextStatuses, validateChangeRecord,
} from './changeControl';
import { makeDocument } from './testDocument';

const record = (over: Partial<ReturnType<typeof emptyChangeRecord>> = {}) => ({
  ...emptyChangeRecord('chg_1', '2026-04-02'),
  description: 'Add a night mode', reason: 'Customer feedback', requestedBy: 'Sales', ...over,
});

describe('status workflow', () => {
  it('moves draft → in review → approved → handed off, with rework back to review', () => {
    expect(nextStatuses('draft')).toEqual(['in-review']);
    expect(nextStatuses('in-review')).toEqual(['draft', 'approved']);
    expect(nextStatuses('approved')).toEqual(['handed-off', 'in-review']);
    expect(nextStatuses('handed-off')).toEqual(['in-review']);
  });

  it('does not skip review or jump back to draft from approval', () => {
    expect(canMoveTo('draft', 'approved')).toBe(false);
    expect(canMoveTo('approved', 'draft')).toBe(false);
    expect(canMoveTo('approved', 'handed-off')).toBe(true);
    for (const status of documentStatus.options) expect(canMoveTo(status, status)).toBe(false);
  });
});

describe('change recording and the body lock', () => {
  it('records changes only on approved or handed-off documents', () => {
    expect(documentStatus.options.filter((status) => canRecordChanges({ status }))).toEqual(['approved', 'handed-off']);
  });

  it('locks an approved document unless a change record is pending', () => {
    expect(isBodyLocked(makeDocument({ status: 'draft' }))).toBe(false);
    expect(isBodyLocked(makeDocument({ status: 'in-review' }))).toBe(false);
    expect(isBodyLocked(makeDocument({ status: 'approved' }))).toBe(true);
    expect(isBodyLocked(makeDocument({ status: 'handed-off', changeRecords: [record({ decision: 'approved', approver: 'Wang' })] }))).toBe(true);
    expect(isBodyLocked(makeDocument({ status: 'approved', changeRecords: [record({ decision: 'rejected', approver: 'Wang' }), record()] }))).toBe(false);
    expect(isBodyLocked(makeDocument({ status: 'handed-off', changeRecords: [record()] }))).toBe(false);
  });
});

describe('validateChangeRecord', () => {
  it('accepts a complete pending record, and a new empty record is a valid schema value once filled', () => {
    expect(validateChangeRecord(record())).toEqual([]);
    expect(changeRecord.safeParse(record()).success).toBe(true);
  });

  it('needs description, reason and who requested it', () => {
    expect(validateChangeRecord(emptyChangeRecord('chg_1', '2026-04-02'))).toEqual([
      { field: 'description', reason: 'required' },
      { field: 'reason', reason: 'required' },
      { field: 'requestedBy', reason: 'required' },
    ]);
    expect(validateChangeRecord(record({ reason: '   ' }))).toEqual([{ field: 'reason', reason: 'required' }]);
  });

  it('needs an approver once decided', () => {
    expect(validateChangeRecord(record({ decision: 'approved' }))).toEqual([{ field: 'approver', reason: 'approver-required' }]);
    expect(validateChangeRecord(record({ decision: 'rejected', approver: ' ' }))).toEqual([{ field: 'approver', reason: 'approver-required' }]);
    expect(validateChangeRecord(record({ decision: 'approved', approver: '王经理' }))).toEqual([]);
  });

  it('needs a real calendar date', () => {
    for (const date of ['2026-02-30', '2026-13-01', '', '02/04/2026']) {
      expect(validateChangeRecord(record({ date }))).toEqual([{ field: 'date', reason: 'calendar-date' }]);
    }
    expect(validateChangeRecord(record({ date: '2028-02-29' }))).toEqual([]);
  });

  it('reports text over the limits', () => {
    expect(validateChangeRecord(record({ impact: 'x'.repeat(2_001), requestedBy: 'y'.repeat(201) }))).toEqual([
      { field: 'impact', reason: 'too-long' },
      { field: 'requestedBy', reason: 'too-long' },
    ]);
  });

  it('emptyChangeRecord starts pending on the given day', () => {
    expect(emptyChangeRecord('chg_9', '2026-05-06')).toEqual({
      id: 'chg_9', description: '', reason: '', impact: '', implementationPlan: '', requestedBy: '', approver: '',
      decision: 'pending', date: '2026-05-06',
    });
  });
});
