import { describe, expect, it } from 'vitest';
import { validateTemplateDraft } from './templateDraft';

describe('validateTemplateDraft', () => {
  it('accepts a named template with titled sections (guidance may be empty)', () => {
    expect(validateTemplateDraft({ name: '周报', sections: [{ title: '本周进展', guidance: '' }] })).toEqual([]);
  });

  it('refuses a template with no sections', () => {
    expect(validateTemplateDraft({ name: 'Empty', sections: [] })).toEqual([{ field: 'sections', reason: 'template-needs-section' }]);
  });

  it('needs a name and a title for each section', () => {
    expect(validateTemplateDraft({ name: '  ', sections: [{ title: 'ok', guidance: '' }, { title: ' ', guidance: 'x' }] })).toEqual([
      { field: 'name', reason: 'required' },
      { field: 'sections.1.title', reason: 'required' },
    ]);
  });

  it('reports text over the workspace limits and too many sections', () => {
    const sections = Array.from({ length: 101 }, () => ({ title: 't', guidance: '' }));
    sections[0] = { title: 'x'.repeat(201), guidance: 'g'.repeat(2_001) };
    expect(validateTemplateDraft({ name: 'n'.repeat(201), sections })).toEqual([
      { field: 'name', reason: 'too-long' },
      { field: 'sections', reason: 'too-many-sections' },
      { field: 'sections.0.title', reason: 'too-long' },
      { field: 'sections.0.guidance', reason: 'too-long' },
    ]);
  });
});
