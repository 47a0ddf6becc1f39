import type { ProductDocument } from '../schema/document';

/**
 * Search across all documents (documents page and the Ctrl/Cmd+K palette). Plain substring
 * matching, ignoring case, which works for Chinese as well since it needs no word splitting.
 * Snippets are plain text for the UI to show as text, never as HTML.
 */

export type SearchField = 'title' | 'body' | 'requirement' | 'change';

export interface DocumentSearchHit {
  documentId: string;
  title: string;
  field: SearchField;
  /** The requirement's or change record's id, for jumping to its row. */
  itemId?: string;
  /** About 80 characters around the match, "…" where cut. */
  snippet: string;
  /** Where the match is inside snippet, for highlighting. */
  match: { start: number; length: number };
}

const SNIPPET_LENGTH = 80;

// Tags that end a block: replaced by a line break so words of adjacent paragraphs do not merge.
const BLOCK_TAG = /^\/?(?:p|div|h[1-6]|li|ul|ol|tr|td|th|table|thead|tbody|blockquote|pre|br|hr|section|article|header|footer|figure|figcaption)\b/i;
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntity(entity: string, body: string): string {
  if (body.startsWith('#')) {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : entity;
  }
  return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
}

/** Index of the '>' ending the tag that starts at `open`, skipping quoted attribute values; -1 if none. */
function tagEnd(html: string, open: number): number {
  let quote = '';
  let previous = ''; // last non-space character: a quote opens a value only right after '='
  for (let i = open + 1; i < html.length; i++) {
    const ch = html[i]!;
    if (quote !== '') { if (ch === quote) { quote = ''; previous = ch; } continue; }
    if ((ch === '"' || ch === "'") && previous === '=') quote = ch;
    else if (ch === '>') return i;
    if (!/\s/.test(ch)) previous = ch;
  }
  return -1;
}

/** Tags out (block ends become line breaks), in one pass: no regex that a hostile body could make slow. */
function stripTags(html: string): string {
  let out = '';
  let i = 0;
  while (i < html.length) {
    const open = html.indexOf('<', i);
    if (open === -1) { out += html.slice(i); break; }
    out += html.slice(i, open);
    const next = html.charAt(open + 1);
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      if (close === -1) break;
      out += ' ';
      i = close + 3;
    } else if (/[a-zA-Z/!?]/.test(next)) {
      const close = tagEnd(html, open);
      if (close === -1) break;
      out += BLOCK_TAG.test(html.slice(open + 1, Math.min(close, open + 12))) ? '\n' : '';
      i = close + 1;
    } else {
      out += '<';
      i = open + 1;
    }
  }
  return out;
}

/**
 * The words of a stored body, for searching only: tags stripped, entities decoded, whitespace
 * collapsed. Attribute values (links, the guidance prompts) are not text and are not searched.
 */
export function htmlToSearchText(html: string): string {
  return stripTags(html)
    .replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g, decodeEntity)
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Lower case that keeps every index in place (a few characters, like 'İ', grow when lowered;
 * those stay as they are), so a match position in the folded text is also one in the original.
 */
function fold(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    out += lower.length === ch.length ? lower : ch;
  }
  return out;
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

function snippetAround(text: string, index: number, length: number): { snippet: string; match: { start: number; length: number } } {
  let start = Math.max(0, index - Math.floor(Math.max(0, SNIPPET_LENGTH - length) / 2));
  let end = Math.min(text.length, Math.max(start + SNIPPET_LENGTH, index + length));
  start = Math.max(0, Math.min(start, end - SNIPPET_LENGTH));
  if (start > 0 && isLowSurrogate(text.charCodeAt(start))) start--;
  if (end < text.length && isLowSurrogate(text.charCodeAt(end))) end++;
  const lead = start > 0 ? '…' : '';
  const tail = end < text.length ? '…' : '';
  return { snippet: `${lead}${text.slice(start, end)}${tail}`, match: { start: index - start + lead.length, length } };
}

const FIELD_ORDER: Record<SearchField, number> = { title: 0, body: 1, requirement: 2, change: 3 };

/**
 * Hits for a query: per document its title, the first match in its body, each matching
 * requirement and each matching change record. Title hits come first, then body, requirement
 * and change hits, each in document order; at most `limit` in all.
 */
export function searchDocuments(documents: readonly ProductDocument[], query: string, limit = 50): DocumentSearchHit[] {
  const needle = fold(query.replace(/\s+/g, ' ').trim());
  if (needle === '' || limit <= 0) return [];
  const hits: DocumentSearchHit[] = [];
  const find = (doc: ProductDocument, field: SearchField, text: string, itemId?: string): boolean => {
    const flat = text.replace(/\s+/g, ' ');
    const index = fold(flat).indexOf(needle);
    if (index === -1) return false;
    const hit: DocumentSearchHit = { documentId: doc.id, title: doc.title, field, ...snippetAround(flat, index, needle.length) };
    if (itemId !== undefined) hit.itemId = itemId;
    hits.push(hit);
    return true;
  };
  for (const doc of documents) {
    find(doc, 'title', doc.title);
    find(doc, 'body', htmlToSearchText(doc.bodyHtml));
    for (const r of doc.requirements) {
      const text = [r.key, r.title, r.description, r.acceptanceCriteria, r.owner].filter((t) => t.trim() !== '').join(' · ');
      find(doc, 'requirement', text, r.id);
    }
    for (const c of doc.changeRecords) {
      const text = [c.description, c.reason, c.impact, c.implementationPlan, c.requestedBy, c.approver].filter((t) => t.trim() !== '').join(' · ');
      find(doc, 'change', text, c.id);
    }
  }
  return hits
    .map((hit, order) => ({ hit, order }))
    .sort((a, b) => FIELD_ORDER[a.hit.field] - FIELD_ORDER[b.hit.field] || a.order - b.order)
    .slice(0, limit)
    .map(({ hit }) => hit);
}
