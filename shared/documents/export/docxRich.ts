import {
  BorderStyle, Bookmark, ExternalHyperlink, HeadingLevel, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType,
  type IParagraphOptions, type IRunOptions, type ParagraphChild,
} from 'docx';
import type { RichNode } from '../richText';
import { docxImageRun } from './docxImage';
import { stripInvalidXmlChars } from './escape';
import { headingLevel, isWrittenNode } from './richWalk';
import { safeLinkHref } from './safeUrls';

/**
 * Rich text -> docx paragraphs and tables. Like the HTML writer it only knows the editor's
 * node and mark types; links go through the same allowlist, text through the XML-character
 * filter (one stray control character makes Word reject the whole file).
 */

export const BODY_FONT = { ascii: 'Calibri', hAnsi: 'Calibri', cs: 'Calibri', eastAsia: 'Microsoft YaHei' };
export const CODE_FONT = { ascii: 'Consolas', hAnsi: 'Consolas', cs: 'Consolas', eastAsia: 'Microsoft YaHei' };
export const ORDERED_LIST = 'ordered-list';
const MAX_LIST_LEVEL = 8;

/** Word bookmark names: letters, digits and underscores. */
export const docxBookmarkName = (anchor: string) => anchor.replace(/[^A-Za-z0-9_]/g, '_');

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6] as const;

export interface DocxRichContext {
  anchors: ReadonlyMap<RichNode, string>;
  imageNote: string;
  /** A new numbering instance per ordered list, so each list counts from 1. */
  nextListInstance: () => number;
}

/** Where a block sits: inside list items and quotes, and with what run formatting (bold in header cells). */
interface Placement {
  indentLeft: number;
  quote: boolean;
  run: Partial<IRunOptions>;
}

const TOP: Placement = { indentLeft: 0, quote: false, run: {} };

type Block = Paragraph | Table;

/** Text with line breaks becomes runs joined by breaks; docx would otherwise write the newline as nothing. */
export function textRuns(value: string, options: Partial<IRunOptions> = {}): TextRun[] {
  return stripInvalidXmlChars(value)
    .split(/\r?\n/)
    .map((line, index) => new TextRun({ ...options, text: line, ...(index > 0 ? { break: 1 } : {}) }));
}

function markOptions(node: RichNode, inherited: Partial<IRunOptions>): Partial<IRunOptions> {
  const has = (type: string) => (node.marks ?? []).some((mark) => mark.type === type);
  return {
    ...inherited,
    ...(has('bold') ? { bold: true } : {}),
    ...(has('italic') ? { italics: true } : {}),
    ...(has('underline') ? { underline: {} } : {}),
    ...(has('strike') ? { strike: true } : {}),
    ...(has('code') ? { font: CODE_FONT, shading: { type: ShadingType.CLEAR, fill: 'F0F0F0', color: 'auto' } } : {}),
  };
}

const linkOf = (node: RichNode): string | null => {
  const link = (node.marks ?? []).find((mark) => mark.type === 'link');
  return link === undefined ? null : safeLinkHref(link.attrs?.href);
};

/** Inline children of a paragraph. Consecutive runs with the same safe link become one hyperlink. */
function inlineChildren(nodes: readonly RichNode[], context: DocxRichContext, inherited: Partial<IRunOptions>): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  let index = 0;
  while (index < nodes.length) {
    const node = nodes[index]!;
    index += 1;
    if (!isWrittenNode(node)) continue;
    if (node.type === 'hardBreak') {
      children.push(new TextRun({ break: 1 }));
    } else if (node.type === 'image') {
      const run = docxImageRun(node.attrs?.src, typeof node.attrs?.alt === 'string' ? node.attrs.alt : '', context.imageNote);
      if (run !== null) children.push(run);
    } else if (node.type === 'text') {
      const href = linkOf(node);
      if (href === null) {
        children.push(...textRuns(node.text ?? '', markOptions(node, inherited)));
        continue;
      }
      const runs = textRuns(node.text ?? '', { ...markOptions(node, inherited), style: 'Hyperlink' });
      while (index < nodes.length && nodes[index]!.type === 'text' && linkOf(nodes[index]!) === href) {
        runs.push(...textRuns(nodes[index]!.text ?? '', { ...markOptions(nodes[index]!, inherited), style: 'Hyperlink' }));
        index += 1;
      }
      children.push(new ExternalHyperlink({ link: href, children: runs }));
    }
  }
  return children;
}

function paragraphOptions(placement: Placement): Partial<IParagraphOptions> {
  return {
    ...(placement.indentLeft > 0 ? { indent: { left: placement.indentLeft } } : {}),
    ...(placement.quote ? { border: { left: { style: BorderStyle.SINGLE, size: 12, color: 'BBBBBB', space: 8 } } } : {}),
  };
}

