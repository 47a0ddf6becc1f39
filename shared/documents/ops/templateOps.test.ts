import { describe, expect, it } from 'vitest';
import { okAndUndoable, run, sample } from './testKit';

const template = {
  id: 'tpl_new', name: 'Partner brief', kind: 'other', language: 'en',
  sections: [{ id: 'tsec_a', title: 'Goals', guidance: 'What the partner gets.' }, { id: 'tsec_b', title: 'Terms', guidance: '' }],
};

describe('template.create', () => {
  it('adds a template of the team’s own, and undoes', () => {
    const next = okAndUndoable(sample, 'template.create', { template });
    expect(next.templates.at(-1)).toEqual({ ...template, builtIn: false });
  });

  it('refuses an id in use, a template without sections or names, and a built-in flag', () => {
    expect(run(sample, 'template.create', { template: { ...template, id: 'tpl_launch' } })).toMatchObject({ ok: false, code: 'refused' });
    expect(run(sample, 'template.create', { template: { ...template, sections: [] } })).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(run(sample, 'template.create', { template: { ...template, name: ' ' } })).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(run(sample, 'template.create', { template: { ...template, sections: [{ id: 'tsec_a', title: '', guidance: '' }] } })).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(run(sample, 'template.create', { template: { ...template, builtIn: true } })).toMatchObject({ ok: false, code: 'invalid-args' });
  });
});

describe('template.update', () => {
  it('changes the named fields, sections in their new order, and undoes', () => {
    const own = sample.templates[0]!;
    const sections = [...own.sections].reverse();
    const next = okAndUndoable(sample, 'template.update', { templateId: own.id, fields: { name: 'Launch brief v2', sections } });
    expect(next.templates[0]).toEqual({ ...own, name: 'Launch brief v2', sections });
  });

  it('refuses a missing template', () => {
    expect(run(sample, 'template.update', { templateId: 'tpl_gone', fields: { name: 'x' } })).toMatchObject({ ok: false, code: 'conflict' });
  });
});

describe('template.remove', () => {
  it('removes the template and undo brings it back', () => {
    const next = okAndUndoable(sample, 'template.remove', { templateId: 'tpl_launch' });
    expect(next.templates).toEqual([]);
  });

  it('refuses a missing template', () => {
    expect(run(sample, 'template.remove', { templateId: 'tpl_gone' })).toMatchObject({ ok: false, code: 'conflict' });
  });
});
