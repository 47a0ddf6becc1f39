import type { Draft } from 'immer';
import { z } from 'zod';
import { defineOperation } from '../../ops/defineOperation';
import { requirement } from '../../schema/document';
import { id } from '../../schema/primitives';
import type { Workspace } from '../../schema/workspace';
import { nextRequirementKey, requirementNumber } from '../requirements';
import { REQUIREMENT, assignChanged, gone, indexById, plain, requireDocument, requireItem, requireNewId, requireUnlocked, stamp } from './common';

/**
 * A PRD's requirements. The REQ-key is given here, from the document as it is when the operation
 * runs (so two windows adding at once get two keys), and never changes afterwards.
 */

/** Everything of a requirement the user edits: all but its id and REQ-key. */
export const requirementFields = requirement.omit({ id: true, key: true }).strict();

/** A segment or persona of any strategy: what a requirement may point to. Refuses a link to one that is gone. */
function requireSegmentOrPersona(draft: Draft<Workspace>, itemId: string | null): void {
  if (itemId === null) return;
  const found = plain(draft.strategies).some((strategy) =>
    indexById(strategy.targetMarket.segments, itemId) >= 0 || indexById(strategy.targetMarket.personas, itemId) >= 0);
  if (!found) throw gone({ en: 'segment or persona', zh: '细分市场或用户画像' });
}

export const requirementOps = {
  /** A new requirement with the next REQ-key (one above any the document ever used). */
  'document.requirement.add': defineOperation('document.requirement.add', z.object({
    documentId: id, requirementId: id, fields: requirementFields,
  }).strict(), (draft, { documentId, requirementId, fields }, context) => {
    const doc = requireDocument(draft, documentId);
    requireUnlocked(doc, { en: 'add a requirement', zh: '添加需求' });
    requireNewId(doc.requirements, requirementId, REQUIREMENT);
    requireSegmentOrPersona(draft, fields.personaOrSegmentId);
    const key = nextRequirementKey(plain(doc));
    doc.requirements.push({ id: requirementId, key, ...fields });
    doc.lastRequirementNumber = requirementNumber(key); // remembered even if this requirement is deleted
    stamp(doc, context);
  }),

  /** Any of a requirement's fields; its REQ-key stays. */
  'document.requirement.update': defineOperation('document.requirement.update', z.object({
    documentId: id, requirementId: id, fields: requirementFields.partial().strict(),
  }).strict(), (draft, { documentId, requirementId, fields }, context) => {
    const doc = requireDocument(draft, documentId);
    requireUnlocked(doc, { en: 'change a requirement', zh: '修改需求' });
    const target = requireItem(doc.requirements, requirementId, REQUIREMENT);
    if (fields.personaOrSegmentId !== undefined && fields.personaOrSegmentId !== target.personaOrSegmentId) {
      requireSegmentOrPersona(draft, fields.personaOrSegmentId);
    }
    assignChanged(target, fields);
    stamp(doc, context);
  }),

  /**
   * Deletes a requirement (with Undo in the UI). A later requirement gets a key above every key
   * in the document and its versions (see nextRequirementKey).
   */
  'document.requirement.remove': defineOperation('document.requirement.remove', z.object({
    documentId: id, requirementId: id,
  }).strict(), (draft, { documentId, requirementId }, context) => {
    const doc = requireDocument(draft, documentId);
    requireUnlocked(doc, { en: 'delete a requirement', zh: '删除需求' });
    const index = indexById(doc.requirements, requirementId);
    if (index < 0) throw gone(REQUIREMENT);
    doc.requirements.splice(index, 1);
    stamp(doc, context);
  }),
};
