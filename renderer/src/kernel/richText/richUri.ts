/**
 * The only URLs rich text in the editor may carry, in links and image sources: web and mail
 * links, in-document anchors, and the raster images the editor itself inserts (PNG, JPEG, GIF,
 * WebP as base64). No `javascript:`, no `data:text/html`, and no SVG, which is a document format
 * that can carry script.
 */
export const ALLOWED_RICH_URI = /^(?:https?:|mailto:|data:image\/(?:png|jpeg|gif|webp);base64,|#)/i;

/** What browsers ignore inside a URL's scheme ("jav&#x09;ascript:"), as DOMPurify strips it before testing. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be stripped
const URI_WHITESPACE = /[\u0000-\u0020\u00A0\u1680\u180E\u2000-\u2029\u205F\u3000]/g;

export function isAllowedRichUri(value: string): boolean {
  return ALLOWED_RICH_URI.test(value.replace(URI_WHITESPACE, ''));
}
