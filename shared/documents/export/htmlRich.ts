import type { RichMark, RichNode } from '../richText';
import { escapeHtml } from './escape';
import { headingAnchors, headingLevel, isWrittenNode } from './richWalk';
import { safeImage, safeLinkHref } from './safeUrls';

/**
 * Rich text -> HTML with an allowlist: every tag and attribute written here is chosen by
 * this file, text is always escaped, and a node or mark type it does not know is dropped
 * with its content. Nothing from the document is ever copied into the output as markup.
 */

/** Marks from the innermost to the outermost, so nesting is the same however the editor ordered them. */
const MARK_ORDER = ['code', 'bold', 'italic', 'underline', 'strike', 'link'] as const;
const MARK_TAGS: Record<Exclude<(typeof MARK_ORDER)[number], 'link'>, string> = {
  code: 'code', bold: 'strong', italic: 'em', underline: 'u', strike: 's',
};

/** Parents in which an image stands on its own line (as a figure) rather than inside text. */
const BLOCK_PARENTS: ReadonlySet<string> = new Set(['doc', 'listItem', 'blockquote', 'tableCell', 'tableHeader']);

function markedText(text: string, marks: readonly RichMark[] | undefined): string {
  let html = escapeHtml(text).replace(/\n/g, '<br>');
  const present = new Map((marks ?? []).map((mark) => [mark.type, mark]));
  for (const type of MARK_ORDER) {
    const mark = present.get(type);
    if (mark === undefined) continue;
    if (type === 'link') {
      const href = safeLinkHref(mark.attrs?.href);
      // A refused link keeps its text: the reader still sees what was written.
      if (href !== null) html = `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${html}</a>`;
    } else {
      html = `<${MARK_TAGS[type]}>${html}</${MARK_TAGS[type]}>`;
    }
  }
  return html;
}

/** colspan/rowspan only as small whole numbers above 1. */
function spanAttrs(node: RichNode): string {
  let attrs = '';
  for (const name of ['colspan', 'rowspan'] as const) {
    const value = node.attrs?.[name];
    if (typeof value === 'number' && Number.isInteger(value) && value > 1 && value <= 1000) attrs += ` ${name}="${value}"`;
  }
  return attrs;
}

const stringAttr = (node: RichNode, name: string) => {
  const value = node.attrs?.[name];
  return typeof value === 'string' ? value : '';
};

function imageHtml(node: RichNode, parentType: string): string {
  const image = safeImage(node.attrs?.src);
  if (image === null) return '';
  const alt = stringAttr(node, 'alt');
  const title = stringAttr(node, 'title');
  const img = `<img src="${escapeHtml(image.src)}" alt="${escapeHtml(alt)}"${title ? ` title="${escapeHtml(title)}"` : ''}>`;
  return BLOCK_PARENTS.has(parentType) ? `<figure class="image">${img}</figure>` : img;
}

function tableHtml(node: RichNode, render: (nodes: RichNode[], parent: string) => string): string {
  const rows = (node.content ?? []).filter((row) => row.type === 'tableRow');
  const rowHtml = (row: RichNode) => `<tr>${render(row.content ?? [], 'tableRow')}</tr>`;
  const first = rows[0];
  // A first row of header cells becomes <thead>, which print repeats on every page a table spans.
  const hasHeader = first !== undefined && (first.content ?? []).length > 0 && (first.content ?? []).every((cell) => cell.type === 'tableHeader');
  const head = hasHeader ? `<thead>${rowHtml(first)}</thead>` : '';
  const bodyRows = (hasHeader ? rows.slice(1) : rows).map(rowHtml).join('');
  return `<table>${head}${bodyRows ? `<tbody>${bodyRows}</tbody>` : ''}</table>`;
}

/** Serialises a list of rich nodes (normally `doc.content`); headings get the ids documentSections links to. */
export function richToHtml(nodes: RichNode[]): string {
  const anchors = headingAnchors(nodes);

  const render = (list: readonly RichNode[], parentType: string): string => list.map((node) => renderNode(node, parentType)).join('');

  function renderNode(node: RichNode, parentType: string): string {
    if (!isWrittenNode(node)) return '';
    const inner = () => render(node.content ?? [], node.type);
    switch (node.type) {
      case 'text':
        return markedText(node.text ?? '', node.marks);
      case 'hardBreak':
        return '<br>';
      case 'paragraph':
        return `<p>${inner()}</p>`;
      case 'heading': {
        const level = headingLevel(node);
        const anchor = anchors.get(node);
        return `<h${level}${anchor ? ` id="${anchor}"` : ''}>${inner()}</h${level}>`;
      }
      case 'bulletList':
        return `<ul>${inner()}</ul>`;
      case 'orderedList': {
        const start = node.attrs?.start;
        const startAttr = typeof start === 'number' && Number.isInteger(start) && start > 1 && start < 1e9 ? ` start="${start}"` : '';
        return `<ol${startAttr}>${inner()}</ol>`;
      }
      case 'listItem':
        return `<li>${inner()}</li>`;
      case 'blockquote':
        return `<blockquote>${inner()}</blockquote>`;
      case 'codeBlock': {
        // Code keeps its characters exactly; marks inside code are not meaningful.
        const code = (node.content ?? []).map((child) => (child.type === 'text' ? child.text ?? '' : child.type === 'hardBreak' ? '\n' : '')).join('');
        return `<pre><code>${escapeHtml(code)}</code></pre>`;
      }
      case 'horizontalRule':
        return '<hr>';
      case 'table':
        return tableHtml(node, render);
      case 'tableRow':
        return `<tr>${inner()}</tr>`;
      case 'tableHeader':
        return `<th${spanAttrs(node)}>${inner()}</th>`;
      case 'tableCell':
        return `<td${spanAttrs(node)}>${inner()}</td>`;
      case 'image':
        return imageHtml(node, parentType);
      default:
        return '';
    }
  }

  return render(nodes, 'doc');
}
