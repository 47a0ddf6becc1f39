import { describe, expect, it } from 'vitest';
import type { Change } from '../../ops/changeSet';
import { makeRequirement } from '../testDocument';
import { docOf, ok, restore, sample, withDocument } from './testKit';

const at = (documentId: string, ...rest: Change['path']): Change['path'] => ['documents', { id: documentId }, ...rest];
const set = (path: Change['path'], before: unknown, after: unknown): Change => ({ kind: 'set', path, before: { value: before }, after: { value: after } });
const insert = (path: Change['path'], value: { id: string }, after: string | null, index: number): Change => ({ kind: 'insert', path, id: value.id, value, after, index });

describe('document.requirement-keys', () => {
  const requirements = at('doc_prd', 'requirements');

  it('refuses a new requirement with a key another requirement has', () => {
    const result = restore(sample, [insert(requirements, makeRequirement({ id: 'req_x', key: 'REQ-002' }), 'req_5', 5)]);
    expect(result).toMatchObject({ ok: false, code: 'refused' });
    if (!result.ok) expect(result.issues[0]).toMatchObject({ path: 'documents.doc_prd.requirements.req_x', en: 'uses the ID REQ-002, which another requirement has' });
  });

  it('refuses a key taken over from a requirement removed in the same change', () => {
    const removed = docOf(sample, 'doc_prd').requirements[4]!;
    const result = restore(sample, [
      { kind: 'remove', path: requirements, id: 'req_5', value: removed, after: 'req_4', index: 4 },
      insert(requirements, makeRequirement({ id: 'req_x', key: removed.key }), 'req_4', 4),
    ]);
    expect(result).toMatchObject({ ok: false, code: 'refused', issues: [{ en: 'would reuse the ID REQ-005 of another requirement' }] });
  });

  it('refuses a key a requirement in a saved version had', () => {
    const state = withDocument(sample, 'doc_prd', (doc) => ({
      ...doc, lastRequirementNumber: 7, versions: [{ id: 'ver_a', name: 'v0.1', createdAt: doc.createdAt, bodyHtml: '', requirements: [makeRequirement({ id: 'req_old', key: 'REQ-007' })] }],
    }));
    const result = restore(state, [insert(requirements, makeRequirement({ id: 'req_x', key: 'REQ-007' }), 'req_5', 5)]);
    expect(result).toMatchObject({ ok: false, code: 'refused', issues: [{ en: 'would reuse the ID REQ-007, which a requirement in version “v0.1” had' }] });
    // The same requirement coming back (a version restored, an undone deletion) keeps its key.
    expect(restore(state, [insert(requirements, makeRequirement({ id: 'req_old', key: 'REQ-007' }), 'req_5', 5)]).ok).toBe(true);
  });

  it('refuses changing a requirement’s key', () => {
    const result = restore(sample, [set(at('doc_prd', 'requirements', { id: 'req_1' }, 'key'), 'REQ-001', 'REQ-099')]);
    expect(result).toMatchObject({ ok: false, code: 'refused', issues: [{ path: 'documents.doc_prd.requirements.req_1' }] });
  });

  it('lets undo put back a deleted requirement with its key', () => {
    const removed = ok(sample, 'document.requirement.remove', { documentId: 'doc_prd', requirementId: 'req_5' });
    expect(restore(removed.workspace, removed.inverse)).toMatchObject({ ok: true, workspace: sample });
  });
});

describe('document.approval-lock', () => {
  it('refuses a hand-made change to a locked document’s body or requirements', () => {
    const body = restore(sample, [set(at('doc_brd', 'bodyHtml'), docOf(sample, 'doc_brd').bodyHtml, '<p>Tampered</p>')]);
    expect(body).toMatchObject({ ok: false, code: 'refused', issues: [{ path: 'documents.doc_brd.bodyHtml' }] });
    const requirement = restore(sample, [insert(at('doc_brd', 'requirements'), makeRequirement({ id: 'req_x', key: 'REQ-001' }), null, 0)]);
    expect(requirement).toMatchObject({ ok: false, code: 'refused', issues: [{ path: 'documents.doc_brd.requirements' }] });
  });

  it('refuses locking and changing the content in one step', () => {
    const inReview = withDocument(sample, 'doc_prd', (doc) => ({ ...doc, status: 'in-review' }));
    const result = restore(inReview, [
      set(at('doc_prd', 'status'), 'in-review', 'approved'),
      set(at('doc_prd', 'bodyHtml'), docOf(sample, 'doc_prd').bodyHtml, '<p>Slipped in</p>'),
    ]);
    expect(result).toMatchObject({ ok: false, code: 'refused' });
  });

  it('refuses undoing an edit once the document has been approved since', () => {
    const inReview = withDocument(sample, 'doc_prd', (doc) => ({ ...doc, status: 'in-review' }));
    const edit = ok(inReview, 'document.body.set', { documentId: 'doc_prd', html: '<p>Final</p>' });
    const approved = ok(edit.workspace, 'document.status.set', { documentId: 'doc_prd', status: 'approved' }).workspace;
    expect(restore(approved, edit.inverse)).toMatchObject({ ok: false, code: 'refused' });
  });

  it('allows the cover, status, versions and change records of a locked document to change', () => {
    const doc = docOf(sample, 'doc_brd');
    expect(restore(sample, [set(at('doc_brd', 'title'), doc.title, 'Renamed')]).ok).toBe(true);
    expect(restore(sample, [set(at('doc_brd', 'status'), 'approved', 'in-review')]).ok).toBe(true);
  });
});

describe('document.strategy-link', () => {
  it('refuses linking a document to a strategy that does not exist', () => {
    const result = restore(sample, [set(at('doc_prd', 'strategyId'), 'str_kettle', 'str_gone')]);
    expect(result).toMatchObject({ ok: false, code: 'refused', issues: [{ path: 'documents.doc_prd.strategyId', en: 'names the strategy str_gone, which does not exist' }] });
  });

  it('does not block editing a document whose strategy was deleted later', () => {
    const noStrategy = { ...sample, strategies: [] };
    expect(ok(noStrategy, 'document.body.set', { documentId: 'doc_prd', html: '<p>Still editable</p>' }).changes.length).toBeGreaterThan(0);
  });
});

describe('document.plan-appendices', () => {
  it('refuses removing a document the marketing plan prints as an appendix', () => {
    const doc = docOf(sample, 'doc_prd');
    const result = restore(sample, [{ kind: 'remove', path: ['documents'], id: 'doc_prd', value: doc, after: 'doc_brd', index: 1 }]);
    expect(result).toMatchObject({ ok: false, code: 'refused', issues: [{ path: 'documents.doc_prd' }] });
  });

  it('lets undo remove a new document that is not in the plan', () => {
    const created = ok(sample, 'document.create', {
      documentId: 'doc_new', templateId: 'builtin-prd', language: 'en', title: 'New', product: '', author: '', strategyId: null,
    });
    expect(restore(created.workspace, created.inverse)).toMatchObject({ ok: true, workspace: sample });
  });
});
