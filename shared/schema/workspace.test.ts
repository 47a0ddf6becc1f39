import { describe, expect, it } from 'vitest';
import { createEmptyWorkspace, createSampleWorkspace } from '../samplePlan/samplePlan';
import { parseWorkspaceText } from '../workspace/parseWorkspace';
import { formatPath } from '../validation/issues';
import { isRealCalendarDate } from './primitives';
import { documentTemplate } from './document';
import { workspace } from './workspace';

const sampleText = () => JSON.stringify(createSampleWorkspace('en', new Date('2026-04-01T08:00:00Z')));

describe('workspace schema', () => {
  it('knows real calendar dates', () => {
    expect(isRealCalendarDate('2024-02-29')).toBe(true);
    expect(isRealCalendarDate('2026-02-29')).toBe(false);
    expect(isRealCalendarDate('2026-02-30')).toBe(false);
    expect(isRealCalendarDate('2026-13-01')).toBe(false);
    expect(isRealCalendarDate('2026-1-01')).toBe(false);
    expect(isRealCalendarDate('2026-04-31')).toBe(false);
  });

  it('accepts both sample plans and the empty workspace', () => {
    expect(workspace.safeParse(createSampleWorkspace('zh-CN', new Date())).success).toBe(true);
    expect(workspace.safeParse(createEmptyWorkspace('en', new Date())).success).toBe(true);
  });

  it('reports an impossible date with its path', () => {
    const doc = JSON.parse(sampleText());
    doc.campaigns[0].startDate = '2026-02-30';
    doc.campaigns[0].endDate = '2026-12-31';
    const result = parseWorkspaceText(JSON.stringify(doc));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.issues[0]).toMatchObject({ path: 'campaigns[0].startDate', en: expect.stringContaining('calendar date') });
  });

  it('reports an end before the start', () => {
    const doc = JSON.parse(sampleText());
    doc.campaigns[0].startDate = '2026-05-10';
    doc.campaigns[0].endDate = '2026-05-01';
    const result = parseWorkspaceText(JSON.stringify(doc));
    expect(!result.ok && result.problem.issues[0]).toMatchObject({ path: 'campaigns[0].endDate', en: 'ends before it starts', zh: '结束日期早于开始日期' });
  });

  it('refuses NaN and Infinity written as strings in number fields', () => {
    for (const bad of ['NaN', 'Infinity', '-Infinity', '1e999']) {
      const doc = JSON.parse(sampleText());
      doc.campaigns[0].plannedBudget = bad;
      const result = parseWorkspaceText(JSON.stringify(doc));
      expect(!result.ok && result.problem.issues[0]?.path).toBe('campaigns[0].plannedBudget');
    }
    const overflow = sampleText().replace(/"plannedBudget":\d+/, '"plannedBudget":1e999');
    expect(parseWorkspaceText(overflow).ok).toBe(false);
  });

  it('drops prototype-pollution keys and never touches Object.prototype', () => {
    const text = sampleText().replace('{', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},');
    const result = parseWorkspaceText(text);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (result.ok) {
      expect(Object.prototype.hasOwnProperty.call(result.workspace, '__proto__')).toBe(false);
      expect(Object.prototype.hasOwnProperty.call(result.workspace, 'constructor')).toBe(false);
    }
  });

  it('keeps control characters and RTL marks as plain text', () => {
    const doc = JSON.parse(sampleText());
    doc.company.description = 'a\u0000b\u0007c\u202Edcba\u200F';
    const result = parseWorkspaceText(JSON.stringify(doc));
    expect(result.ok && result.workspace.company.description).toBe('a\u0000b\u0007c\u202Edcba\u200F');
  });

  it('accepts a UTF-8 byte-order mark', () => {
    expect(parseWorkspaceText(`\uFEFF${sampleText()}`).ok).toBe(true);
  });

  it('says why JSON breaks', () => {
    const result = parseWorkspaceText('{\n  "schemaVersion": 2,\n  "name": }');
    expect(!result.ok && result.problem.kind).toBe('not-json');
    expect(!result.ok && result.problem.detail).toMatch(/Unexpected token|line 3/);
  });

  it('limits the length of a single field', () => {
    const doc = JSON.parse(sampleText());
    doc.company.description = 'x'.repeat(3_000);
    const result = parseWorkspaceText(JSON.stringify(doc));
    expect(!result.ok && result.problem.issues[0]).toMatchObject({ path: 'company.description', en: expect.stringContaining('too long') });
  });

  it('reads a newer schemaVersion but marks it', () => {
    const doc = JSON.parse(sampleText());
    doc.schemaVersion = 7;
    const result = parseWorkspaceText(JSON.stringify(doc));
    expect(result.ok && result.newerVersion).toBe(7);
  });

  it('rejects a missing or nonsense schemaVersion with its path', () => {
    for (const version of [undefined, 0, 1.5, '2', null]) {
      const doc = JSON.parse(sampleText());
      doc.schemaVersion = version;
      const result = parseWorkspaceText(JSON.stringify(doc));
      expect(!result.ok && result.problem.issues[0]?.path).toBe('schemaVersion');
    }
  });

  it('refuses a template with no sections', () => {
    const result = documentTemplate.safeParse({ id: 't1', kind: 'prd', name: 'Empty', language: 'en', builtIn: false, sections: [] });
    expect(result.success).toBe(false);
  });

  it('formats paths the way people read them', () => {
    expect(formatPath(['campaigns', 3, 'activities', 0, 'endDate'])).toBe('campaigns[3].activities[0].endDate');
    expect(formatPath([])).toBe('(document)');
  });
});
