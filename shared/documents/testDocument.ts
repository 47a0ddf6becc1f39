import type { ProductDocument, Requirement } from '../schema/document';
import { highestRequirementNumber } from './requirements';

/** Builders for the documents tests (not used by app code). */

export function makeRequirement(over: Partial<Requirement> & Pick<Requirement, 'key'>): Requirement {
  return {
    id: `req_${over.key.replace(/\W/g, '')}`, title: `Title of ${over.key}`, description: '', priority: 'should',
    acceptanceCriteria: '', status: 'proposed', owner: '', personaOrSegmentId: null, ...over,
  };
}

export function makeDocument(over: Partial<ProductDocument> = {}): ProductDocument {
  return {
    id: 'doc_1', kind: 'prd', title: 'Kettle PRD', product: 'Smart kettle', status: 'draft', author: 'Li Wei',
    strategyId: null, templateId: null, bodyHtml: '<p>Hello</p>', requirements: [], changeRecords: [], versions: [],
    createdAt: '2026-04-01T08:00:00.000Z', updatedAt: '2026-04-01T08:00:00.000Z', ...over,
    lastRequirementNumber: over.lastRequirementNumber ?? highestRequirementNumber(over.requirements ?? []),
  };
}
