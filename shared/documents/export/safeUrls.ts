import { base64Decode, utf8Decode } from './base64';

/**
 * The only link and image sources any export writes. Everything else — `javascript:`,
 * `data:text/html`, `vbscript:`, relative paths, remote images — is refused, so a hostile
 * document cannot make an exported file run code or call home.
 */

/** http(s) or mailto, no whitespace or control characters anywhere (browsers strip those inside schemes). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be refused
const SAFE_LINK = /^(?:https?:\/\/|mailto:)[^\s\u0000-\u001F\u007F]+$/i;

/** The href to write for a link, or null when the link must be dropped (its text is kept). */
export function safeLinkHref(href: unknown): string | null {
  if (typeof href !== 'string') return null;
  const trimmed = href.trim();
  return SAFE_LINK.test(trimmed) ? trimmed : null;
}

export type ImageFormat = 'png' | 'jpeg' | 'gif' | 'webp' | 'svg';

export interface SafeImage {
  src: string;
  format: ImageFormat;
  /** The base64 payload, for writers that embed the bytes (DOCX). */
  base64: string;
}

const DATA_IMAGE = /^data:image\/(png|jpeg|gif|webp|svg\+xml);base64,([A-Za-z0-9+/]+={0,2})$/;

/**
 * SVG is a document format that can carry script. Inside an <img> browsers never run it, but
 * an exported file may be opened by other tools, so an SVG that mentions script, event
 * handlers, foreign HTML or entity declarations is refused even though ours never do.
 */
const SVG_DANGER = /<script|<foreignobject|<iframe|<embed|<object|<!entity|\son[a-z]+\s*=|javascript:/i;

function svgLooksSafe(base64: string): boolean {
  const bytes = base64Decode(base64);
  return bytes !== null && !SVG_DANGER.test(utf8Decode(bytes));
}

/** The image to write for an `src`, or null when the image must be dropped. */
export function safeImage(src: unknown): SafeImage | null {
  if (typeof src !== 'string') return null;
  const match = DATA_IMAGE.exec(src.trim());
  if (!match) return null;
  const format: ImageFormat = match[1] === 'svg+xml' ? 'svg' : (match[1] as ImageFormat);
  const base64 = match[2]!;
  if (format === 'svg' && !svgLooksSafe(base64)) return null;
  return { src: src.trim(), format, base64 };
}
