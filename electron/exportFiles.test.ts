import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ dialog: {}, shell: {} }));
const { withExtension } = await import('./exportFiles');

describe('withExtension', () => {
  it('adds the export kind’s extension unless the name already has it', () => {
    expect(withExtension('/home/li/Plan 2027', 'pdf')).toBe('/home/li/Plan 2027.pdf');
    expect(withExtension('/home/li/Plan 2027.PDF', 'pdf')).toBe('/home/li/Plan 2027.PDF');
    expect(withExtension('/home/li/notes.txt', 'markdown')).toBe('/home/li/notes.txt.md');
    expect(withExtension('C:\\\\Users\\\\li\\\\PRD.docx', 'docx')).toBe('C:\\\\Users\\\\li\\\\PRD.docx');
  });
});
