import type { DocumentKind, DocumentTemplate } from '../../schema/document';
import { LIMITS, type UiLanguage } from '../../schema/primitives';
import { plainText, type RichNode } from '../richText';
import { cutToLength } from '../textLimit';

export interface TemplateFromDocumentOptions {
  id: string;
  name: string;
  kind: DocumentKind;
  language: UiLanguage;
}

export type TemplateFromDocumentResult =
  | { ok: true; template: DocumentTemplate }
  | { ok: false; reason: 'template-needs-section' };

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function headingLevel(node: RichNode): number | null {
  if (node.type !== 'heading') return null;
  const level = Number(node.attrs?.level);
  return Number.isInteger(level) ? level : null;
}

/**
 * The prompt an empty paragraph carries. A document made from a template keeps its guidance as
 * the paragraph's attribute until the user types, so saving it again as a template keeps it.
 */
function guidanceAttribute(node: RichNode): string {
  const value = node.attrs?.guidance ?? node.attrs?.['data-guidance'];
  return typeof value === 'string' ? value.trim() : '';
}

/** The first paragraph with text (or, failing that, with a guidance prompt) among a section's blocks. */
function sectionGuidance(blocks: readonly RichNode[]): string {
  for (const block of blocks) {
    if (block.type !== 'paragraph') continue;
    const text = plainText(block).trim() || guidanceAttribute(block);
    if (text !== '') return cutToLength(text, LIMITS.mediumText).trim();
  }
  return '';
}

/**
 * "Save as template": the document's level-2 headings become the sections (level-1 when it has
 * no level-2 ones, for documents written with top-level headings only); each section's guidance
 * is the first non-empty paragraph under its heading. Headings without text are skipped. The
 * name is taken as given: run validateTemplateDraft on the result before saving it.
 */
export function templateFromDocument(doc: RichNode, options: TemplateFromDocumentOptions): TemplateFromDocumentResult {
  const blocks = doc.content ?? [];
  const sectionLevel = blocks.some((block) => headingLevel(block) === 2) ? 2 : 1;
  const starts = blocks
    .map((block, index) => ({ index, title: headingLevel(block) === sectionLevel ? oneLine(plainText(block)) : '' }))
    .filter((entry) => entry.title !== '');
  if (starts.length === 0) return { ok: false, reason: 'template-needs-section' };

  const sections = starts.map((start, i) => {
    // A section runs until the next heading of its level or above (a lower-level subheading stays inside).
    let end = blocks.length;
    for (let j = start.index + 1; j < blocks.length; j++) {
      const level = headingLevel(blocks[j]!);
      if (level !== null && level <= sectionLevel) { end = j; break; }
    }
    return {
      id: `section-${i + 1}`,
      title: cutToLength(start.title, LIMITS.shortText).trim(),
      guidance: sectionGuidance(blocks.slice(start.index + 1, end)),
    };
  });
  return {
    ok: true,
    template: { id: options.id, kind: options.kind, name: options.name, language: options.language, builtIn: false, sections },
  };
}
