/**
 * Text → HTML text or attribute value. Escapes all five characters that can end a text run or a
 * quoted attribute (either quote style), so the result is safe both between tags and inside
 * `attr="…"` / `attr='…'`.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}
