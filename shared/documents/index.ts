/** The pure document logic: templates, requirements, change control, versions, diff, search, Jira CSV. */
export * from './richText';
export { escapeHtml } from './escapeHtml';
export { cutToLength } from './textLimit';
export {
  BUILT_IN_TEMPLATES, builtInTemplateFor, builtInTemplatesFor, findBuiltInTemplate,
  type Bilingual, type BuiltInTemplate,
} from './templates/builtInTemplates';
export { documentFromTemplate, templateBodyHtml, type NewDocumentOptions } from './templates/documentFromTemplate';
export {
  templateFromDocument, type TemplateFromDocumentOptions, type TemplateFromDocumentResult,
} from './templates/templateFromDocument';
export {
  MAX_TEMPLATE_SECTIONS, validateTemplateDraft,
  type TemplateDraft, type TemplateDraftIssue, type TemplateDraftReason,
} from './templates/templateDraft';
export {
  REQUIREMENT_STATUSES, displayPriority, filterRequirements, nextRequirementKey, priorityRank, priorityValues,
  requirementOwners, sortRequirements,
  type Priority, type PriorityScheme, type RequirementFilter, type RequirementSortColumn, type RequirementStatus, type SortDirection,
} from './requirements';
export { jiraLabel, requirementsToJiraCsv, type JiraCsvOptions } from './jiraCsv';
export {
  canMoveTo, canRecordChanges, emptyChangeRecord, isBodyLocked, nextStatuses, validateChangeRecord,
  type ChangeRecordField, type ChangeRecordIssue, type ChangeRecordReason,
} from './changeControl';
export {
  matchesVersion, newestVersion, restoreVersion, snapshotVersion, versionLabel, type RestoreOptions,
} from './versions';
export {
  COMPARED_REQUIREMENT_FIELDS, diffRequirements, diffTextBlocks, textBlocks,
  type ComparedRequirementField, type DiffBlock, type DiffPart, type RequirementsDiff,
} from './diff';
export { htmlToSearchText, searchDocuments, type SearchField, type DocumentSearchHit } from './search';
