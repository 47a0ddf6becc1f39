import { describe, expect, it } from 'vitest';
import { invariants, operations } from '../../ops/registry';
import { workshopInvariants, workshopOperations } from './index';

describe('workshop operations in the registry', () => {
  it('lists every workshop operation under its own name, and the link invariants', () => {
    for (const [name, operation] of Object.entries(workshopOperations)) {
      expect(operation.name).toBe(name);
      expect(name.startsWith('workshop.')).toBe(true);
      expect((operations as Record<string, unknown>)[name]).toBe(operation);
    }
    for (const invariant of workshopInvariants) expect(invariants).toContain(invariant);
  });
});
