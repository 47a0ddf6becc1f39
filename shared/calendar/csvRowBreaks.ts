/**
 * Row breaks of a CSV text made uniform: every CRLF, LF or lone CR outside a quoted cell becomes
 * LF; line breaks inside quoted cells are the cell's text and stay as they are.
 *
 * Why: Papa Parse splits rows on one newline style, which it guesses for the whole file. A file
 * with mixed line ends (rows added in another editor, a header ending in a lone CR) then loses
 * rows into the cell before them or reports rows on the wrong line. Editors, and the line
 * numbers in our messages, treat all three as one line break each, so the count stays the same.
 */
export function uniformRowBreaks(text: string, delimiter: string): string {
  const parts: string[] = [];
  let last = 0;
  let inQuotes = false;
  let fieldStart = true;
  const delimiterCode = delimiter.charCodeAt(0);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inQuotes) {
      if (c === 0x22) {
        if (text.charCodeAt(i + 1) === 0x22) i++; // "" is a quote inside the cell
        else inQuotes = false;
      }
      continue;
    }
    if (c === 0x22 && fieldStart) {
      // As in Papa Parse, a quote opens a quoted cell only at the start of the cell.
      inQuotes = true;
      fieldStart = false;
    } else if (c === 0x0d) {
      parts.push(text.slice(last, i), '\n');
      if (text.charCodeAt(i + 1) === 0x0a) i++;
      last = i + 1;
      fieldStart = true;
    } else {
      fieldStart = c === 0x0a || c === delimiterCode;
    }
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(last));
  return parts.join('');
}
