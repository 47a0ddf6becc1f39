import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from './csvDecode';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...values: number[]) => new Uint8Array(values);

describe('decodeCsvBytes', () => {
  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const result = decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('名称,start\r\n')]));
    expect(result).toEqual({ text: '名称,start\r\n', encoding: 'utf-8' });
  });

  it('drops only the first BOM', () => {
    const result = decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x61]));
    expect(result).toEqual({ text: '\uFEFFa', encoding: 'utf-8' });
  });

  it('reads valid UTF-8 without a BOM as UTF-8', () => {
    expect(decodeCsvBytes(utf8('name,owner\nSpring,李伟'))).toEqual({ text: 'name,owner\nSpring,李伟', encoding: 'utf-8' });
    expect(decodeCsvBytes(utf8('plain ascii'))).toEqual({ text: 'plain ascii', encoding: 'utf-8' });
    expect(decodeCsvBytes(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
    expect(decodeCsvBytes(bytes(0xef, 0xbb, 0xbf))).toEqual({ text: '', encoding: 'utf-8' });
  });

  it('reads bytes that are not UTF-8 as GBK', () => {
    // 中文 in GBK
    expect(decodeCsvBytes(bytes(0xd6, 0xd0, 0xce, 0xc4))).toEqual({ text: '中文', encoding: 'gbk' });
    // 名称,开始日期 in GBK
    expect(decodeCsvBytes(bytes(0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xbf, 0xaa, 0xca, 0xbc, 0xc8, 0xd5, 0xc6, 0xda)))
      .toEqual({ text: '名称,开始日期', encoding: 'gbk' });
    // fullwidth ￥ (A3 A4) and ASCII mixed in
    expect(decodeCsvBytes(bytes(0x22, 0xa3, 0xa4, 0x31, 0x2c, 0x32, 0x30, 0x30, 0x22))).toEqual({ text: '"￥1,200"', encoding: 'gbk' });
  });

  it('does not fail on bytes that are neither', () => {
    const result = decodeCsvBytes(bytes(0x61, 0xff, 0x62));
    expect(result.encoding).toBe('gbk');
    // WHATWG says U+FFFD for the 0xFF; Node's ICU gives a private-use character. Either way the readable parts survive.
    expect(result.text).toMatch(/^a.b$/u);
  });
});
