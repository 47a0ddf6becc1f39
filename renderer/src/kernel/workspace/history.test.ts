import { describe, expect, it } from 'vitest';
import { applyChangesToDraft, diffStates, invertChanges, type Change } from '../../../../shared/ops/changeSet';
import { canRedo, canUndo, emptyHistory, recordEdit, takeRedo, takeUndo, type History } from './history';

type Doc = { company: { name: string }; tags: string[] };
const start: Doc = { company: { name: 'Acme' }, tags: ['a'] };

function edit(doc: Doc, history: History, recipe: (draft: Doc) => void): [Doc, History] {
  const next = structuredClone(doc);
  recipe(next);
  const changes = diffStates(doc, next);
  return [next, recordEdit(history, { label: 'edit', changes, inverse: invertChanges(changes) })];
}

function applyChanges(doc: Doc, changes: Change[]): Doc {
  const next = structuredClone(doc);
  applyChangesToDraft(next, changes);
  return next;
}

describe('undo/redo history', () => {
  it('starts empty', () => {
    expect(canUndo(emptyHistory)).toBe(false);
    expect(canRedo(emptyHistory)).toBe(false);
    expect(takeUndo(emptyHistory)).toBeNull();
    expect(takeRedo(emptyHistory)).toBeNull();
  });

  it('undoes and redoes edits in order', () => {
    let [doc, history] = edit(start, emptyHistory, (d) => { d.company.name = 'Acme Ltd'; });
    [doc, history] = edit(doc, history, (d) => { d.tags.push('b'); });
    expect(doc).toEqual({ company: { name: 'Acme Ltd' }, tags: ['a', 'b'] });

    const undo1 = takeUndo(history)!;
    doc = applyChanges(doc, undo1.changes);
    expect(doc.tags).toEqual(['a']);
    const undo2 = takeUndo(undo1.history)!;
    doc = applyChanges(doc, undo2.changes);
    expect(doc).toEqual(start);
    expect(canUndo(undo2.history)).toBe(false);
    expect(canRedo(undo2.history)).toBe(true);

    const redo1 = takeRedo(undo2.history)!;
    doc = applyChanges(doc, redo1.changes);
    expect(doc.company.name).toBe('Acme Ltd');
    const redo2 = takeRedo(redo1.history)!;
    doc = applyChanges(doc, redo2.changes);
    expect(doc).toEqual({ company: { name: 'Acme Ltd' }, tags: ['a', 'b'] });
    expect(canRedo(redo2.history)).toBe(false);
  });

  it('drops the redo steps when a new edit is made after an undo', () => {
    let [doc, history] = edit(start, emptyHistory, (d) => { d.company.name = 'One'; });
    const undone = takeUndo(history)!;
    doc = applyChanges(doc, undone.changes);
    [doc, history] = edit(doc, undone.history, (d) => { d.company.name = 'Two'; });
    expect(canRedo(history)).toBe(false);
    expect(history.past).toHaveLength(1);
    expect(doc.company.name).toBe('Two');
  });

  it('ignores edits that changed nothing', () => {
    const [, history] = edit(start, emptyHistory, () => {});
    expect(history).toBe(emptyHistory);
  });

  it('keeps at most the limit, dropping the oldest', () => {
    let history: History = emptyHistory;
    for (let i = 0; i < 5; i += 1) {
      history = recordEdit(history, { label: 'n', changes: [{ kind: 'set', path: ['n'], before: null, after: { value: i } }], inverse: [] }, 3);
    }
    expect(history.past.map((entry) => (entry.changes[0] as { after: { value: number } }).after.value)).toEqual([2, 3, 4]);
  });
});
