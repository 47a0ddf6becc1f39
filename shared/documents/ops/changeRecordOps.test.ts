import { describe, expect, it } from 'vitest';
import { isBodyLocked } from '../changeControl';
import { emptyChangeRecord } from '../changeControl';
import { AT, docOf, ok, okAndUndoable, run, sample } from './testKit';

const record = { ...emptyChangeRecord('chg_new', '2026-05-20'), description: 'Seventh preset', reason: 'Beta feedback', requestedBy: 'Li Wei' };
const add = { documentId: 'doc_brd', record };

describe('document.changeRecord.add', () => {
  it('records a pending change on an approved document, which opens it for editing, and undoes', () => {
    expect(isBodyLocked(docOf(sample, 'doc_brd'))).toBe(true);
    const next = okAndUndoable(sample, 'document.changeRecord.add', add);
    const doc = docOf(next, 'doc_brd');
    expect(doc.changeRecords.at(-1)).toEqual(record);
    expect(doc.updatedAt).toBe(AT);
    expect(isBodyLocked(doc)).toBe(false);
    expect(ok(next, 'document.body.set', { documentId: 'doc_brd', html: '<p>Changed under a record</p>' }).changes.length).toBeGreaterThan(0);
  });

  it('is refused before the document is approved', () => {
    expect(run(sample, 'document.changeRecord.add', { ...add, documentId: 'doc_prd' })).toMatchObject({
      ok: false, code: 'refused', en: 'Changes are recorded once the document has been approved.',
    });
  });

  it('refuses a record the form would not save, an id in use and a missing document', () => {
    expect(run(sample, 'document.changeRecord.add', { ...add, record: { ...record, description: ' ' } })).toMatchObject({ ok: false, code: 'refused', en: 'The change record needs a description.' });
    expect(run(sample, 'document.changeRecord.add', { ...add, record: { ...record, decision: 'approved' } })).toMatchObject({ ok: false, code: 'refused', en: 'A decided change needs the approver who decided it.' });
    expect(run(sample, 'document.changeRecord.add', { ...add, record: { ...record, date: '2026-02-30' } })).toMatchObject({ ok: false });
    expect(run(sample, 'document.changeRecord.add', { ...add, record: { ...record, id: 'chg_1' } })).toMatchObject({ ok: false, code: 'refused' });
    expect(run(sample, 'document.changeRecord.add', { ...add, documentId: 'doc_gone' })).toMatchObject({ ok: false, code: 'conflict' });
    expect(run(sample, 'document.changeRecord.add', { ...add, record: { ...record, decision: 'maybe' } })).toMatchObject({ ok: false, code: 'invalid-args' });
  });
});

describe('document.changeRecord.update', () => {
  it('decides a pending record, which locks the document again, and undoes', () => {
    const pending = ok(sample, 'document.changeRecord.add', add).workspace;
    const decided = okAndUndoable(pending, 'document.changeRecord.update', { documentId: 'doc_brd', recordId: 'chg_new', fields: { decision: 'approved', approver: 'Zhang Min' } });
    expect(docOf(decided, 'doc_brd').changeRecords.at(-1)).toEqual({ ...record, decision: 'approved', approver: 'Zhang Min' });
    expect(isBodyLocked(docOf(decided, 'doc_brd'))).toBe(true);
    expect(run(decided, 'document.body.set', { documentId: 'doc_brd', html: '<p>Too late</p>' })).toMatchObject({ ok: false, code: 'refused' });
  });

  it('refuses a decision without an approver, a missing record and an id among the fields', () => {
    const pending = ok(sample, 'document.changeRecord.add', add).workspace;
    expect(run(pending, 'document.changeRecord.update', { documentId: 'doc_brd', recordId: 'chg_new', fields: { decision: 'rejected' } })).toMatchObject({ ok: false, code: 'refused' });
    expect(run(pending, 'document.changeRecord.update', { documentId: 'doc_brd', recordId: 'chg_gone', fields: { reason: 'x' } })).toMatchObject({ ok: false, code: 'conflict' });
    expect(run(pending, 'document.changeRecord.update', { documentId: 'doc_brd', recordId: 'chg_new', fields: { id: 'chg_x' } })).toMatchObject({ ok: false, code: 'invalid-args' });
  });
});
