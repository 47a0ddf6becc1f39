import { describe, expect, it } from 'vitest';
import { parseNumberDraft } from './parseNumberDraft';

const money = { nullable: true, min: 0 };
const percent = { nullable: true, min: 0, max: 100 };

describe('parseNumberDraft', () => {
  it('reads plain, grouped, full-width and decorated numbers', () => {
    expect(parseNumberDraft('1200', money)).toEqual({ ok: true, value: 1200 });
    expect(parseNumberDraft(' 1,800,000 ', money)).toEqual({ ok: true, value: 1_800_000 });
    expect(parseNumberDraft('１２３．５', money)).toEqual({ ok: true, value: 123.5 });
    expect(parseNumberDraft('¥499', money)).toEqual({ ok: true, value: 499 });
    expect(parseNumberDraft('499元', money)).toEqual({ ok: true, value: 499 });
    expect(parseNumberDraft('35%', percent)).toEqual({ ok: true, value: 35 });
    expect(parseNumberDraft('.5', money)).toEqual({ ok: true, value: 0.5 });
  });

  it('treats an empty field as unknown or as missing, by the rules', () => {
    expect(parseNumberDraft('  ', money)).toEqual({ ok: true, value: null });
    expect(parseNumberDraft('', { nullable: false, min: 0 })).toEqual({ ok: false, reason: 'required' });
  });

  it('says why a draft is refused', () => {
    expect(parseNumberDraft('-5', money)).toEqual({ ok: false, reason: 'negative' });
    expect(parseNumberDraft('abc', money)).toEqual({ ok: false, reason: 'not-a-number' });
    expect(parseNumberDraft('1.2.3', money)).toEqual({ ok: false, reason: 'not-a-number' });
    expect(parseNumberDraft('1,20', money)).toEqual({ ok: false, reason: 'not-a-number' });
    expect(parseNumberDraft('1e400', money)).toEqual({ ok: false, reason: 'not-a-number' });
    expect(parseNumberDraft('120', percent)).toEqual({ ok: false, reason: 'out-of-range', min: 0, max: 100 });
    expect(parseNumberDraft('2.5', { nullable: false, min: 1, max: 5, integer: true })).toEqual({ ok: false, reason: 'not-integer' });
    expect(parseNumberDraft('-150', { nullable: true, min: -100 })).toEqual({ ok: false, reason: 'below-min', min: -100 });
    expect(parseNumberDraft('2000', { nullable: true, max: 1000 })).toEqual({ ok: false, reason: 'above-max', max: 1000 });
  });

  it('keeps huge but finite amounts', () => {
    expect(parseNumberDraft('999999999999999', money)).toEqual({ ok: true, value: 999_999_999_999_999 });
  });
});
