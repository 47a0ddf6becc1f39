/**
 * The bytes of a workspace file -> its text, only when they are UTF-8 (what Stratboard writes and
 * what JSON requires). Anything else is refused with a clear reason instead of being decoded
 * with U+FFFD replacement characters: such a file would open, and the next autosave would
 * replace the user's GBK or Latin-1 text with "�" for good.
 */

/** shared/ has no DOM or Node types; TextDecoder exists in both (see csvDecode.ts). */
declare const TextDecoder: {
  new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }): { decode(input?: Uint8Array): string };
};

export type DecodeOutcome = { ok: true; text: string } | { ok: false; detail: string };

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1 (WHATWG rules: no overlongs, no surrogates). */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) { i++; continue; }
    let need: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f; // U+D800–U+DFFF are not characters
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k];
      if (next === undefined) return i;
      if (k === 1 ? next < lower || next > upper : next < 0x80 || next > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

export function decodeWorkspaceBytes(bytes: Uint8Array): DecodeOutcome {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return {
      ok: false,
      detail: 'the file is saved as UTF-16 text, but workspace files are UTF-8. Save it as UTF-8 in a text editor and open it again.',
    };
  }
  try {
    // ignoreBOM keeps a leading BOM in the text; parseWorkspaceText accepts and drops it.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    // Not UTF-8: say where, counted the way a hex or text editor would.
  }
  const offset = firstInvalidUtf8Byte(bytes);
  let line = 1;
  for (let k = 0; k < offset; k++) if (bytes[k] === 0x0a) line++;
  const where = offset >= 0 ? ` (the first invalid byte is on line ${line}, at byte offset ${offset})` : '';
  return {
    ok: false,
    detail: `the file is not UTF-8 text${where}. It may have been saved in another encoding, such as GBK. Save it as UTF-8 and open it again.`,
  };
}
