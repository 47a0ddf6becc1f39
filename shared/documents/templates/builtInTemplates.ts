import type { DocumentKind, DocumentTemplate } from '../../schema/document';
import type { UiLanguage } from '../../schema/primitives';
import { BRD_TEMPLATE } from './brdTemplate';
import { CHANGE_REQUEST_TEMPLATE } from './changeRequestTemplate';
import { LAUNCH_BRIEF_TEMPLATE } from './launchBriefTemplate';
import { PRD_TEMPLATE } from './prdTemplate';
import { TRADE_SHOW_PLAN_TEMPLATE } from './tradeShowPlanTemplate';

/** Text the user reads, in every interface language. */
export type Bilingual = Record<UiLanguage, string>;

/**
 * A template that ships with the app. It holds both languages; the workspace stores templates
 * one language at a time (DocumentTemplate), so builtInTemplateFor picks one when a document is
 * created from it or the library lists it.
 */
export interface BuiltInTemplate {
  id: string;
  kind: DocumentKind;
  name: Bilingual;
  sections: ReadonlyArray<{ id: string; title: Bilingual; guidance: Bilingual }>;
}

export const BUILT_IN_TEMPLATES: readonly BuiltInTemplate[] = [
  BRD_TEMPLATE, PRD_TEMPLATE, LAUNCH_BRIEF_TEMPLATE, TRADE_SHOW_PLAN_TEMPLATE, CHANGE_REQUEST_TEMPLATE,
];

/**
 * The built-in template in one language. The id is the built-in's own id in both languages, so
 * a document's templateId names "the PRD template" whatever language it was created in.
 */
export function builtInTemplateFor(template: BuiltInTemplate, lang: UiLanguage): DocumentTemplate {
  return {
    id: template.id,
    kind: template.kind,
    name: template.name[lang],
    language: lang,
    builtIn: true,
    sections: template.sections.map((section) => ({ id: section.id, title: section.title[lang], guidance: section.guidance[lang] })),
  };
}

/** Every built-in template in one language, in library order. */
export function builtInTemplatesFor(lang: UiLanguage): DocumentTemplate[] {
  return BUILT_IN_TEMPLATES.map((template) => builtInTemplateFor(template, lang));
}

/** The built-in with this id, or null (a document made from a template that is not built in). */
export function findBuiltInTemplate(id: string): BuiltInTemplate | null {
  return BUILT_IN_TEMPLATES.find((template) => template.id === id) ?? null;
}
