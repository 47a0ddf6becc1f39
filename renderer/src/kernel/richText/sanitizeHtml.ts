import DOMPurify from 'dompurify';
import { ALLOWED_RICH_URI, isAllowedRichUri } from './richUri';

/**
 * Rich text that enters the editor (a paste, a stored body from a file we did not write) goes
 * through DOMPurify first. The editor schema drops whatever it does not know anyway; this makes
 * sure no handler or script survives even in the moment before the schema parses it.
 * data-* attributes stay: strategy blocks and guidance prompts live in them (they are read as
 * plain text, never as HTML).
 */
const purifier = DOMPurify();

/**
 * DOMPurify lets any `data:` URL through on <img> (and audio, video…) whatever
 * ALLOWED_URI_REGEXP says, so an SVG full of script pasted as an image would be kept. Inert
 * inside <img>, but not what the editor allows: the URL rule is applied to every src and href.
 * A private instance, so the hook does not change DOMPurify for anyone else.
 */
purifier.addHook('afterSanitizeAttributes', (node) => {
  for (const name of ['src', 'href', 'xlink:href']) {
    const value = node.getAttribute(name);
    if (value !== null && !isAllowedRichUri(value)) node.removeAttribute(name);
  }
});

export function sanitizeRichHtml(html: string): string {
  return purifier.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'script', 'iframe', 'object', 'embed', 'form', 'input', 'button', 'textarea', 'select', 'svg', 'math', 'link', 'meta', 'base'],
    FORBID_ATTR: ['style', 'srcset', 'action', 'formaction'],
    ALLOWED_URI_REGEXP: ALLOWED_RICH_URI,
    ALLOW_DATA_ATTR: true,
  });
}
