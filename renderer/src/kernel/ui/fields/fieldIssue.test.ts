import { describe, expect, it } from 'vitest';
import { currencyCode, requiredName, shortText } from '../../../../../shared/schema/primitives';
import { fieldIssue } from './fieldIssue';

const custom = { currencyCode: 'Use a code like CNY', idFormat: 'Bad id' };

describe('fieldIssue', () => {
  it('accepts valid values', () => {
    expect(fieldIssue(requiredName, 'Acme', 'en', custom)).toBeNull();
    expect(fieldIssue(currencyCode, 'CNY', 'en', custom)).toBeNull();
  });

  it('explains an empty required name in the UI language', () => {
    expect(fieldIssue(requiredName, '   ', 'en', custom)).toBe('Must not be empty');
    expect(fieldIssue(requiredName, '', 'zh-CN', custom)).toBe('不能为空');
  });

  it('explains a too-long text with its limit', () => {
    expect(fieldIssue(shortText, 'x'.repeat(201), 'en', custom)).toBe('Is too long (limit 200 characters)');
  });

  it('uses the specific text for a malformed currency code', () => {
    expect(fieldIssue(currencyCode, 'cny', 'en', custom)).toBe('Use a code like CNY');
  });
});
