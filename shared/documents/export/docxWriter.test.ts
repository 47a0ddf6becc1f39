import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// fflate is what docx itself zips with; reading the parts back checks what Word will read.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { documentToDocx } from './docxWriter';
import { fixtureModel } from './testFixtures';

async function parts(model = fixtureModel('zh-CN')) {
  const bytes = await documentToDocx(model);
  const files = unzipSync(bytes);
  const text = (name: string) => strFromU8(files[name] ?? new Uint8Array());
  return { bytes, files, text };
}

describe('documentToDocx', () => {
  it('produces a zip with the Word parts, written to a file the way the app saves it', async () => {
    const { bytes, files } = await parts();
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]); // "PK"
    for (const name of ['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'word/numbering.xml']) expect(files[name], name).toBeDefined();
    const dir = mkdtempSync(join(tmpdir(), 'docx-'));
    try {
      writeFileSync(join(dir, 'export.docx'), bytes);
      expect(readFileSync(join(dir, 'export.docx')).length).toBe(bytes.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes cover, contents, body, requirements and change log text, escaped', async () => {
    const { text } = await parts();
    const xml = text('word/document.xml');
    const order = ['Smart Kettle PRD 智能水壶需求文档', 'Mingye S2 明叶', '版本：', 'v0.3 sent to R&amp;D', '目录', 'Product vision 产品愿景',
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;', 'Nested bullet 嵌套', 'Boilo 沸乐', '需求', 'REQ-001',
      'Urban professionals 城市白领', '变更记录', 'Raise max temperature 提高最高温度', 'Wang Fang'];
    let from = 0;
    for (const piece of order) {
      const at = xml.indexOf(piece, from);
      expect(at, piece).toBeGreaterThanOrEqual(from);
      from = at;
    }
    expect(xml).not.toContain('<script>');
  });

  it('links only to safe targets, with the contents linked to heading bookmarks', async () => {
    const { text } = await parts();
    const rels = text('word/_rels/document.xml.rels');
    const targets = [...rels.matchAll(/Target="([^"]*)"\s+TargetMode="External"/g)].map((match) => match[1]);
    expect(targets).toEqual(['https://example.com/a?b=1&amp;c=&quot;2&quot;']);
    expect(rels).not.toMatch(/javascript:|data:text/);
    const xml = text('word/document.xml');
    for (const anchor of ['sec_1', 'sec_2', 'sec_3', 'requirements', 'change_log']) {
      expect(xml).toContain(`w:anchor="${anchor}"`);
      expect(xml).toContain(`w:name="${anchor}"`);
    }
  });

  it('embeds the PNG at its aspect ratio and notes images it cannot embed', async () => {
    const { files, text } = await parts(fixtureModel('en', {
      body: { type: 'doc', content: [
        { type: 'image', attrs: { src: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAQAAAACCAIAAADwyuo0AAAAE0lEQVR4nGP4z8AARGDiPwMyBwBnsgf5Q2OaZwAAAABJRU5ErkJggg==', alt: 'Tiny' } },
        { type: 'image', attrs: { src: 'data:image/webp;base64,UklGRg==', alt: 'Perceptual map' } },
        { type: 'image', attrs: { src: 'data:image/png;base64,AAAA', alt: 'broken' } },
        { type: 'image', attrs: { src: 'javascript:alert(1)', alt: 'evil' } },
      ] },
    }));
    const media = Object.keys(files).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    const xml = text('word/document.xml');
    // 4×2 px at 9525 EMU per pixel.
    expect(xml).toContain('<wp:extent cx="38100" cy="19050"/>');
    expect(xml).toContain('[image] Perceptual map');
    expect(xml).toContain('[image] broken');
    expect(xml).not.toContain('evil');
  });

  it('numbers pages as "Page X of Y" with fields, and sets fonts and language for Chinese', async () => {
    const { files, text } = await parts(fixtureModel('en'));
    const footers = Object.keys(files).filter((name) => /^word\/footer\d+\.xml$/.test(name)).map(text);
    expect(footers.some((footer) => /Page <\/w:t>[\s\S]*PAGE[\s\S]* of <\/w:t>[\s\S]*NUMPAGES/.test(footer))).toBe(true);
    const styles = text('word/styles.xml');
    expect(styles).toMatch(/<w:rFonts w:ascii="Calibri" w:cs="Calibri" w:eastAsia="Microsoft YaHei" w:hAnsi="Calibri"\/>/);
    expect(styles).toContain('<w:lang w:val="en-US" w:eastAsia="zh-CN"/>');
    expect(text('docProps/core.xml')).toContain('<dc:title>Smart Kettle PRD 智能水壶需求文档</dc:title>');
    const zhFooters = Object.keys((await parts()).files).filter((name) => /^word\/footer\d+\.xml$/.test(name));
    expect(zhFooters.length).toBeGreaterThan(0);
    expect(text('word/styles.xml')).not.toContain('w:hint="eastAsia"');
    expect((await parts()).text('word/styles.xml')).toContain('w:hint="eastAsia"');
  });

  it('writes lists as numbering, ordered lists restarting per list', async () => {
    const { text } = await parts();
    const xml = text('word/document.xml');
    const items = [...xml.matchAll(/<w:numPr><w:ilvl w:val="(\d)"\/><w:numId w:val="(\d+)"\/><\/w:numPr>[\s\S]*?<w:t[^>]*>([^<]*)<\/w:t>/g)]
      .map((match) => [match[3], Number(match[1]), match[2]]);
    const [bullets, first, nested] = [items[0]![2], items[3]![2], items[4]![2]];
    expect(items).toEqual([
      ['Urban professionals', 0, bullets], ['Nested bullet 嵌套', 1, bullets], ['Tea lovers', 0, bullets],
      ['First step', 0, first], ['Sub step one', 1, nested], ['Second step', 0, first],
    ]);
    // The nested numbered list is a list of its own, so it counts from 1 rather than on from "First step".
    expect(new Set([bullets, first, nested]).size).toBe(3);
    expect(text('word/numbering.xml')).toContain('w:val="%2."');
  });

  it('removes characters XML forbids, which would make Word reject the file', async () => {
    const { text } = await parts(fixtureModel('en', { title: 'Bad\u0001title\u0008\uFFFF', author: 'A\u0000B' }));
    expect(text('word/document.xml')).toContain('Badtitle');
    // eslint-disable-next-line no-control-regex
    expect(text('word/document.xml')).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(text('docProps/core.xml')).toContain('<dc:creator>AB</dc:creator>');
  });
});
