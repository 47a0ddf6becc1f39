import type { ChangeRecord, DocumentKind, DocumentStatus, Requirement } from '../schema/document';

/**
 * The documents area's words that the export writers print around the user's content (cover,
 * contents, the requirement and change-log tables, the page footer), in HTML, Markdown and DOCX.
 */
export const documentsEn = {
  exported: {
    contents: 'Contents',
    requirements: 'Requirements',
    changeLog: 'Change log',
    documentInfo: 'Document information',
    title: 'Title',
    product: 'Product',
    version: 'Version',
    status: 'Status',
    author: 'Author',
    date: 'Date',
    company: 'Company',
    kind: 'Document type',
    workingCopy: 'Working copy',
    /** The page footer; Word or the PDF host puts the numbers in. */
    pageNumber: 'Page {{page}} of {{total}}',
    image: '[image]',
    noChanges: 'No changes recorded.',
    requirementColumns: {
      key: 'ID', title: 'Title', description: 'Description', priority: 'Priority',
      acceptanceCriteria: 'Acceptance criteria', status: 'Status', owner: 'Owner', linked: 'Segment / persona',
    },
    changeColumns: {
      date: 'Date', description: 'Change', reason: 'Reason', impact: 'Impact',
      implementationPlan: 'Implementation plan', requestedBy: 'Requested by', approver: 'Approver', decision: 'Decision',
    },
    priorities: {
      must: 'Must have', should: 'Should have', could: 'Could have', wont: "Won't have",
      P0: 'P0', P1: 'P1', P2: 'P2', P3: 'P3',
    } satisfies Record<Requirement['priority'], string>,
    requirementStatuses: { proposed: 'Proposed', accepted: 'Accepted', 'in-progress': 'In progress', done: 'Done', rejected: 'Rejected' } satisfies Record<Requirement['status'], string>,
    decisions: { pending: 'Pending', approved: 'Approved', rejected: 'Rejected' } satisfies Record<ChangeRecord['decision'], string>,
    kinds: {
      brd: 'Business requirements document (BRD)', prd: 'Product requirements document (PRD)',
      'launch-brief': 'Launch brief', 'trade-show-plan': 'Trade-show plan', 'change-request': 'Change request', other: 'Document',
    } satisfies Record<DocumentKind, string>,
    statuses: { draft: 'Draft', 'in-review': 'In review', approved: 'Approved', 'handed-off': 'Handed off' } satisfies Record<DocumentStatus, string>,
  },
  /**
   * The Description cell of the Jira CSV (jiraCsv.ts; Jira's column names stay English). Status,
   * owner and priority are `exported.requirementColumns`, their values `exported.priorities` and
   * `exported.requirementStatuses`.
   */
  jiraCsv: {
    /** Heads the acceptance criteria, on a line of its own. */
    acceptance: 'Acceptance criteria:',
    segment: 'Persona/segment',
    source: 'Source document',
  },
};
