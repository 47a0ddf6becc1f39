import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeWorkspaceBytes, firstInvalidUtf8Byte } from './decodeWorkspaceBytes';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('decodeWorkspaceBytes', () => {
  it('decodes UTF-8 and keeps a BOM for the JSON reader to drop', () => {
    expect(decodeWorkspaceBytes(new TextEncoder().encode('{"name":"营销"}'))).toEqual({ ok: true, text: '{"name":"营销"}' });
    expect(decodeWorkspaceBytes(bytes(0xef, 0xbb, 0xbf, 0x7b, 0x7d))).toEqual({ ok: true, text: '\uFEFF{}' });
  });

  it('refuses GBK bytes with the line and offset instead of turning them into U+FFFD', () => {
    const gbk = bytes(0x7b, 0x0a, 0x22, 0xca, 0xd0, 0x22, 0x7d); // {\n"市"}
    const result = decodeWorkspaceBytes(gbk);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.detail).toMatch(/^the file is not UTF-8 text \(the first invalid byte is on line 2, at byte offset 3\)\..*GBK/);
  });

  it('names UTF-16 (either byte order) rather than failing on NUL bytes', () => {
    for (const bom of [[0xff, 0xfe], [0xfe, 0xff]]) {
      const result = decodeWorkspaceBytes(bytes(...bom, 0x7b, 0x00, 0x7d, 0x00));
      expect(!result.ok && result.detail).toMatch(/UTF-16/);
    }
  });

  it('refuses encoded surrogates (CESU-8) and overlong forms, like TextDecoder', () => {
    expect(firstInvalidUtf8Byte(bytes(0x61, 0xed, 0xa0, 0x80))).toBe(1);
    expect(firstInvalidUtf8Byte(bytes(0xc0, 0xaf))).toBe(0);
    expect(firstInvalidUtf8Byte(bytes(0xe0, 0x80, 0xaf))).toBe(0);
    expect(firstInvalidUtf8Byte(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0);
    expect(firstInvalidUtf8Byte(bytes(0xf0, 0x9f, 0x98, 0x80))).toBe(-1);
    expect(firstInvalidUtf8Byte(bytes(0xe4, 0xbd))).toBe(0); // cut off
  });

  it('accepts exactly what a strict TextDecoder accepts (property)', () => {
    const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 64 }), fc.string({ unit: 'binary' }).map((s) => new TextEncoder().encode(s))), (input) => {
        let valid = true;
        try { strict.decode(input); } catch { valid = false; }
        expect(firstInvalidUtf8Byte(input) === -1).toBe(valid);
        const result = decodeWorkspaceBytes(input);
        const utf16 = input.length >= 2 && ((input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff));
        expect(result.ok).toBe(valid && !utf16);
      }),
      { numRuns: 1_000 },
    );
  });
});
