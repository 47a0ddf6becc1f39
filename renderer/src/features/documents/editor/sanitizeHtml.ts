import DOMPurify from 'dompurify';

/**
 * Rich text that enters the editor (a paste, a stored body from a file we did not write) goes
 * through DOMPurify first. The editor schema drops whatever it does not know anyway; this makes
 * sure no handler or script survives even in the moment before the schema parses it.
 * data-* attributes stay: strategy blocks and guidance prompts live in them (they are read as
 * plain text, never as HTML).
 */
const ALLOWED_URI = /^(?:https?:|mailto:|data:image\/(?:png|jpeg|gif|webp);base64,|#)/i;

export function sanitizeRichHtml(html: string): string {
  return DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'script', 'iframe', 'object', 'embed', 'form', 'input', 'button', 'textarea', 'select', 'svg', 'math', 'link', 'meta', 'base'],
    FORBID_ATTR: ['style', 'srcset', 'action', 'formaction'],
    ALLOWED_URI_REGEXP: ALLOWED_URI,
    ALLOW_DATA_ATTR: true,
  });
}
