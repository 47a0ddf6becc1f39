import { describe, expect, it } from 'vitest';
import { folderOf, safeFileName } from './paths';

describe('path helpers', () => {
  it('finds the folder for POSIX and Windows paths', () => {
    expect(folderOf('/home/ann/plans/w.json')).toBe('/home/ann/plans/');
    expect(folderOf('C:\\Users\\Ann\\w.json')).toBe('C:\\Users\\Ann\\');
    expect(folderOf('w.json')).toBe('');
  });

  it('makes names safe for file systems', () => {
    expect(safeFileName('Q3: plan / draft?')).toBe('Q3- plan - draft-');
    expect(safeFileName('   ')).toBe('workspace');
  });
});
