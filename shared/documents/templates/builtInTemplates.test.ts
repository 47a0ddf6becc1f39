import { describe, expect, it } from 'vitest';
import { documentTemplate } from '../../schema/document';
import { BUILT_IN_TEMPLATES, builtInTemplateFor, builtInTemplatesFor, findBuiltInTemplate } from './builtInTemplates';

const LANGS = ['en', 'zh-CN'] as const;
const CJK = /[\u4e00-\u9fff]/;

describe('built-in templates', () => {
  it('are the five the issue asks for, one per kind', () => {
    expect(BUILT_IN_TEMPLATES.map((t) => [t.id, t.kind])).toEqual([
      ['builtin-brd', 'brd'], ['builtin-prd', 'prd'], ['builtin-launch-brief', 'launch-brief'],
      ['builtin-trade-show-plan', 'trade-show-plan'], ['builtin-change-request', 'change-request'],
    ]);
  });

  it('have unique template ids and unique section ids', () => {
    const ids = BUILT_IN_TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    const sectionIds = BUILT_IN_TEMPLATES.flatMap((t) => t.sections.map((s) => s.id));
    expect(new Set(sectionIds).size).toBe(sectionIds.length);
  });

  it.each(BUILT_IN_TEMPLATES.map((t) => [t.id, t] as const))('%s has sections with title and guidance in both languages', (_id, template) => {
    expect(template.sections.length).toBeGreaterThanOrEqual(1);
    for (const lang of LANGS) expect(template.name[lang].trim()).not.toBe('');
    expect(template.name['zh-CN']).toMatch(CJK);
    for (const section of template.sections) {
      for (const lang of LANGS) {
        expect(section.title[lang].trim(), `${section.id} title ${lang}`).not.toBe('');
        expect(section.guidance[lang].trim(), `${section.id} guidance ${lang}`).not.toBe('');
      }
      expect(section.title['zh-CN'], section.id).toMatch(CJK);
      expect(section.guidance['zh-CN'], section.id).toMatch(CJK);
      // English text should really be English, not a pasted Chinese string.
      expect(section.title.en, section.id).not.toMatch(CJK);
      expect(section.guidance.en, section.id).not.toMatch(CJK);
    }
  });

  it('PRD has exactly the nine DOMAIN.md sections, in order', () => {
    const prd = findBuiltInTemplate('builtin-prd')!;
    expect(prd.sections.map((s) => s.title.en)).toEqual([
      'Product vision', 'Target market', 'Competitive analysis', 'Detailed feature descriptions', 'Feature priority',
      'Reference cases', 'System requirements', 'Performance requirements', 'Sales and technical-support requirements',
    ]);
    expect(prd.sections.map((s) => s.title['zh-CN'])).toEqual([
      '产品愿景', '目标市场', '竞争分析', '详细功能描述', '功能优先级', '参考案例', '系统需求', '性能需求', '销售与技术支持需求',
    ]);
  });

  it('BRD has the five business sections', () => {
    expect(findBuiltInTemplate('builtin-brd')!.sections.map((s) => s.title.en)).toEqual([
      'Business opportunity', 'Market', 'Business case', 'Goals and metrics', 'Risks',
    ]);
  });

  it.each(LANGS)('in %s each passes the workspace documentTemplate schema', (lang) => {
    for (const template of BUILT_IN_TEMPLATES) {
      const single = builtInTemplateFor(template, lang);
      const parsed = documentTemplate.safeParse(single);
      expect(parsed.success, `${template.id} ${lang}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      expect(single).toMatchObject({ id: template.id, language: lang, builtIn: true, name: template.name[lang] });
      expect(single.sections[0]!.title).toBe(template.sections[0]!.title[lang]);
    }
  });

  it('builtInTemplatesFor lists all of them in one language; findBuiltInTemplate answers null for others', () => {
    expect(builtInTemplatesFor('zh-CN').map((t) => t.name)).toContain('产品需求文档（PRD）');
    expect(findBuiltInTemplate('tpl_user1')).toBeNull();
  });
});
