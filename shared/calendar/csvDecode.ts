/**
 * Turns the bytes of a CSV file into text. Excel on Windows saves "CSV" in the system code page,
 * which for Chinese users is GBK (actually GB18030's subset); "CSV UTF-8" adds a BOM. So:
 * a UTF-8 BOM means UTF-8 (BOM dropped); bytes that are valid UTF-8 are UTF-8; anything else is
 * decoded as GBK, which WHATWG maps to the GB18030 decoder (present in browsers and in Node
 * built with full ICU, the default).
 */

/** shared/ has no DOM or Node types; TextDecoder exists in both (see shared/ids.ts for crypto). */
declare const TextDecoder: {
  new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }): { decode(input?: Uint8Array): string };
};

export type CsvEncoding = 'utf-8' | 'gbk';

export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: fall through to GBK.
  }
  try {
    return { text: new TextDecoder('gbk').decode(bytes), encoding: 'gbk' };
  } catch {
    // A runtime without the GBK decoder (Node built with small ICU): keep the readable parts
    // rather than failing; unreadable bytes become U+FFFD and the row checks report them.
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  }
}
