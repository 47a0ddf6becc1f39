/**
 * Escaping for everything the exporters write as markup (HTML, SVG, and the text docx puts
 * into XML). User text may hold `<script>`, quotes that end an attribute, or control
 * characters that make an XML file unreadable, so every string passes through here.
 */

/**
 * Characters XML 1.0 does not allow at all (C0 controls other than tab/LF/CR, U+FFFE/U+FFFF
 * and lone surrogates). One of them in a .docx makes Word refuse the whole file, and in an
 * SVG it breaks the image, so they are removed rather than escaped.
 */
// eslint-disable-next-line no-control-regex
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripInvalidXmlChars(text: string): string {
  return text.replace(INVALID_XML_CHARS, '');
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML/XML element content and (double- or single-quoted) attribute values.
 * Quotes are escaped too, so one function is safe in both places.
 */
export function escapeHtml(text: string): string {
  return stripInvalidXmlChars(text).replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** Same rules for SVG/XML; a separate name so call sites say what they produce. */
export const escapeXml = escapeHtml;
