import { z } from 'zod';
import { count, id, isoDate, isoDateTime, list, mediumText, requiredName, richText, shortText, uiLanguage } from './primitives';

export const documentKind = z.enum(['brd', 'prd', 'launch-brief', 'trade-show-plan', 'change-request', 'other']);
export const documentStatus = z.enum(['draft', 'in-review', 'approved', 'handed-off']);

/** A requirement row in a PRD (REQ-001…). Priority is MoSCoW or P0–P3 per workspace setting. */
export const requirement = z.object({
  id, key: z.string().regex(/^REQ-\d{3,}$/), title: requiredName, description: mediumText,
  priority: z.enum(['must', 'should', 'could', 'wont', 'P0', 'P1', 'P2', 'P3']),
  acceptanceCriteria: mediumText, status: z.enum(['proposed', 'accepted', 'in-progress', 'done', 'rejected']),
  owner: shortText, personaOrSegmentId: id.nullable(),
});

/** A change record 需求变更 on an approved document. */
export const changeRecord = z.object({
  id, description: mediumText, reason: mediumText, impact: mediumText, implementationPlan: mediumText,
  requestedBy: shortText, approver: shortText, decision: z.enum(['pending', 'approved', 'rejected']), date: isoDate,
});

/**
 * A named snapshot ("v0.3 sent to R&D"). Title and requirements were added after the first
 * release of the format, so older files without them still read (as "not recorded").
 */
export const documentVersion = z.object({
  id, name: requiredName, createdAt: isoDateTime, bodyHtml: richText,
  title: shortText.optional(),
  requirements: list(requirement, 5_000).optional(),
});
export type DocumentVersion = z.infer<typeof documentVersion>;
export type Requirement = z.infer<typeof requirement>;
export type ChangeRecord = z.infer<typeof changeRecord>;
export type DocumentKind = z.infer<typeof documentKind>;
export type DocumentStatus = z.infer<typeof documentStatus>;

export const productDocument = z.object({
  id,
  kind: documentKind,
  title: requiredName,
  product: shortText,
  status: documentStatus,
  author: shortText,
  strategyId: id.nullable(),
  templateId: id.nullable(),
  bodyHtml: richText,
  requirements: list(requirement, 5_000),
  /**
   * The highest requirement number this document has ever given (REQ-007 → 7), v6. A deleted
   * requirement's key is never given again, even when no version ever recorded it: R&D may still
   * refer to it.
   */
  lastRequirementNumber: count,
  changeRecords: list(changeRecord, 5_000),
  versions: list(documentVersion, 500),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type ProductDocument = z.infer<typeof productDocument>;

export const templateSection = z.object({ id, title: requiredName, guidance: mediumText });
export const documentTemplate = z.object({
  id,
  kind: documentKind,
  name: requiredName,
  language: uiLanguage,
  builtIn: z.boolean(),
  sections: list(templateSection, 100).min(1, { message: 'template-needs-section' }),
});
export type DocumentTemplate = z.infer<typeof documentTemplate>;
