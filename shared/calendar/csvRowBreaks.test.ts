import { describe, expect, it } from 'vitest';
import { parseCampaignCsv } from './campaignCsv';
import { uniformRowBreaks } from './csvRowBreaks';

const parse = (text: string) => {
  let n = 0;
  return parseCampaignCsv(text, { strategies: [], newId: () => `cmp_${++n}` });
};

describe('uniformRowBreaks', () => {
  it('turns CRLF, LF and lone CR between rows into LF, and leaves breaks inside quoted cells alone', () => {
    expect(uniformRowBreaks('a,b\r\nc,"x\r\ny"\rd,"e\rf""\n"\ng', ',')).toBe('a,b\nc,"x\r\ny"\nd,"e\rf""\n"\ng');
  });

  it('treats a quote inside an unquoted cell as text, as Papa Parse does', () => {
    expect(uniformRowBreaks('a"b\r\nc', ',')).toBe('a"b\nc');
    expect(uniformRowBreaks('x;"a\r\nb";c\r\nd', ';')).toBe('x;"a\r\nb";c\nd');
  });

  it('returns the text itself when there is nothing to change', () => {
    const text = 'name,start\na,b\n';
    expect(uniformRowBreaks(text, ',')).toBe(text);
  });
});

describe('parseCampaignCsv with mixed line ends', () => {
  it('keeps a row added with LF to a CRLF file instead of merging it into the row before', () => {
    const result = parse('name,start,end\r\na,2026-01-01,2026-01-02\r\nb,2026-01-01,2026-01-02\nc,2026-01-01,2026-01-02\r\n');
    expect(result.rows.map((r) => [r.line, r.campaign?.name, r.errors])).toEqual([[2, 'a', []], [3, 'b', []], [4, 'c', []]]);
  });

  it('numbers rows as an editor does when the header ends in a lone CR', () => {
    const result = parse('name,start,end\ra,2026-01-01,2026-01-02\r\nb,2026-01-01,2026-01-02');
    expect(result.rows.map((r) => [r.line, r.campaign?.name])).toEqual([[2, 'a'], [3, 'b']]);
  });

  it('still keeps an Excel cell with a line break (LF inside quotes in a CRLF file)', () => {
    const result = parse('name,start,end,objective\r\na,2026-01-01,2026-01-02,"two\nlines"\r\nb,2026-01-01,2026-01-02,\r\n');
    expect(result.rows.map((r) => [r.line, r.campaign?.objective])).toEqual([[2, 'two\nlines'], [4, '']]);
  });
});

describe('parseCampaignCsv with a doubled BOM', () => {
  it('numbers rows from the header as line 1', () => {
    const result = parse('\uFEFF\uFEFFname,start,end\na,2026-01-01,2026-01-02\nb,2026-01-01,2026-01-02');
    expect(result.rows.map((r) => [r.line, r.campaign?.name])).toEqual([[2, 'a'], [3, 'b']]);
  });
});
