import { describe, expect, it } from 'vitest';
import { MAX_NAME_BYTES, cutToBytes, nameWithLabel } from './shortNames';

/** Decoding a cut that split a UTF-8 sequence gives U+FFFD; a split surrogate pair is a lone surrogate. */
function isWholeText(text: string): boolean {
  const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
  return Buffer.from(text, 'utf8').toString('utf8') === text && !/\uFFFD/.test(text) && !loneSurrogate.test(text);
}

const LABEL = '(recovered 2026-05-01 0930)';

describe('cutToBytes', () => {
  it('keeps text that fits as it is', () => {
    expect(cutToBytes('plan', 10)).toBe('plan');
  });

  it('cuts between Chinese characters, never inside one (3 bytes each)', () => {
    expect(cutToBytes('战略计划', 8)).toBe('战略');
    expect(cutToBytes('战略计划', 9)).toBe('战略计');
  });

  it('never splits a surrogate pair, an emoji sequence or a letter from its accent', () => {
    expect(cutToBytes('ab😀', 5)).toBe('ab');
    const family = '👩‍👩‍👧';
    expect(cutToBytes(`x${family}`, 10)).toBe('x');
    expect(cutToBytes('cafe\u0301!', 5)).toBe('caf');
  });
});

describe('nameWithLabel', () => {
  it('adds the label before the extension', () => {
    expect(nameWithLabel('My plan.json', LABEL)).toBe(`My plan ${LABEL}.json`);
  });

  it('shortens a 254-byte Chinese name so the whole fits in 255 bytes, cut at a character', () => {
    const name = nameWithLabel(`${'战'.repeat(83)}.json`, LABEL);
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(isWholeText(name)).toBe(true);
    expect(name).toMatch(/^战+ \(recovered 2026-05-01 0930\)\.json$/);
    expect(Buffer.byteLength(name)).toBeGreaterThan(MAX_NAME_BYTES - 3); // as long as it can be
  });

  it('handles emoji and astral characters at the cut', () => {
    const name = nameWithLabel(`${'😀'.repeat(70)}.json`, LABEL);
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(isWholeText(name)).toBe(true);
  });

  it('does not leave the spaces or dots a cut exposes', () => {
    const name = nameWithLabel(`${'a'.repeat(220)} .. ${'b'.repeat(30)}.json`, LABEL);
    expect(name).toMatch(/a \(recovered/);
  });

  it('treats a very long "extension" as part of the name, and adds .json', () => {
    const name = nameWithLabel(`plan.${'x'.repeat(300)}`, LABEL);
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(name.endsWith(`${LABEL}.json`)).toBe(true);
  });
});
