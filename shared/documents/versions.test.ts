import { describe, expect, it } from 'vitest';
import { productDocument } from '../schema/document';
import { newestVersion, restoreVersion, snapshotVersion, versionLabel } from './versions';
import { makeDocument, makeRequirement as req } from './testDocument';

const t = (minute: number) => new Date(Date.UTC(2026, 3, 1, 9, minute));
function idSource() {
  let n = 0;
  return () => `ver_${++n}`;
}

describe('snapshotVersion', () => {
  it('copies body, title and requirements under a name', () => {
    const doc = makeDocument({ title: 'PRD', bodyHtml: '<p>A</p>', requirements: [req({ key: 'REQ-001' })] });
    const version = snapshotVersion(doc, { id: 'v1', name: 'v0.1 sent to R&D', now: t(0) });
    expect(version).toEqual({
      id: 'v1', name: 'v0.1 sent to R&D', createdAt: '2026-04-01T09:00:00.000Z', bodyHtml: '<p>A</p>', title: 'PRD', requirements: doc.requirements,
    });
    expect(version.requirements![0]).not.toBe(doc.requirements[0]); // a copy, not shared
  });
});

describe('versionLabel', () => {
  it('is the newest version name, or null', () => {
    expect(versionLabel(makeDocument())).toBeNull();
    const doc = makeDocument({
      versions: [
        { id: 'b', name: 'v0.2', createdAt: '2026-04-02T00:00:00.000Z', bodyHtml: '' },
        { id: 'a', name: 'v0.1', createdAt: '2026-04-01T00:00:00.000Z', bodyHtml: '' },
      ],
    });
    expect(versionLabel(doc)).toBe('v0.2');
    expect(newestVersion(doc)!.id).toBe('b');
  });
});

describe('restoreVersion', () => {
  const v1Doc = makeDocument({ title: 'PRD v1', bodyHtml: '<p>one</p>', requirements: [req({ key: 'REQ-001' })] });
  const v1 = snapshotVersion(v1Doc, { id: 'v1', name: 'v0.1', now: t(0) });
  const options = { now: t(30), beforeRestoreName: 'Before restoring v0.1', restoredName: 'Restored v0.1' };

  it('saves the unsaved current state first, then restores as a new version', () => {
    const current = { ...v1Doc, title: 'PRD v2', bodyHtml: '<p>two</p>', requirements: [req({ key: 'REQ-001' }), req({ key: 'REQ-002' })], versions: [v1] };
    const restored = restoreVersion(current, 'v1', { ...options, ids: idSource() });
    expect(restored.bodyHtml).toBe('<p>one</p>');
    expect(restored.title).toBe('PRD v1');
    expect(restored.requirements.map((r) => r.key)).toEqual(['REQ-001']);
    expect(restored.updatedAt).toBe('2026-04-01T09:30:00.000Z');
    expect(restored.versions.map((v) => [v.id, v.name, v.bodyHtml, v.title])).toEqual([
      ['v1', 'v0.1', '<p>one</p>', 'PRD v1'],
      ['ver_1', 'Before restoring v0.1', '<p>two</p>', 'PRD v2'],
      ['ver_2', 'Restored v0.1', '<p>one</p>', 'PRD v1'],
    ]);
    expect(versionLabel(restored)).toBe('Restored v0.1');
    expect(productDocument.safeParse(restored).success).toBe(true);
    // Nothing lost: restoring the "before" version brings v2 back.
    const back = restoreVersion(restored, 'ver_1', { ...options, ids: idSource(), restoredName: 'Back' });
    expect([back.title, back.bodyHtml, back.requirements.length]).toEqual(['PRD v2', '<p>two</p>', 2]);
  });

  it('does not save the current state again when the newest version already holds it', () => {
    const v2 = snapshotVersion({ ...v1Doc, bodyHtml: '<p>two</p>' }, { id: 'v2', name: 'v0.2', now: t(10) });
    const current = { ...v1Doc, bodyHtml: '<p>two</p>', versions: [v1, v2] };
    const restored = restoreVersion(current, 'v1', { ...options, ids: idSource() });
    expect(restored.versions.map((v) => v.name)).toEqual(['v0.1', 'v0.2', 'Restored v0.1']);
    expect(restored.bodyHtml).toBe('<p>one</p>');
  });

  it('saves the current state when the newest version differs only in its requirements', () => {
    const v2 = snapshotVersion(v1Doc, { id: 'v2', name: 'v0.2', now: t(10) });
    const current = { ...v1Doc, requirements: [req({ key: 'REQ-001', status: 'done' })], versions: [v1, v2] };
    const restored = restoreVersion(current, 'v1', { ...options, ids: idSource() });
    expect(restored.versions.map((v) => v.name)).toEqual(['v0.1', 'v0.2', 'Before restoring v0.1', 'Restored v0.1']);
    expect(restored.requirements[0]!.status).toBe('proposed');
  });

  it('keeps the current title and requirements when restoring a version from the old format', () => {
    const old = { id: 'old', name: 'v0.0', createdAt: '2026-03-01T00:00:00.000Z', bodyHtml: '<p>zero</p>' };
    const current = { ...v1Doc, versions: [old] };
    const restored = restoreVersion(current, 'old', { ...options, ids: idSource() });
    expect([restored.bodyHtml, restored.title, restored.requirements.length]).toEqual(['<p>zero</p>', 'PRD v1', 1]);
    expect(restored.versions).toHaveLength(3); // the old version cannot vouch for the current state, so it was saved
  });

  it('returns the document unchanged for an unknown version', () => {
    const current = { ...v1Doc, versions: [v1] };
    expect(restoreVersion(current, 'nope', { ...options, ids: idSource() })).toBe(current);
  });
});
