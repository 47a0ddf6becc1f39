import { describe, expect, it } from 'vitest';
import { safeFileName } from './downloadFile';

describe('safeFileName', () => {
  it('removes characters that are not allowed in file names', () => {
    expect(safeFileName('Plan: 2026/Q1 <draft>', 'x')).toBe('Plan 2026 Q1 draft');
    expect(safeFileName('明叶年度营销计划', 'x')).toBe('明叶年度营销计划');
    expect(safeFileName(' \\/ ', 'calendar')).toBe('calendar');
  });
});
