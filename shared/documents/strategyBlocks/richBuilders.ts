import type { RichMark, RichNode } from '../richText';

/**
 * Small constructors for the ProseMirror-shaped nodes the strategy blocks produce, so the
 * content builders read as "a table of these rows" rather than nested object literals.
 * Only node and mark types the editor schema knows are produced (richText.ts).
 */

export const text = (value: string, marks?: RichMark[]): RichNode =>
  marks && marks.length > 0 ? { type: 'text', text: value, marks } : { type: 'text', text: value };

export const bold = (value: string): RichNode => text(value, [{ type: 'bold' }]);
export const italic = (value: string): RichNode => text(value, [{ type: 'italic' }]);

/** A paragraph; empty strings are left out because ProseMirror forbids empty text nodes. */
export function paragraph(...children: Array<RichNode | string>): RichNode {
  const content = children
    .map((child) => (typeof child === 'string' ? text(child) : child))
    .filter((child) => child.type !== 'text' || (child.text ?? '') !== '');
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
}

export const heading = (level: number, value: string): RichNode => ({ type: 'heading', attrs: { level }, content: value ? [text(value)] : [] });

/** A table whose first row is a header row; every cell holds one paragraph (the editor schema needs a block in a cell). */
export function table(header: string[], rows: Array<Array<string | RichNode[]>>): RichNode {
  const cell = (type: 'tableHeader' | 'tableCell', value: string | RichNode[]): RichNode => ({
    type,
    attrs: { colspan: 1, rowspan: 1 },
    content: [typeof value === 'string' ? paragraph(value) : paragraph(...value)],
  });
  return {
    type: 'table',
    content: [
      { type: 'tableRow', content: header.map((value) => cell('tableHeader', value)) },
      ...rows.map((row) => ({ type: 'tableRow', content: row.map((value) => cell('tableCell', value)) })),
    ],
  };
}

export function bulletList(items: RichNode[][]): RichNode {
  return { type: 'bulletList', content: items.map((children) => ({ type: 'listItem', content: [paragraph(...children)] })) };
}

export const image = (src: string, alt: string): RichNode => ({ type: 'image', attrs: { src, alt, title: alt } });
