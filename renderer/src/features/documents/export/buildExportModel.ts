import { canRecordChanges } from '../../../../../shared/documents/changeControl';
import type { DocumentExportModel } from '../../../../../shared/documents/export/exportModel';
import { displayPriority } from '../../../../../shared/documents/requirements';
import { resolveStrategyBlocks } from '../../../../../shared/documents/strategyBlocks/resolveStrategyBlocks';
import { versionLabel } from '../../../../../shared/documents/versions';
import type { ProductDocument } from '../../../../../shared/schema/document';
import type { UiLanguage } from '../../../../../shared/schema/primitives';
import type { Workspace } from '../../../../../shared/schema/workspace';
import { htmlToRichDoc } from '../../../kernel/richText/htmlToRich';
import { todayIso } from '../../../kernel/dates/todayIso';

/**
 * Everything the four writers need, decided once: the body through the editor schema with the
 * strategy blocks resolved (live ones read now), priorities in the workspace's scheme, labels
 * in the UI language. The change log is part of every export once the document is approved.
 */
export function buildExportModel(doc: ProductDocument, workspace: Workspace, language: UiLanguage, labels: { kind: string; status: string }): DocumentExportModel {
  const scheme = workspace.settings.requirementPriorityScheme;
  const segmentNameById: Record<string, string> = {};
  for (const strategy of workspace.strategies) {
    for (const segment of strategy.targetMarket.segments) segmentNameById[segment.id] = segment.name;
    for (const persona of strategy.targetMarket.personas) segmentNameById[persona.id] = persona.name;
  }
  return {
    language,
    title: doc.title,
    product: doc.product,
    kindLabel: labels.kind,
    statusLabel: labels.status,
    versionLabel: versionLabel(doc),
    author: doc.author,
    date: todayIso(),
    companyName: workspace.company.name,
    body: resolveStrategyBlocks(htmlToRichDoc(doc.bodyHtml), workspace.strategies, { language, currency: workspace.settings.currency }),
    requirements: doc.requirements.map((requirement) => ({ ...requirement, priority: displayPriority(requirement.priority, scheme) })),
    segmentNameById,
    changeRecords: doc.changeRecords,
    includeRequirements: doc.kind === 'prd',
    includeChangeLog: doc.changeRecords.length > 0 || canRecordChanges(doc),
  };
}
