import type { RichNode } from '../richText';
import { stripInvalidXmlChars } from './escape';
import { isWrittenNode } from './richWalk';
import { safeImage, safeLinkHref } from './safeUrls';

/**
 * Inline Markdown (GFM) for text runs, marks, links and images. Every character of user
 * text that Markdown or HTML could read as syntax is backslash-escaped, so `<script>` comes
 * out as the literal text "<script>" in any CommonMark renderer and never as a tag.
 */

/** Escaped everywhere: emphasis, code, links, HTML (< > &), tables (|), strike (~), headings (#). */
const ALWAYS = /[\\`*_[\]<>|~&#]/g;

export function escapeMarkdownText(text: string): string {
  return stripInvalidXmlChars(text).replace(ALWAYS, (char) => `\\${char}`);
}

/**
 * What must not start a line of a paragraph: list markers, setext underlines and
 * indentation (4 spaces make a code block). Applied per line after the inline text is built.
 */
export function guardLineStarts(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => line
      .replace(/^[ \t]+/, '')
      .replace(/^([-+=])/, '\\$1')
      .replace(/^(\d{1,9})([.)])/, '$1\\$2'))
    .join('\n');
}

/** Link targets: only safe hrefs arrive here; characters that end a Markdown link are percent-encoded. */
const encodeTarget = (url: string) => url.replace(/[()<>\\`"' ]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

/**
 * A code span. With a backtick inside, or in a table cell (where GFM would split on `|`
 * even inside code), it is written as <code> around escaped text instead.
 */
function codeSpan(value: string, inTable: boolean): string {
  const clean = stripInvalidXmlChars(value).replace(/\n/g, ' ');
  if (clean === '') return '';
  if (inTable || clean.includes('`')) return `<code>${escapeMarkdownText(clean)}</code>`;
  // A span that starts or ends with a space needs one more on each side, which CommonMark strips again.
  return /^ | $/.test(clean) ? `\` ${clean} \`` : `\`${clean}\``;
}

/** Wraps with a delimiter, keeping leading/trailing spaces outside (CommonMark ignores "** bold**"). */
function wrap(inner: string, delimiter: string): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(inner)!;
  return match[2] === '' ? inner : `${match[1]}${delimiter}${match[2]}${delimiter}${match[3]}`;
}

const hasMark = (node: RichNode, type: string) => (node.marks ?? []).some((mark) => mark.type === type);
const linkOf = (node: RichNode): string | null => {
  const link = (node.marks ?? []).find((mark) => mark.type === 'link');
  return link === undefined ? null : safeLinkHref(link.attrs?.href);
};

function textRun(node: RichNode, inTable: boolean): string {
  const value = node.text ?? '';
  // Code is literal: other marks around it still apply, none inside it.
  let out = hasMark(node, 'code') ? codeSpan(value, inTable) : escapeMarkdownText(value).replace(/\n/g, inTable ? '<br>' : '\\\n');
  if (hasMark(node, 'strike')) out = wrap(out, '~~');
  if (hasMark(node, 'italic')) out = wrap(out, '*');
  if (hasMark(node, 'bold')) out = wrap(out, '**');
  // Markdown has no underline; the text is kept without it rather than emitting raw HTML.
  return out;
}

export function imageMarkdown(node: RichNode): string {
  const image = safeImage(node.attrs?.src);
  if (image === null) return '';
  const alt = typeof node.attrs?.alt === 'string' ? node.attrs.alt : '';
  return `![${escapeMarkdownText(alt).replace(/\n/g, ' ')}](${image.src})`;
}

/**
 * Inline content of a paragraph, heading or cell. Consecutive runs with the same link
 * become one link; a refused link (javascript:, data:…) keeps its text.
 */
export function inlineMarkdown(nodes: readonly RichNode[], options: { inTable?: boolean; hardBreak?: string } = {}): string {
  const inTable = options.inTable ?? false;
  const hardBreak = options.hardBreak ?? (inTable ? '<br>' : '\\\n');
  let out = '';
  let index = 0;
  while (index < nodes.length) {
    const node = nodes[index]!;
    if (!isWrittenNode(node)) {
      index += 1;
      continue;
    }
    if (node.type === 'hardBreak') {
      out += hardBreak;
      index += 1;
      continue;
    }
    if (node.type === 'image') {
      out += imageMarkdown(node);
      index += 1;
      continue;
    }
    if (node.type !== 'text') {
      index += 1;
      continue;
    }
    const href = linkOf(node);
    let group = '';
    while (index < nodes.length && nodes[index]!.type === 'text' && linkOf(nodes[index]!) === href) {
      group += textRun(nodes[index]!, inTable);
      index += 1;
    }
    out += href === null || group.trim() === '' ? group : `[${group}](${encodeTarget(href)})`;
  }
  return out;
}
