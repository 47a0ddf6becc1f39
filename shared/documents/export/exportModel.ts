import type { ChangeRecord, Requirement } from '../../schema/document';
import type { UiLanguage } from '../../schema/primitives';
import { commonTexts, documentsTexts, type DocumentsText } from '../../i18n/texts';
import type { RichNode } from '../richText';
import { headingAnchors, headingLevel, headingText } from './richWalk';

/** The words the export writers print around the user's content (shared/i18n/documents.*, `exported`). */
export type ExportWords = DocumentsText['exported'];
export const exportWords = (language: UiLanguage): ExportWords => documentsTexts[language].exported;

/**
 * Everything an export writer needs, already decided: labels in the document's language,
 * strategy blocks resolved (resolveStrategyBlocks), requirement priorities mapped to the
 * workspace scheme. The writers only lay this out, so all four formats say the same thing.
 */
export interface DocumentExportModel {
  language: UiLanguage;
  title: string;
  product: string;
  kindLabel: string;
  statusLabel: string;
  /** Name of the exported version ("v0.3 sent to R&D"), or null for the working copy. */
  versionLabel: string | null;
  author: string;
  /** YYYY-MM-DD */
  date: string;
  companyName: string;
  /** The document body (type 'doc') with strategy blocks already resolved. */
  body: RichNode;
  requirements: Requirement[];
  /** Names of segments and personas, for the requirements' "linked to" column. */
  segmentNameById: Readonly<Record<string, string>>;
  changeRecords: ChangeRecord[];
  includeRequirements: boolean;
  includeChangeLog: boolean;
}

export interface DocumentSection {
  text: string;
  /** Id of the target element (HTML id, DOCX bookmark after `docxBookmarkName`). */
  anchor: string;
  level: 1 | 2;
}

export const REQUIREMENTS_ANCHOR = 'requirements';
export const CHANGE_LOG_ANCHOR = 'change-log';

/** The requirements section is written only when asked for and there is at least one requirement. */
export const hasRequirementsSection = (model: DocumentExportModel) => model.includeRequirements && model.requirements.length > 0;
/** The change log is written whenever asked for; an empty one says "No changes recorded". */
export const hasChangeLogSection = (model: DocumentExportModel) => model.includeChangeLog;

/** Table-of-contents entries: level-1 and level-2 headings of the body, then Requirements and Change log. */
export function documentSections(model: DocumentExportModel): DocumentSection[] {
  const labels = exportWords(model.language);
  const sections: DocumentSection[] = [];
  for (const [node, anchor] of headingAnchors(model.body.content ?? [])) {
    const level = headingLevel(node);
    const text = headingText(node);
    if ((level === 1 || level === 2) && text !== '') sections.push({ text, anchor, level });
  }
  if (hasRequirementsSection(model)) sections.push({ text: labels.requirements, anchor: REQUIREMENTS_ANCHOR, level: 1 });
  if (hasChangeLogSection(model)) sections.push({ text: labels.changeLog, anchor: CHANGE_LOG_ANCHOR, level: 1 });
  return sections;
}

/** The text of the "linked to" cell: the segment or persona name, or the "none" dash. */
export function linkedName(model: DocumentExportModel, requirement: Requirement): string {
  const id = requirement.personaOrSegmentId;
  return (id !== null && Object.hasOwn(model.segmentNameById, id) ? model.segmentNameById[id] : undefined) ?? commonTexts[model.language].none;
}

/** Column headers of the requirements table, in the order of `requirementRow`. */
export function requirementHeader(labels: ExportWords): string[] {
  const columns = labels.requirementColumns;
  return [columns.key, columns.title, columns.description, columns.priority, columns.acceptanceCriteria, columns.status, columns.owner, columns.linked];
}

/** One requirement as the plain-text cells every writer prints (each writer escapes them its own way). */
export function requirementRow(model: DocumentExportModel, labels: ExportWords, requirement: Requirement): string[] {
  return [
    requirement.key, requirement.title, requirement.description, labels.priorities[requirement.priority],
    requirement.acceptanceCriteria, labels.requirementStatuses[requirement.status], requirement.owner, linkedName(model, requirement),
  ];
}

/** Column headers of the change log, in the order of `changeRecordRow`. */
export function changeLogHeader(labels: ExportWords): string[] {
  const columns = labels.changeColumns;
  return [columns.date, columns.description, columns.reason, columns.impact, columns.implementationPlan, columns.requestedBy, columns.approver, columns.decision];
}

export function changeRecordRow(labels: ExportWords, record: ChangeRecord): string[] {
  return [
    record.date, record.description, record.reason, record.impact, record.implementationPlan,
    record.requestedBy, record.approver, labels.decisions[record.decision],
  ];
}

/**
 * The cover's label/value lines (version, status, author, date, company), the same in every
 * format; blank values are left out. Title, kind and product are laid out by each writer.
 */
export function coverFields(model: DocumentExportModel, labels: ExportWords): Array<[string, string]> {
  const rows: Array<[string, string]> = [
    [labels.version, model.versionLabel ?? labels.workingCopy],
    [labels.status, model.statusLabel],
    [labels.author, model.author],
    [labels.date, model.date],
    [labels.company, model.companyName],
  ];
  return rows.filter(([, value]) => value.trim() !== '');
}
