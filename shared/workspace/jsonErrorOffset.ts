/**
 * Where JSON text first breaks the grammar (RFC 8259), as a UTF-16 offset; null when it is valid.
 *
 * Why: V8's JSON.parse names a position for some errors ("… in JSON at position 6") but not for
 * others ("Unexpected token 'x', "…x…" is not valid JSON", "Unexpected end of JSON input"), and
 * in a 5 MB workspace a user needs the line and column to find the spot. Only called after
 * JSON.parse failed. Iterative with an explicit stack, so 100,000 levels of nesting are fine.
 */
export function jsonErrorOffset(text: string): number | null {
  const n = text.length;
  let i = 0;
  const open: Array<'{' | '['> = [];
  type Expect = 'value' | 'first-value' | 'key' | 'first-key' | 'colon' | 'after';
  let expect: Expect = 'value';

  const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
  const isHex = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

  /** i is on the opening quote; returns true with i after the closing quote, or false with i on the fault. */
  const scanString = (): boolean => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) { i++; return true; }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const next = text.charCodeAt(i + 1);
        if (next === 0x75) {
          for (let k = 2; k < 6; k++) {
            if (!isHex(text.charCodeAt(i + k))) { i = Math.min(i + k, n); return false; }
          }
          i += 6;
          continue;
        }
        if ('"\\/bfnrt'.includes(text[i + 1] ?? '')) { i += 2; continue; }
        i = Math.min(i + 1, n);
        return false;
      }
      i++;
    }
    return false;
  };

  /** -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)? */
  const scanNumber = (): boolean => {
    if (text.charCodeAt(i) === 0x2d) i++;
    if (text.charCodeAt(i) === 0x30) i++;
    else if (isDigit(text.charCodeAt(i))) while (isDigit(text.charCodeAt(i))) i++;
    else return false;
    if (text.charCodeAt(i) === 0x2e) {
      i++;
      if (!isDigit(text.charCodeAt(i))) return false;
      while (isDigit(text.charCodeAt(i))) i++;
    }
    const e = text.charCodeAt(i);
    if (e === 0x65 || e === 0x45) {
      i++;
      const sign = text.charCodeAt(i);
      if (sign === 0x2b || sign === 0x2d) i++;
      if (!isDigit(text.charCodeAt(i))) return false;
      while (isDigit(text.charCodeAt(i))) i++;
    }
    return true;
  };

  const scanLiteral = (word: string): boolean => {
    for (let k = 0; k < word.length; k++, i++) if (text[i] !== word[k]) return false;
    return true;
  };

  for (;;) {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else break;
    }
    if (i >= n) return expect === 'after' && open.length === 0 ? null : n;
    const ch = text[i]!;
    switch (expect) {
      case 'value':
      case 'first-value': {
        if (ch === ']' && expect === 'first-value') { open.pop(); i++; expect = 'after'; break; }
        if (ch === '{') { open.push('{'); i++; expect = 'first-key'; break; }
        if (ch === '[') { open.push('['); i++; expect = 'first-value'; break; }
        let ok: boolean;
        if (ch === '"') ok = scanString();
        else if (ch === '-' || isDigit(text.charCodeAt(i))) ok = scanNumber();
        else if (ch === 't') ok = scanLiteral('true');
        else if (ch === 'f') ok = scanLiteral('false');
        else if (ch === 'n') ok = scanLiteral('null');
        else return i;
        if (!ok) return Math.min(i, n);
        expect = 'after';
        break;
      }
      case 'key':
      case 'first-key':
        if (ch === '}' && expect === 'first-key') { open.pop(); i++; expect = 'after'; break; }
        if (ch !== '"') return i;
        if (!scanString()) return Math.min(i, n);
        expect = 'colon';
        break;
      case 'colon':
        if (ch !== ':') return i;
        i++;
        expect = 'value';
        break;
      case 'after': {
        const top = open.at(-1);
        if (top === undefined) return i; // something after the one top-level value
        if (ch === ',') { i++; expect = top === '{' ? 'key' : 'value'; break; }
        if ((ch === '}' && top === '{') || (ch === ']' && top === '[')) { open.pop(); i++; break; }
        return i;
      }
    }
  }
}

/** 1-based line and column of a UTF-16 offset, counting LF, CRLF and lone CR as line ends (as editors do). */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let k = 0; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(k + 1) !== 0x0a)) {
      line++;
      lineStart = k + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/**
 * Message text quoted from a hostile file, made safe to show: control characters, bidi overrides
 * (U+202E would flip the rest of the sentence), invisible format characters and lone surrogates
 * become \uXXXX so the user sees what is there instead of what it does.
 */
export function visibleText(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
}
