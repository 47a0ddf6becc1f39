import { describe, expect, it } from 'vitest';
import { AT, docOf, ok, okAndUndoable, run, sample, withDocument } from './testKit';

const fields = {
  title: 'Oolong preset', description: 'A seventh preset.', priority: 'should', acceptanceCriteria: 'Holds 85 °C', status: 'proposed', owner: 'Li Wei', personaOrSegmentId: 'seg_2',
};
const add = { documentId: 'doc_prd', requirementId: 'req_new', fields };

/** doc_prd approved with no pending change record: locked. */
const locked = withDocument(sample, 'doc_prd', (doc) => ({ ...doc, status: 'approved' }));

describe('document.requirement.add', () => {
  it('adds the requirement with the next REQ-key, stamps updatedAt, and undoes', () => {
    const next = okAndUndoable(sample, 'document.requirement.add', add);
    const doc = docOf(next, 'doc_prd');
    expect(doc.requirements.at(-1)).toEqual({ id: 'req_new', key: 'REQ-006', ...fields });
    expect(doc.updatedAt).toBe(AT);
  });

  it('gives a key above those in saved versions, so a deleted requirement’s key is not reused', () => {
    const saved = ok(sample, 'document.version.save', { documentId: 'doc_prd', versionId: 'ver_a', name: 'v0.1' }).workspace;
    const removed = ok(saved, 'document.requirement.remove', { documentId: 'doc_prd', requirementId: 'req_5' }).workspace;
    const next = ok(removed, 'document.requirement.add', add).workspace;
    expect(docOf(next, 'doc_prd').requirements.map((r) => r.key)).toEqual(['REQ-001', 'REQ-002', 'REQ-003', 'REQ-004', 'REQ-006']);
  });

  it('gives two additions two keys, whatever key the caller saw', () => {
    const first = ok(sample, 'document.requirement.add', add).workspace;
    const second = ok(first, 'document.requirement.add', { ...add, requirementId: 'req_other' }).workspace;
    expect(docOf(second, 'doc_prd').requirements.slice(-2).map((r) => r.key)).toEqual(['REQ-006', 'REQ-007']);
  });

  it('is refused on a locked document', () => {
    const result = run(locked, 'document.requirement.add', add);
    expect(result).toMatchObject({ ok: false, code: 'refused', en: 'This document is approved: record a change before you add a requirement.' });
  });

  it('refuses a missing document or segment, an id in use, a key from the caller and bad fields', () => {
    expect(run(sample, 'document.requirement.add', { ...add, documentId: 'doc_gone' })).toMatchObject({ ok: false, code: 'conflict' });
    expect(run(sample, 'document.requirement.add', { ...add, fields: { ...fields, personaOrSegmentId: 'seg_gone' } })).toMatchObject({ ok: false, code: 'conflict' });
    expect(run(sample, 'document.requirement.add', { ...add, requirementId: 'req_1' })).toMatchObject({ ok: false, code: 'refused' });
    expect(run(sample, 'document.requirement.add', { ...add, fields: { ...fields, key: 'REQ-001' } })).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(run(sample, 'document.requirement.add', { ...add, fields: { ...fields, title: '' } })).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(run(sample, 'document.requirement.add', { ...add, fields: { ...fields, priority: 'urgent' } })).toMatchObject({ ok: false, code: 'invalid-args' });
  });
});

describe('document.requirement.update', () => {
  it('changes the named fields, keeps the key, and undoes', () => {
    const next = okAndUndoable(sample, 'document.requirement.update', { documentId: 'doc_prd', requirementId: 'req_2', fields: { title: 'Renamed', status: 'done' } });
    const before = docOf(sample, 'doc_prd').requirements[1]!;
    expect(docOf(next, 'doc_prd').requirements[1]).toEqual({ ...before, title: 'Renamed', status: 'done' });
    expect(docOf(next, 'doc_prd').updatedAt).toBe(AT);
  });

  it('keeps a link to a segment that is gone when the link is not what changes', () => {
    const noSegments = { ...sample, strategies: sample.strategies.map((s) => ({ ...s, targetMarket: { ...s.targetMarket, segments: [] } })) };
    expect(ok(noSegments, 'document.requirement.update', { documentId: 'doc_prd', requirementId: 'req_2', fields: { title: 'Renamed', personaOrSegmentId: 'seg_2' } }).changes.length).toBeGreaterThan(0);
    expect(run(noSegments, 'document.requirement.update', { documentId: 'doc_prd', requirementId: 'req_2', fields: { personaOrSegmentId: 'seg_1' } })).toMatchObject({ ok: false, code: 'conflict' });
  });

  it('refuses a missing requirement, a key change and a locked document', () => {
    expect(run(sample, 'document.requirement.update', { documentId: 'doc_prd', requirementId: 'req_gone', fields: { title: 'x' } })).toMatchObject({ ok: false, code: 'conflict' });
    expect(run(sample, 'document.requirement.update', { documentId: 'doc_prd', requirementId: 'req_1', fields: { key: 'REQ-009' } })).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(run(locked, 'document.requirement.update', { documentId: 'doc_prd', requirementId: 'req_1', fields: { title: 'x' } })).toMatchObject({ ok: false, code: 'refused' });
  });
});

describe('document.requirement.remove', () => {
  it('removes the requirement and undo puts it back in its place', () => {
    const next = okAndUndoable(sample, 'document.requirement.remove', { documentId: 'doc_prd', requirementId: 'req_3' });
    expect(docOf(next, 'doc_prd').requirements.map((r) => r.id)).toEqual(['req_1', 'req_2', 'req_4', 'req_5']);
  });

  it('refuses a missing requirement and a locked document', () => {
    expect(run(sample, 'document.requirement.remove', { documentId: 'doc_prd', requirementId: 'req_gone' })).toMatchObject({ ok: false, code: 'conflict' });
    expect(run(locked, 'document.requirement.remove', { documentId: 'doc_prd', requirementId: 'req_1' })).toMatchObject({ ok: false, code: 'refused' });
  });
});