function listBlocks(node: RichNode, level: number, placement: Placement, context: DocxRichContext): Block[] {
  const ordered = node.type === 'orderedList';
  const instance = ordered ? context.nextListInstance() : 0;
  const clamped = Math.min(level, MAX_LIST_LEVEL);
  const blocks: Block[] = [];
  for (const item of node.content ?? []) {
    if (item.type !== 'listItem') continue;
    let markerUsed = false;
    for (const child of item.content ?? []) {
      if (child.type === 'bulletList' || child.type === 'orderedList') {
        blocks.push(...listBlocks(child, level + 1, placement, context));
      } else if (child.type === 'paragraph' && !markerUsed) {
        // The item's first paragraph carries the bullet or number; the list's own indent comes with it.
        markerUsed = true;
        blocks.push(new Paragraph({
          children: inlineChildren(child.content ?? [], context, placement.run),
          ...(ordered ? { numbering: { reference: ORDERED_LIST, level: clamped, instance } } : { bullet: { level: clamped } }),
        }));
      } else {
        // Further paragraphs (and other blocks) line up with the item's text.
        blocks.push(...richBlocks([child], context, { ...placement, indentLeft: placement.indentLeft + 720 * (clamped + 1) }));
      }
    }
  }
  return blocks;
}

function tableBlock(node: RichNode, context: DocxRichContext): Table | null {
  const rows = (node.content ?? [])
    .filter((row) => row.type === 'tableRow')
    .map((row) => (row.content ?? []).filter((cell) => cell.type === 'tableCell' || cell.type === 'tableHeader'))
    // A row without cells makes Word call the file damaged.
    .filter((cells) => cells.length > 0);
  if (rows.length === 0) return null;
  const span = (cell: RichNode, name: 'colspan' | 'rowspan') => {
    const value = cell.attrs?.[name];
    return typeof value === 'number' && Number.isInteger(value) && value > 1 && value <= 1000 ? value : undefined;
  };
  const tableRows = rows.map((cells, rowIndex) => new TableRow({
    // A first row of header cells repeats on every page the table spans.
    tableHeader: rowIndex === 0 && cells.every((cell) => cell.type === 'tableHeader'),
    cantSplit: true,
    children: cells.map((cell) => {
      const header = cell.type === 'tableHeader';
      const content = richBlocks(cell.content ?? [], context, { ...TOP, run: header ? { bold: true } : {} });
      // A cell must hold a paragraph, and end with one (after a nested table), or Word calls the file damaged.
      if (content.length === 0 || content[content.length - 1] instanceof Table) content.push(new Paragraph({}));
      return new TableCell({
        children: content,
        columnSpan: span(cell, 'colspan'),
        rowSpan: span(cell, 'rowspan'),
        ...(header ? { shading: { type: ShadingType.CLEAR, fill: 'EEF1F4', color: 'auto' } } : {}),
      });
    }),
  }));
  return new Table({ rows: tableRows, width: { size: 100, type: WidthType.PERCENTAGE } });
}

function codeParagraph(node: RichNode, placement: Placement): Paragraph {
  const code = (node.content ?? []).map((child) => (child.type === 'text' ? child.text ?? '' : child.type === 'hardBreak' ? '\n' : '')).join('');
  return new Paragraph({
    children: textRuns(code, { font: CODE_FONT, size: 19 }),
    shading: { type: ShadingType.CLEAR, fill: 'F6F8FA', color: 'auto' },
    ...paragraphOptions(placement),
  });
}

/** Converts block nodes; unknown types are dropped with their content. */
export function richBlocks(nodes: readonly RichNode[], context: DocxRichContext, placement: Placement = TOP): Block[] {
  const blocks: Block[] = [];
  for (const node of nodes) {
    if (!isWrittenNode(node)) continue;
    switch (node.type) {
      case 'paragraph':
        blocks.push(new Paragraph({
          children: inlineChildren(node.content ?? [], context, placement.run),
          // Tables carry no spacing of their own; without this the next line touches the table's border.
          ...(blocks[blocks.length - 1] instanceof Table ? { spacing: { before: 160 } } : {}),
          ...paragraphOptions(placement),
        }));
        break;
      case 'heading': {
        const runs = inlineChildren(node.content ?? [], context, placement.run);
        const anchor = context.anchors.get(node);
        blocks.push(new Paragraph({
          heading: HEADINGS[headingLevel(node) - 1],
          children: anchor ? [new Bookmark({ id: docxBookmarkName(anchor), children: runs })] : runs,
          ...paragraphOptions(placement),
        }));
        break;
      }
      case 'bulletList':
      case 'orderedList':
        blocks.push(...listBlocks(node, 0, placement, context));
        break;
      case 'blockquote':
        blocks.push(...richBlocks(node.content ?? [], context, { ...placement, indentLeft: placement.indentLeft + 360, quote: true, run: { ...placement.run, color: '555555' } }));
        break;
      case 'codeBlock':
        blocks.push(codeParagraph(node, placement));
        break;
      case 'horizontalRule':
        blocks.push(new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'BBBBBB', space: 1 } } }));
        break;
      case 'table': {
        const table = tableBlock(node, context);
        if (table !== null) blocks.push(table);
        break;
      }
      case 'image':
      case 'text':
      case 'hardBreak': {
        // Inline content standing at block level gets a paragraph of its own.
        const children = inlineChildren([node], context, placement.run);
        if (children.length > 0) blocks.push(new Paragraph({ children, ...paragraphOptions(placement) }));
        break;
      }
      default:
        break;
    }
  }
  return blocks;
}
