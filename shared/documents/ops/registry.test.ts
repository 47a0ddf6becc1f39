import { describe, expect, it } from 'vitest';
import { invariants, operations } from '../../ops/registry';
import { documentInvariants, documentOperations } from './index';

describe('document operations in the registry', () => {
  it('lists every document and template operation under its own name, and the invariants', () => {
    expect(Object.keys(documentOperations).length).toBeGreaterThan(10);
    for (const [name, operation] of Object.entries(documentOperations)) {
      expect(operation.name).toBe(name);
      expect(name.startsWith('document.') || name.startsWith('template.')).toBe(true);
      expect((operations as Record<string, unknown>)[name]).toBe(operation);
    }
    expect(documentInvariants.map((invariant) => invariant.name)).toEqual([
      'document.approval-lock', 'document.requirement-keys', 'document.strategy-link', 'document.plan-appendices',
    ]);
    for (const invariant of documentInvariants) expect(invariants).toContain(invariant);
  });
});
