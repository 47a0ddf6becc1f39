import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createSampleWorkspace } from '../../samplePlan/samplePlan';
import { resolveStrategyBlocks } from '../strategyBlocks/resolveStrategyBlocks';
import { documentToDocx } from './docxWriter';
import { fixtureBody, fixtureModel } from './testFixtures';

/**
 * The DOCX must open cleanly outside Word: LibreOffice (Debian package libreoffice-writer-nogui,
 * installed in CI) converts it to PDF and pdftotext reads the result back. Skipped, loudly,
 * only where soffice is not installed.
 */

const hasTool = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'ignore', timeout: 60_000 }).status === 0;
const hasSoffice = hasTool('soffice', ['--version']) && hasTool('pdftotext', ['-v']);
if (!hasSoffice) {
  console.warn('docxLibreOffice.test.ts SKIPPED: soffice (libreoffice-writer-nogui) or pdftotext (poppler-utils) is not on PATH.');
}

describe.skipIf(!hasSoffice)('DOCX opened by LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'docx-lo-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function convert(name: string, bytes: Uint8Array): Promise<string> {
    const docx = join(dir, `${name}.docx`);
    writeFileSync(docx, bytes);
    // A profile of its own, so the conversion neither waits for nor disturbs another running LibreOffice.
    const profile = pathToFileURL(join(dir, `profile-${name}`)).href;
    const converted = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { encoding: 'utf8', timeout: 180_000 });
    expect(converted.status, converted.stderr).toBe(0);
    const text = spawnSync('pdftotext', ['-enc', 'UTF-8', join(dir, `${name}.pdf`), '-'], { encoding: 'utf8', timeout: 60_000 });
    expect(text.status, text.stderr).toBe(0);
    return text.stdout;
  }

  it('converts to a PDF whose text has the title in English and Chinese, headings, tables, requirements and the change log', async () => {
    const strategy = createSampleWorkspace('zh-CN', new Date('2026-03-01T00:00:00Z')).strategies[0]!;
    const body = fixtureBody();
    body.content!.push({ type: 'strategyBlock', attrs: { kind: 'positioning', strategyId: strategy.id, snapshot: null, frozenAt: null } });
    const model = fixtureModel('zh-CN', { body: resolveStrategyBlocks(body, [strategy], { language: 'zh-CN', currency: 'CNY' }) });

    const pdfText = await convert('zh', await documentToDocx(model));
    // pdftotext keeps words but may wrap lines anywhere a table cell wraps: compare without whitespace.
    const flat = pdfText.replace(/\s+/g, '');
    const expectText = (value: string) => expect(flat, value).toContain(value.replace(/\s+/g, ''));

    expectText('Smart Kettle PRD 智能水壶需求文档'); // cover title, English and Chinese
    expectText('目录'); // contents
    expectText('Product vision 产品愿景'); // a heading
    expectText('Boilo 沸乐'); // a table cell
    expectText('Nested bullet 嵌套'); // a nested list item
    expectText('<script>alert("x")</script>'); // hostile text shown as text
    expectText(`定位 — ${strategy.name}`); // the resolved strategy block
    expectText(strategy.positioning.statement.product);
    expectText('REQ-001'); // a requirement
    expectText('必须有');
    expectText('变更记录'); // the change log
    expectText('Raise max'); // a change-log entry (short probes: table cells wrap)
    expectText('Customer feedback');
    expectText('Wang Fang');
    expect(pdfText).toMatch(/第 2 页，共 \d+ 页/); // page numbers in the footer
  });

  it('shows English labels and "Page X of Y" for an English document', async () => {
    const pdfText = await convert('en', await documentToDocx(fixtureModel('en')));
    expect(pdfText).toContain('Contents');
    expect(pdfText).toContain('Requirements');
    expect(pdfText).toContain('Change log');
    expect(pdfText).toMatch(/Page 2 of \d+/);
  });
});
