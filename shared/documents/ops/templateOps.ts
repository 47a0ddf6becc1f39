import { z } from 'zod';
import { OperationRefused, defineOperation } from '../../ops/defineOperation';
import { documentTemplate } from '../../schema/document';
import { id } from '../../schema/primitives';
import { validateTemplateDraft, type TemplateDraft } from '../templates/templateDraft';
import { TEMPLATE, assignChanged, gone, indexById, requireNewId, requireTemplate } from './common';

/** The team's own document templates (the built-in ones are in the app, not in the workspace). */

const shape = documentTemplate.shape;

/** A template as the template editor saves it (never built in). */
export const templateInput = z.object({
  id, name: shape.name, kind: shape.kind, language: shape.language, sections: shape.sections,
}).strict();

const templateFields = z.object({
  name: shape.name.optional(), kind: shape.kind.optional(), language: shape.language.optional(), sections: shape.sections.optional(),
}).strict();

/** The template editor's rules (a name, at least one section, every section titled), for any caller. */
function requireValidTemplate(draft: TemplateDraft): void {
  const [issue] = validateTemplateDraft(draft);
  if (!issue) return;
  if (issue.reason === 'template-needs-section') {
    throw new OperationRefused('refused', 'A template needs at least one section.', '模板至少需要一个章节。');
  }
  if (issue.field === 'name') {
    throw new OperationRefused('refused', 'A template needs a name (at most 200 characters).', '模板需要名称（最多 200 个字符）。');
  }
  throw new OperationRefused('refused', 'Every section of a template needs a title, and the texts must not be too long.', '模板的每个章节都需要标题，且文字不能过长。');
}

export const templateOps = {
  /** A new template of the team's own (from "Save as template", with the id from the caller). */
  'template.create': defineOperation('template.create', z.object({ template: templateInput }).strict(), (draft, { template }) => {
    requireNewId(draft.templates, template.id, TEMPLATE);
    requireValidTemplate(template);
    draft.templates.push({ ...template, builtIn: false });
  }),

  /** Any of a template's name, type, language and sections (the whole ordered list). */
  'template.update': defineOperation('template.update', z.object({ templateId: id, fields: templateFields }).strict(), (draft, { templateId, fields }) => {
    const template = requireTemplate(draft, templateId);
    requireValidTemplate({ name: fields.name ?? template.name, sections: fields.sections ?? template.sections });
    assignChanged(template, { ...fields, builtIn: false });
  }),

  /** Deletes one of the team's templates (with Undo in the UI); documents made from it keep their content. */
  'template.remove': defineOperation('template.remove', z.object({ templateId: id }).strict(), (draft, { templateId }) => {
    const index = indexById(draft.templates, templateId);
    if (index < 0) throw gone(TEMPLATE);
    draft.templates.splice(index, 1);
  }),
};
