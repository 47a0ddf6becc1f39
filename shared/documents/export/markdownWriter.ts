import { commonTexts } from '../../i18n/texts';
import type { RichNode } from '../richText';
import { stripInvalidXmlChars } from './escape';
import {
  changeLogHeader, changeRecordRow, coverFields, exportWords, hasChangeLogSection, hasRequirementsSection, requirementHeader, requirementRow,
  type DocumentExportModel,
} from './exportModel';
import { escapeMarkdownText, guardLineStarts, imageMarkdown, inlineMarkdown } from './markdownInline';
import { headingLevel, isWrittenNode } from './richWalk';

/**
 * GitHub-flavoured Markdown export. Markdown renderers pass raw HTML through, so the rule
 * is the same as for HTML: user text is always escaped (markdownInline.ts), and the only
 * HTML this writer emits itself is <br> in table cells and <code> around escaped text.
 */

const BLOCK_JOIN = '\n\n';

/** Prefixes the first line and indents the rest (list items, block quotes). Blank lines stay blank. */
function prefixLines(text: string, first: string, rest: string): string {
  return text
    .split('\n')
    .map((line, index) => (index === 0 ? first + line : line === '' ? rest.trimEnd() : rest + line))
    .join('\n');
}

function codeBlock(node: RichNode): string {
  const code = stripInvalidXmlChars((node.content ?? []).map((child) => (child.type === 'text' ? child.text ?? '' : child.type === 'hardBreak' ? '\n' : '')).join(''));
  // The fence must be longer than any run of backticks inside the code, or the code would end it.
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  const language = typeof node.attrs?.language === 'string' && /^[A-Za-z0-9_+-]{1,20}$/.test(node.attrs.language) ? node.attrs.language : '';
  return `${fence}${language}\n${code}\n${fence}`;
}

/** A cell's blocks on one line: paragraphs and list items joined with <br>. */
function cellMarkdown(cell: RichNode): string {
  const pieces: string[] = [];
  const collect = (nodes: readonly RichNode[]) => {
    for (const node of nodes) {
      if (!isWrittenNode(node)) continue;
      if (node.type === 'paragraph' || node.type === 'heading') pieces.push(inlineMarkdown(node.content ?? [], { inTable: true }));
      else if (node.type === 'image') pieces.push(imageMarkdown(node));
      else if (node.type === 'codeBlock') pieces.push(inlineMarkdown([{ type: 'text', text: codeBlock(node).split('\n').slice(1, -1).join(' '), marks: [{ type: 'code' }] }], { inTable: true }));
      else if (node.content) collect(node.content);
    }
  };
  collect(cell.content ?? []);
  return pieces.filter((piece) => piece !== '').join('<br>');
}

/** GFM table from rows of already-escaped cell text; the first row is the header. */
export function markdownTable(rows: string[][]): string {
  const width = Math.max(1, ...rows.map((row) => row.length));
  const line = (row: string[]) => `| ${Array.from({ length: width }, (_, index) => row[index] ?? '').join(' | ')} |`;
  const [header = [], ...body] = rows;
  return [line(header), `|${' --- |'.repeat(width)}`, ...body.map(line)].join('\n');
}

function richTable(node: RichNode): string {
  const rows = (node.content ?? []).filter((row) => row.type === 'tableRow').map((row) => {
    const cells: string[] = [];
    for (const cell of row.content ?? []) {
      if (cell.type !== 'tableCell' && cell.type !== 'tableHeader') continue;
      cells.push(cellMarkdown(cell));
      // GFM has no spans: a merged cell is followed by empty ones so the columns still line up.
      const span = cell.attrs?.colspan;
      if (typeof span === 'number' && Number.isInteger(span) && span > 1) for (let i = 1; i < Math.min(span, 100); i += 1) cells.push('');
    }
    return cells;
  });
  return rows.length === 0 ? '' : markdownTable(rows);
}

