import { describe, expect, it, vi } from 'vitest';
import { migrations } from '../migrations/index';
import { createEmptyWorkspace } from '../samplePlan/samplePlan';
import { parseWorkspaceText, validateWorkspaceJson, withoutExcerpt, withoutQuotedValues } from './parseWorkspace';

const empty = () => JSON.parse(JSON.stringify(createEmptyWorkspace('en', new Date('2026-05-01T09:00:00Z'))));

function problemOf(text: string) {
  const result = parseWorkspaceText(text);
  if (result.ok) throw new Error('expected a problem');
  return result.problem;
}

describe('parseWorkspaceText', () => {
  it('tells a field of the wrong type from a missing one', () => {
    const doc = empty();
    doc.name = 5;
    delete doc.id;
    expect(problemOf(JSON.stringify(doc)).issues).toEqual([
      { path: 'id', en: 'is missing (expected string)', zh: '缺少此项（应为 string）' },
      { path: 'name', en: 'has the wrong type (expected string)', zh: '类型错误（应为 string）' },
    ]);
  });

  it('never throws out of a migration: a migration that throws becomes a message', () => {
    const doc = { ...empty(), schemaVersion: 4 };
    const spy = vi.spyOn(migrations as Record<number, (doc: Record<string, unknown>) => Record<string, unknown>>, 4).mockImplementation(() => {
      throw new TypeError('Cannot convert object to primitive value');
    });
    try {
      const problem = problemOf(JSON.stringify(doc));
      expect(problem.kind).toBe('invalid');
      expect(problem.detail).toBe('The file could not be upgraded from schemaVersion 4: part of it is in a form this version does not expect (Cannot convert object to primitive value).');
    } finally {
      spy.mockRestore();
    }
  });

  it('refuses a version-4 step written as an object, naming the field', () => {
    const doc = { ...empty(), schemaVersion: 4 };
    doc.workshops = [{ id: 'w', agenda: [{ step: { toString: 'research' } }] }];
    const problem = problemOf(JSON.stringify(doc));
    expect(problem.kind).toBe('invalid');
    expect(problem.issues?.some((issue) => issue.path === 'workshops[0].agenda[0].step')).toBe(true);
    expect(validateWorkspaceJson(doc).ok).toBe(false);
  });

  it('says where the JSON breaks, also when V8 does not', () => {
    expect(problemOf('{\n  "name": x\n}').detail).toMatch(/^Unexpected token 'x'.* \(line 2, column 11\)$/);
    expect(problemOf('{\n  "name": "a",').detail).toMatch(/\(the file ends too early at line 2, column 15; it may have been cut off\)$/);
    expect(problemOf(' \n ').detail).toBe('The file is empty.');
  });

  it('shows a right-to-left override quoted from the file as text', () => {
    const detail = problemOf('\u202Egnp.exe').detail;
    expect(detail).not.toContain('\u202E');
    expect(detail).toContain('\\u202E');
  });

  it('refuses 4.8 million problems at once, listing the first 20', () => {
    const doc = empty();
    const campaign = { id: 'c', name: 'c', kind: 'campaign', startDate: '2026-01-01', endDate: '2026-01-02' };
    doc.campaigns = Array.from({ length: 400 }, () => ({ ...campaign, activities: Array.from({ length: 2_000 }, () => ({})) }));
    const started = Date.now();
    const problem = problemOf(JSON.stringify(doc));
    // Regression bound only: this took close to a minute and 3 GB when zod listed every problem.
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(problem.detail).toBe('The file does not match the workspace format (20 or more problems; the first 20 are listed).');
    expect(problem.issues).toHaveLength(20);
  });

  it('counts the problems exactly when there are few', () => {
    const doc = empty();
    doc.settings.currency = 'dollars';
    expect(problemOf(JSON.stringify(doc)).detail).toBe('The file does not match the workspace format (1 problem(s)).');
  });
});

describe('problem messages never quote a file that is not a workspace', () => {
  it('drops the excerpt V8 quotes from the file, keeping what is wrong and where', () => {
    const passwd = 'root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1::/usr/sbin:/usr/sbin/nologin\n';
    const detail = problemOf(passwd).detail;
    expect(detail).toBe("Unexpected token 'r' (line 1, column 1)");
    expect(problemOf('hunter2').detail).not.toContain('hunter2');
    expect(problemOf('{"password": "hunter2", "x": NaN}').detail).toMatch(/^Unexpected token 'N' \(line 1, column 30\)$/);
    expect(problemOf('{"password": "hunter2", "x": NaN}').detail).not.toContain('hunter2');
  });

  it('keeps messages that quote nothing as they are', () => {
    expect(withoutExcerpt("Expected ',' or ']' after array element in JSON at position 4")).toBe("Expected ',' or ']' after array element in JSON at position 4");
    expect(withoutExcerpt('Unexpected end of JSON input')).toBe('Unexpected end of JSON input');
    expect(withoutExcerpt('"[object Object]" is not valid JSON')).toBe('Not valid JSON');
  });

  it('drops values quoted in an error thrown while reading parsed JSON, keeping the property the code read', () => {
    expect(withoutQuotedValues("Cannot create property 'id' on string 'my secret text'")).toBe('Cannot create property … on string …');
    expect(withoutQuotedValues("Cannot read properties of undefined (reading 'agenda')")).toBe("Cannot read properties of undefined (reading 'agenda')");
  });
});
