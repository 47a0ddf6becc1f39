import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonErrorOffset, lineAndColumn, visibleText } from './jsonErrorOffset';

describe('jsonErrorOffset', () => {
  it.each([
    ['hello', 0],
    ['{"a": 1,\n "b": x}', 15],
    ['{"a":1', 6],
    ['{"a":1}}', 7],
    ['{"a": NaN}', 6],
    ['"a\u0001b"', 2],
    ['{"a": tru}', 9],
    ['{"a": -}', 7],
    ['{"a": 01}', 7],
    ['{"a": 1.}', 8],
    ['{"a": "\\x"}', 8],
    ['{"a": "\\u12G4"}', 11],
    ['[1,]', 3],
    ['{,}', 1],
    ['{"a" 1}', 5],
    ['', 0],
    ['   ', 3],
  ])('%j breaks at %i', (text, offset) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it('says null for valid JSON, including odd but legal numbers and escapes', () => {
    for (const text of ['{}', '[]', '0', '-0.5e+10', '"\\u00e9\\n\\/"', ' {"a": [1, {"b": null}, true, false]} ']) {
      expect(jsonErrorOffset(text)).toBeNull();
    }
  });

  it('handles 100,000 levels of nesting without recursion', () => {
    expect(jsonErrorOffset('['.repeat(100_000))).toBe(100_000);
    expect(jsonErrorOffset(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toBeNull();
  });

  it('agrees with JSON.parse on what is valid (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string({ unit: 'binary', maxLength: 40 }), fc.json().map((j) => j.slice(0, -1))), (text) => {
        let valid = true;
        try { JSON.parse(text); } catch { valid = false; }
        const offset = jsonErrorOffset(text);
        expect(offset === null).toBe(valid);
        if (offset !== null) expect(offset).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 500 },
    );
  });
});

describe('lineAndColumn', () => {
  it('counts LF, CRLF and lone CR as one line end each', () => {
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn('ab\r\ncd', 5)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn('ab\rcd\n', 6)).toEqual({ line: 3, column: 1 });
  });
});

describe('visibleText', () => {
  it('shows bidi overrides, control and invisible characters and lone surrogates as \\uXXXX', () => {
    expect(visibleText('a\u202Eb\u0000c\u200Bd\uFEFFe\uD800f')).toBe('a\\u202Eb\\u0000c\\u200Bd\\uFEFFe\\uD800f');
  });

  it('keeps ordinary text, Chinese, Arabic letters and surrogate pairs as they are', () => {
    expect(visibleText('营销计划 العربية 😀')).toBe('营销计划 العربية 😀');
  });
});
