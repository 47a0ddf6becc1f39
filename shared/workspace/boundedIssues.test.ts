import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createSampleWorkspace } from '../samplePlan/samplePlan';
import { workspace } from '../schema/workspace';
import { firstIssues, safeParseStoppingEarly } from './boundedIssues';

const sample = () => JSON.parse(JSON.stringify(createSampleWorkspace('en', new Date('2026-05-01T09:00:00Z'))));
const brief = (issues: ReadonlyArray<z.core.$ZodIssue>) => issues.map((i) => `${i.path.join('.')}:${i.code}`);

describe('firstIssues', () => {
  it('lists the same problems, in the same order, as zod does when there are few', () => {
    const doc = sample();
    doc.name = 5;
    delete doc.company.industry;
    doc.campaigns[1].plannedBudget = -5;
    doc.campaigns[2].endDate = '2020-01-01'; // a refinement of the campaign object
    doc.marketingPlan.sections.push({ id: 'cover', enabled: true }); // too many, and a duplicate
    doc.workshops[0].agenda[0].minutes = 'ten';
    const full = workspace.safeParse(doc, { reportInput: true });
    const bounded = firstIssues(workspace, doc, 100);
    expect(bounded.complete).toBe(true);
    expect(brief(bounded.issues)).toEqual(brief(full.error!.issues));
    expect(bounded.issues.map((i) => i.input)).toEqual(full.error!.issues.map((i) => i.input));
  });

  it('stops at the limit without building millions of problems', () => {
    const doc = sample();
    doc.campaigns = Array.from({ length: 400 }, () => ({ ...doc.campaigns[0], activities: Array.from({ length: 2_000 }, () => ({})) }));
    const started = Date.now();
    const bounded = firstIssues(workspace, doc, 20);
    expect(Date.now() - started).toBeLessThan(5_000); // zod's full report of these 4.8 million problems takes close to a minute
    expect(bounded.complete).toBe(false);
    expect(bounded.issues).toHaveLength(20);
    expect(brief(bounded.issues).slice(0, 2)).toEqual(['campaigns.0.activities.0.id:invalid_type', 'campaigns.0.activities.0.level:invalid_value']);
  });

  it('reports an over-long list once, without reading its items', () => {
    const list = z.object({ items: z.array(z.object({ a: z.string() })).max(3) });
    const bounded = firstIssues(list, { items: Array.from({ length: 1_000_000 }, () => ({})) }, 20);
    expect(brief(bounded.issues)).toEqual(['items:too_big']);
  });

  it('lets optional, nullable and defaulted values through to their inner schema', () => {
    const schema = z.object({ a: z.object({ b: z.string() }).nullable(), c: z.string().default('x'), d: z.number().optional() });
    expect(brief(firstIssues(schema, { a: { b: 1 }, d: 'no' }, 20).issues)).toEqual(['a.b:invalid_type', 'd:invalid_type']);
    expect(firstIssues(schema, { a: null }, 20).issues).toEqual([]);
  });
});

describe('safeParseStoppingEarly', () => {
  it('gives the same data as safeParse for a valid workspace', () => {
    const doc = sample();
    expect(safeParseStoppingEarly(workspace, doc)).toEqual(workspace.safeParse(doc));
  });

  it('stops at the first problem', () => {
    const doc = sample();
    doc.campaigns = Array.from({ length: 50_000 }, () => ({}));
    const result = safeParseStoppingEarly(workspace, doc);
    expect(result.success).toBe(false);
    expect(result.error!.issues).toHaveLength(1);
  });
});
