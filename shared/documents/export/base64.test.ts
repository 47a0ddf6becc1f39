import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { base64Decode, base64Encode, utf8Decode, utf8Encode } from './base64';

// Node's Buffer is the reference implementation here; the code under test must not need it.
const samples = ['', 'a', 'ab', 'abc', 'abcd', 'Hello, world!', '智能水壶 — 定位图', 'emoji 🫖 and 𝄞', '<svg>&"\'</svg>', '\u0000\u007f\u0080\u07ff\u0800\uffff'];

describe('base64 and UTF-8 without Buffer', () => {
  it('encodes UTF-8 exactly as Node does', () => {
    for (const text of samples) expect(Buffer.from(utf8Encode(text)).toString('hex')).toBe(Buffer.from(text, 'utf8').toString('hex'));
  });

  it('turns lone surrogates into U+FFFD like TextEncoder', () => {
    expect(Buffer.from(utf8Encode('a\uD800b')).toString('hex')).toBe(Buffer.from('a\uFFFDb', 'utf8').toString('hex'));
  });

  it('encodes and decodes base64 exactly as Node does', () => {
    for (const text of samples) {
      const bytes = utf8Encode(text);
      const expected = Buffer.from(bytes).toString('base64');
      expect(base64Encode(bytes)).toBe(expected);
      expect(Buffer.from(base64Decode(expected)!).toString('hex')).toBe(Buffer.from(bytes).toString('hex'));
      expect(utf8Decode(base64Decode(expected)!)).toBe(text);
    }
    const random = Uint8Array.from({ length: 1000 }, (_, index) => (index * 7919) % 256);
    expect(base64Encode(random)).toBe(Buffer.from(random).toString('base64'));
  });

  it('refuses text that is not base64', () => {
    expect(base64Decode('ab$d')).toBeNull();
    expect(base64Decode('abcde')).toBeNull();
  });
});
