import { extname } from 'node:path';

/**
 * File names that fit: Linux and macOS allow 255 bytes of UTF-8 per name, Windows 255 UTF-16
 * units. A UTF-8 byte count is never below the UTF-16 count of the same text, so 255 bytes fits
 * everywhere. 85 Chinese characters are already 255 bytes, so "<name> (recovered …).json" built
 * from a long name must give up part of the name.
 */
export const MAX_NAME_BYTES = 255;
/** An "extension" longer than this is part of the name (a.very.long.dotted.title), not a type. */
const MAX_EXTENSION_BYTES = 16;

const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;

/** The characters of `text` as a reader sees them: never splits an emoji, a flag or a letter from its accent. */
function characters(text: string): string[] {
  if (segmenter) return Array.from(segmenter.segment(text), (part) => part.segment);
  return Array.from(text); // code points: never splits a surrogate pair or a UTF-8 sequence
}

/** The longest start of `text` that fits in `maxBytes` of UTF-8, cut between characters. */
export function cutToBytes(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text) <= maxBytes) return text;
  let kept = '';
  let bytes = 0;
  for (const char of characters(text)) {
    const size = Buffer.byteLength(char);
    if (bytes + size > maxBytes) break;
    kept += char;
    bytes += size;
  }
  return kept;
}

/**
 * "<name> <label><ext>" for a file beside `fileName`, e.g. "Plan (recovered 2026-05-01 0930).json",
 * with the name shortened (and trimmed of the spaces or dots a cut can leave) until the whole fits.
 */
export function nameWithLabel(fileName: string, label: string, fallbackExt = '.json', maxBytes = MAX_NAME_BYTES): string {
  let ext = extname(fileName);
  let stem = ext ? fileName.slice(0, -ext.length) : fileName;
  if (Buffer.byteLength(ext) > MAX_EXTENSION_BYTES) {
    stem = fileName;
    ext = '';
  }
  ext ||= fallbackExt;
  const tail = ` ${cutToBytes(label, maxBytes - Buffer.byteLength(ext) - 1)}${ext}`;
  const room = Math.max(0, maxBytes - Buffer.byteLength(tail));
  const shortened = cutToBytes(stem, room);
  const base = shortened === stem ? stem : shortened.replace(/[\s.]+$/u, '');
  return `${base}${tail}`;
}
