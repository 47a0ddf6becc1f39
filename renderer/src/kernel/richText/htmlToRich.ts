import { generateJSON } from '@tiptap/core';
import type { RichNode } from '../../../../shared/documents/richText';
import { sanitizeRichHtml } from './sanitizeHtml';
import { documentExtensions } from './documentSchema';

let extensions: ReturnType<typeof documentExtensions> | null = null;

/**
 * A stored body as the tree every writer and the diff work from. It goes through DOMPurify and
 * then the very schema the editor uses, so what an export contains is what the editor allows.
 */
export function htmlToRichDoc(html: string): RichNode {
  extensions ??= documentExtensions({
    placeholder: '',
    onImageUpload: () => Promise.reject(new Error('not while exporting')),
    onImageUploadError: () => undefined,
  });
  return generateJSON(sanitizeRichHtml(html), extensions) as RichNode;
}
