import { z } from 'zod';
import { OperationRefused, defineOperation } from '../../ops/defineOperation';
import { documentVersion } from '../../schema/document';
import { id } from '../../schema/primitives';
import { restoreVersion, snapshotVersion } from '../versions';
import { VERSION, gone, indexById, plain, requireDocument, requireNewId, requireUnlocked, stamp } from './common';

/** Named versions of a document ("v0.3 sent to R&D") and restoring one as a new version. */

/** The schema's bound on a document's versions. */
export const MAX_VERSIONS = 500;

function requireRoom(count: number): void {
  if (count > MAX_VERSIONS) {
    throw new OperationRefused('refused', `A document keeps at most ${MAX_VERSIONS} versions.`, `一个文档最多保存 ${MAX_VERSIONS} 个版本。`);
  }
}

const versionName = documentVersion.shape.name;

export const versionOps = {
  /** Saves the current body, title and requirements under a name. Allowed on a locked document. */
  'document.version.save': defineOperation('document.version.save', z.object({
    documentId: id, versionId: id, name: versionName,
  }).strict(), (draft, { documentId, versionId, name }, context) => {
    const doc = requireDocument(draft, documentId);
    requireNewId(doc.versions, versionId, VERSION);
    requireRoom(doc.versions.length + 1);
    doc.versions.push(snapshotVersion(plain(doc), { id: versionId, name, now: context.at }));
    stamp(doc, context);
  }),

  /**
   * Brings back a version's body, title and requirements as a new version; the current state is
   * saved first under `beforeRestoreName` unless the newest version already holds it. The names
   * (in the user's language) and the new versions' ids come from the caller. Restoring changes the
   * content, so it is refused while the document is locked.
   */
  'document.version.restore': defineOperation('document.version.restore', z.object({
    documentId: id,
    versionId: id,
    beforeRestoreVersionId: id,
    restoredVersionId: id,
    beforeRestoreName: versionName,
    restoredName: versionName,
  }).strict(), (draft, args, context) => {
    const doc = requireDocument(draft, args.documentId);
    if (indexById(doc.versions, args.versionId) < 0) throw gone(VERSION);
    requireUnlocked(doc, { en: 'restore a version', zh: '恢复版本' });
    if (args.beforeRestoreVersionId === args.restoredVersionId) {
      throw new OperationRefused('refused', 'The two new versions need different ids.', '两个新版本需要不同的 ID。');
    }
    requireNewId(doc.versions, args.beforeRestoreVersionId, VERSION);
    requireNewId(doc.versions, args.restoredVersionId, VERSION);
    const restored = restoreVersion(plain(doc), args.versionId, {
      ids: (purpose) => (purpose === 'before-restore' ? args.beforeRestoreVersionId : args.restoredVersionId),
      now: context.at,
      beforeRestoreName: args.beforeRestoreName,
      restoredName: args.restoredName,
    });
    requireRoom(restored.versions.length);
    doc.bodyHtml = restored.bodyHtml;
    doc.title = restored.title;
    doc.requirements = restored.requirements;
    doc.versions = restored.versions;
    stamp(doc, context);
  }),
};
