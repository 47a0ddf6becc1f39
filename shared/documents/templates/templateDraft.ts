import { LIMITS } from '../../schema/primitives';

/** What the template editor edits: a user template's name and sections. */
export interface TemplateDraft {
  name: string;
  sections: ReadonlyArray<{ title: string; guidance: string }>;
}

export type TemplateDraftReason = 'required' | 'too-long' | 'template-needs-section' | 'too-many-sections';

/** field: 'name', 'sections', 'sections.<index>.title' or 'sections.<index>.guidance'. */
export interface TemplateDraftIssue {
  field: string;
  reason: TemplateDraftReason;
}

/** Same bound as the workspace schema's documentTemplate.sections. */
export const MAX_TEMPLATE_SECTIONS = 100;

/**
 * Problems the template editor shows beside its fields, checked before saving so the user gets
 * a message per field instead of a rejected workspace write. A template with no sections is
 * refused: a document made from it would be an empty page.
 */
export function validateTemplateDraft(draft: TemplateDraft): TemplateDraftIssue[] {
  const issues: TemplateDraftIssue[] = [];
  if (draft.name.trim() === '') issues.push({ field: 'name', reason: 'required' });
  else if (draft.name.length > LIMITS.shortText) issues.push({ field: 'name', reason: 'too-long' });

  if (draft.sections.length === 0) issues.push({ field: 'sections', reason: 'template-needs-section' });
  if (draft.sections.length > MAX_TEMPLATE_SECTIONS) issues.push({ field: 'sections', reason: 'too-many-sections' });
  draft.sections.forEach((section, index) => {
    if (section.title.trim() === '') issues.push({ field: `sections.${index}.title`, reason: 'required' });
    else if (section.title.length > LIMITS.shortText) issues.push({ field: `sections.${index}.title`, reason: 'too-long' });
    if (section.guidance.length > LIMITS.mediumText) issues.push({ field: `sections.${index}.guidance`, reason: 'too-long' });
  });
  return issues;
}