function listMarkdown(node: RichNode): string {
  const ordered = node.type === 'orderedList';
  const startAttr = node.attrs?.start;
  const start = ordered && typeof startAttr === 'number' && Number.isInteger(startAttr) && startAttr >= 0 && startAttr < 1e9 ? startAttr : 1;
  return (node.content ?? [])
    .filter((item) => item.type === 'listItem')
    .map((item, index) => {
      const marker = ordered ? `${start + index}. ` : '- ';
      const body = blocksMarkdown(item.content ?? [], true) || '';
      return prefixLines(body, marker, ' '.repeat(marker.length));
    })
    .join('\n');
}

function blockMarkdown(node: RichNode): string {
  if (!isWrittenNode(node)) return '';
  switch (node.type) {
    case 'paragraph':
      return guardLineStarts(inlineMarkdown(node.content ?? []));
    case 'heading': {
      const text = inlineMarkdown(node.content ?? [], { hardBreak: ' ' }).replace(/\n/g, ' ').trim();
      return text === '' ? '' : `${'#'.repeat(headingLevel(node))} ${text}`;
    }
    case 'bulletList':
    case 'orderedList':
      return listMarkdown(node);
    case 'blockquote':
      return prefixLines(blocksMarkdown(node.content ?? []), '> ', '> ');
    case 'codeBlock':
      return codeBlock(node);
    case 'horizontalRule':
      return '---';
    case 'table':
      return richTable(node);
    case 'image':
      return imageMarkdown(node);
    default:
      // Inline nodes at block level (not valid in the schema) are written as a paragraph.
      return node.type === 'text' || node.type === 'hardBreak' ? guardLineStarts(inlineMarkdown([node])) : '';
  }
}

/**
 * Blocks separated by blank lines. Inside a list item a paragraph directly followed by a
 * nested list stays tight (one newline), as the editor shows it.
 */
function blocksMarkdown(nodes: readonly RichNode[], inListItem = false): string {
  let out = '';
  for (const node of nodes) {
    const text = blockMarkdown(node);
    if (text === '') continue;
    const tight = inListItem && (node.type === 'bulletList' || node.type === 'orderedList');
    out += out === '' ? text : (tight ? '\n' : BLOCK_JOIN) + text;
  }
  return out;
}

/** Rich text -> GFM. */
export function richToMarkdown(nodes: readonly RichNode[]): string {
  return blocksMarkdown(nodes);
}

/** Plain user text for a table cell of the requirement / change-log tables. */
const cellText = (text: string) => escapeMarkdownText(text).replace(/\r?\n/g, '<br>');

export function documentToMarkdown(model: DocumentExportModel): string {
  const labels = exportWords(model.language);
  const meta: Array<[string, string]> = [
    [labels.kind, model.kindLabel],
    [labels.product, model.product],
    ...coverFields(model, labels),
  ];
  const parts: string[] = [
    `# ${escapeMarkdownText(model.title).replace(/\n/g, ' ')}`,
    meta
      .filter(([, value]) => value.trim() !== '')
      .map(([term, value]) => `- **${escapeMarkdownText(term + commonTexts[model.language].colon.trim())}** ${escapeMarkdownText(value).replace(/\n/g, ' ')}`)
      .join('\n'),
    '---',
  ];
  const body = richToMarkdown(model.body.content ?? []);
  if (body !== '') parts.push(body);

  if (hasRequirementsSection(model)) {
    parts.push(`# ${escapeMarkdownText(labels.requirements)}`);
    parts.push(markdownTable([
      requirementHeader(labels).map(cellText),
      ...model.requirements.map((requirement) => requirementRow(model, labels, requirement).map(cellText)),
    ]));
  }
  if (hasChangeLogSection(model)) {
    parts.push(`# ${escapeMarkdownText(labels.changeLog)}`);
    parts.push(model.changeRecords.length === 0
      ? `*${escapeMarkdownText(labels.noChanges)}*`
      : markdownTable([
          changeLogHeader(labels).map(cellText),
          ...model.changeRecords.map((record) => changeRecordRow(labels, record).map(cellText)),
        ]));
  }
  return `${parts.join(BLOCK_JOIN)}\n`;
}

