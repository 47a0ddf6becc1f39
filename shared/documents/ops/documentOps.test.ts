import { describe, expect, it } from 'vitest';
import { builtInTemplateFor, findBuiltInTemplate } from '../templates/builtInTemplates';
import { templateBodyHtml } from '../templates/documentFromTemplate';
import { AT, docOf, ok, okAndUndoable, run, sample, withDocument } from './testKit';

const create = {
  documentId: 'doc_new', templateId: 'builtin-prd', language: 'zh-CN', title: 'Kettle S3 PRD', product: 'Kettle S3', author: 'Li Wei', strategyId: 'str_kettle',
};

describe('document.create', () => {
  it('makes a draft from a built-in template in the given language, stamped with the call time, and undoes', () => {
    const prd = findBuiltInTemplate('builtin-prd');
    expect(prd).not.toBeNull();
    const next = okAndUndoable(sample, 'document.create', create);
    const doc = docOf(next, 'doc_new');
    expect(doc).toEqual({
      id: 'doc_new', kind: 'prd', title: 'Kettle S3 PRD', product: 'Kettle S3', status: 'draft', author: 'Li Wei', strategyId: 'str_kettle',
      templateId: 'builtin-prd', bodyHtml: templateBodyHtml(builtInTemplateFor(prd!, 'zh-CN')), requirements: [], lastRequirementNumber: 0, changeRecords: [], versions: [],
      createdAt: AT, updatedAt: AT,
    });
    expect(next.documents.map((d) => d.id)).toEqual(['doc_brd', 'doc_prd', 'doc_new']);
  });

  it('makes one from a template of the workspace', () => {
    const next = ok(sample, 'document.create', { ...create, templateId: 'tpl_launch', strategyId: null }).workspace;
    const own = sample.templates.find((t) => t.id === 'tpl_launch')!;
    expect(docOf(next, 'doc_new')).toMatchObject({ kind: own.kind, templateId: 'tpl_launch', bodyHtml: templateBodyHtml(own), strategyId: null });
  });

  it('refuses a template or strategy that is gone, an id in use and bad arguments', () => {
    expect(run(sample, 'document.create', { ...create, templateId: 'tpl_gone' })).toMatchObject({ ok: false, code: 'conflict' });
    expect(run(sample, 'document.create', { ...create, strategyId: 'str_gone' })).toMatchObject({ ok: false, code: 'conflict' });
    expect(run(sample, 'document.create', { ...create, documentId: 'doc_prd' })).toMatchObject({ ok: false, code: 'refused' });
    expect(run(sample, 'document.create', { ...create, title: '   ' })).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(run(sample, 'document.create', { ...create, status: 'approved' })).toMatchObject({ ok: false, code: 'invalid-args' });
  });
});

describe('document.update', () => {
  it('changes the named cover fields, stamps updatedAt, and undoes', () => {
    const next = okAndUndoable(sample, 'document.update', { documentId: 'doc_prd', fields: { title: 'New title', kind: 'brd', strategyId: null } });
    expect(docOf(next, 'doc_prd')).toEqual({ ...docOf(sample, 'doc_prd'), title: 'New title', kind: 'brd', strategyId: null, updatedAt: AT });
  });

  it('is allowed on an approved document (the cover is not locked)', () => {
    const next = ok(sample, 'document.update', { documentId: 'doc_brd', fields: { author: 'Zhang Min' } }).workspace;
    expect(docOf(next, 'doc_brd').author).toBe('Zhang Min');
  });

  it('refuses a missing document or strategy, and fields it does not edit', () => {
    expect(run(sample, 'document.update', { documentId: 'doc_gone', fields: { title: 'x' } })).toMatchObject({ ok: false, code: 'conflict' });
    expect(run(sample, 'document.update', { documentId: 'doc_prd', fields: { strategyId: 'str_gone' } })).toMatchObject({ ok: false, code: 'conflict' });
    expect(run(sample, 'document.update', { documentId: 'doc_prd', fields: { status: 'approved' } })).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(run(sample, 'document.update', { documentId: 'doc_prd', fields: { title: '' } })).toMatchObject({ ok: false, code: 'invalid-args' });
  });
});

describe('document.body.set', () => {
  it('sets the body, stamps updatedAt, and undoes', () => {
    const next = okAndUndoable(sample, 'document.body.set', { documentId: 'doc_prd', html: '<p>New text</p>' });
    expect(docOf(next, 'doc_prd')).toMatchObject({ bodyHtml: '<p>New text</p>', updatedAt: AT });
  });

  it('changes nothing when the body is the same', () => {
    expect(ok(sample, 'document.body.set', { documentId: 'doc_prd', html: docOf(sample, 'doc_prd').bodyHtml }).changes).toEqual([]);
  });

  it('is refused on an approved document without a pending change record', () => {
    const result = run(sample, 'document.body.set', { documentId: 'doc_brd', html: '<p>Sneaky</p>' });
    expect(result).toMatchObject({ ok: false, code: 'refused' });
    if (!result.ok) {
      expect(result.en).toMatch(/approved: record a change/);
      expect(result.zh).toMatch(/已审批/);
    }
  });

  it('refuses a missing document and a body that is not text', () => {
    expect(run(sample, 'document.body.set', { documentId: 'doc_gone', html: '<p></p>' })).toMatchObject({ ok: false, code: 'conflict' });
    expect(run(sample, 'document.body.set', { documentId: 'doc_prd', html: 42 })).toMatchObject({ ok: false, code: 'invalid-args' });
  });

  it('touches one document of many and stays quick', () => {
    const many = { ...sample, documents: [...sample.documents, ...Array.from({ length: 2_000 }, (_, i) => ({ ...docOf(sample, 'doc_prd'), id: `doc_${i}` }))] };
    const started = performance.now();
    for (let i = 0; i < 20; i += 1) ok(many, 'document.body.set', { documentId: 'doc_1500', html: `<p>Typed ${i}</p>` });
    const perEdit = (performance.now() - started) / 20;
    expect(perEdit).toBeLessThan(50); // generous: a shared test machine; the bench measures the real budget
  });
});

describe('document.status.set', () => {
  it('moves along the workflow and undoes', () => {
    const inReview = okAndUndoable(sample, 'document.status.set', { documentId: 'doc_prd', status: 'in-review' });
    expect(docOf(inReview, 'doc_prd')).toMatchObject({ status: 'in-review', updatedAt: AT });
    const approved = okAndUndoable(inReview, 'document.status.set', { documentId: 'doc_prd', status: 'approved' });
    expect(docOf(approved, 'doc_prd').status).toBe('approved');
  });

  it('refuses a step the workflow does not have, a missing document and an unknown status', () => {
    const result = run(sample, 'document.status.set', { documentId: 'doc_prd', status: 'approved' });
    expect(result).toMatchObject({ ok: false, code: 'refused', en: 'A document cannot go from “Draft” to “Approved”.' });
    expect(run(sample, 'document.status.set', { documentId: 'doc_gone', status: 'in-review' })).toMatchObject({ ok: false, code: 'conflict' });
    expect(run(sample, 'document.status.set', { documentId: 'doc_prd', status: 'published' })).toMatchObject({ ok: false, code: 'invalid-args' });
  });

  it('changes nothing when the status is the same', () => {
    const state = withDocument(sample, 'doc_prd', (doc) => ({ ...doc, status: 'in-review' }));
    expect(ok(state, 'document.status.set', { documentId: 'doc_prd', status: 'in-review' }).changes).toEqual([]);
  });
});
