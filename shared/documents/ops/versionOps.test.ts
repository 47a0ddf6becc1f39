import { describe, expect, it } from 'vitest';
import { AT, docOf, ok, okAndUndoable, run, sample, withDocument } from './testKit';

const restoreArgs = {
  documentId: 'doc_prd', versionId: 'ver_a', beforeRestoreVersionId: 'ver_before', restoredVersionId: 'ver_restored',
  beforeRestoreName: 'Before restoring “v0.1”', restoredName: 'Restored “v0.1”',
};

describe('document.version.save', () => {
  it('saves the body, title and requirements under a name at the call time, and undoes', () => {
    const next = okAndUndoable(sample, 'document.version.save', { documentId: 'doc_prd', versionId: 'ver_a', name: 'v0.1' });
    const before = docOf(sample, 'doc_prd');
    expect(docOf(next, 'doc_prd').versions).toEqual([{ id: 'ver_a', name: 'v0.1', createdAt: AT, bodyHtml: before.bodyHtml, title: before.title, requirements: before.requirements }]);
    expect(docOf(next, 'doc_prd').updatedAt).toBe(AT);
  });

  it('is allowed on a locked document', () => {
    expect(docOf(ok(sample, 'document.version.save', { documentId: 'doc_brd', versionId: 'ver_a', name: 'v1.1' }).workspace, 'doc_brd').versions).toHaveLength(2);
  });

  it('refuses a blank name, an id in use, a missing document and a full list', () => {
    expect(run(sample, 'document.version.save', { documentId: 'doc_prd', versionId: 'ver_a', name: ' ' })).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(run(sample, 'document.version.save', { documentId: 'doc_brd', versionId: 'ver_1', name: 'x' })).toMatchObject({ ok: false, code: 'refused' });
    expect(run(sample, 'document.version.save', { documentId: 'doc_gone', versionId: 'ver_a', name: 'x' })).toMatchObject({ ok: false, code: 'conflict' });
    const full = withDocument(sample, 'doc_prd', (doc) => ({ ...doc, versions: Array.from({ length: 500 }, (_, i) => ({ id: `v_${i}`, name: `v${i}`, createdAt: AT, bodyHtml: '' })) }));
    expect(run(full, 'document.version.save', { documentId: 'doc_prd', versionId: 'ver_a', name: 'x' })).toMatchObject({ ok: false, code: 'refused', en: 'A document keeps at most 500 versions.' });
  });
});

describe('document.version.restore', () => {
  const saved = ok(sample, 'document.version.save', { documentId: 'doc_prd', versionId: 'ver_a', name: 'v0.1' }).workspace;
  const edited = ok(
    ok(saved, 'document.body.set', { documentId: 'doc_prd', html: '<p>Edited</p>' }).workspace,
    'document.requirement.remove', { documentId: 'doc_prd', requirementId: 'req_1' },
  ).workspace;

  it('brings the version back as a new version after saving the current state, and undoes', () => {
    const next = okAndUndoable(edited, 'document.version.restore', restoreArgs);
    const doc = docOf(next, 'doc_prd');
    expect(doc.bodyHtml).toBe(docOf(sample, 'doc_prd').bodyHtml);
    expect(doc.requirements).toEqual(docOf(sample, 'doc_prd').requirements);
    expect(doc.versions.map((v) => [v.id, v.name, v.createdAt])).toEqual([
      ['ver_a', 'v0.1', AT], ['ver_before', 'Before restoring “v0.1”', AT], ['ver_restored', 'Restored “v0.1”', AT],
    ]);
    expect(doc.versions[1]!.bodyHtml).toBe('<p>Edited</p>');
  });

  it('skips the "before" version when the newest version already holds the current state', () => {
    const next = ok(saved, 'document.version.restore', restoreArgs).workspace;
    expect(docOf(next, 'doc_prd').versions.map((v) => v.id)).toEqual(['ver_a', 'ver_restored']);
  });

  it('is refused on a locked document, and for a missing version, reused ids or a missing document', () => {
    const locked = withDocument(edited, 'doc_prd', (doc) => ({ ...doc, status: 'approved' }));
    expect(run(locked, 'document.version.restore', restoreArgs)).toMatchObject({ ok: false, code: 'refused', en: 'This document is approved: record a change before you restore a version.' });
    expect(run(edited, 'document.version.restore', { ...restoreArgs, versionId: 'ver_gone' })).toMatchObject({ ok: false, code: 'conflict' });
    expect(run(edited, 'document.version.restore', { ...restoreArgs, restoredVersionId: 'ver_before' })).toMatchObject({ ok: false, code: 'refused' });
    expect(run(edited, 'document.version.restore', { ...restoreArgs, restoredVersionId: 'ver_a' })).toMatchObject({ ok: false, code: 'refused' });
    expect(run(edited, 'document.version.restore', { ...restoreArgs, documentId: 'doc_gone' })).toMatchObject({ ok: false, code: 'conflict' });
    expect(run(edited, 'document.version.restore', { ...restoreArgs, restoredName: '' })).toMatchObject({ ok: false, code: 'invalid-args' });
  });
});
