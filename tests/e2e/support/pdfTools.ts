import { spawnSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, type TestInfo } from '@playwright/test';

/**
 * Reads an exported PDF back with poppler-utils (pdftotext, pdfinfo, pdfimages, pdftoppm), the
 * way a person would check it: its words, its pages, its pictures, and every page looked at.
 */

export function run(command: string, args: string[], timeout = 60_000): string {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout });
  expect(result.status, `${command} ${args.join(' ')}\n${result.stderr}`).toBe(0);
  return result.stdout;
}

export const pdfText = (pdf: string): string => run('pdftotext', ['-enc', 'UTF-8', pdf, '-']);

/** pdftotext keeps the words but wraps lines where a table cell wraps: compare without whitespace. */
export const flat = (text: string): string => text.replace(/\s+/g, '');

export function pdfPageCount(pdf: string): number {
  return Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', [pdf]))?.[1]);
}

/** Every page's size in points, e.g. "612 x 792" (pdfinfo prints one line per page with -f/-l). */
export function pdfPageSizes(pdf: string): string[] {
  const pages = pdfPageCount(pdf);
  const info = run('pdfinfo', ['-f', '1', '-l', String(pages), pdf]);
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+ x [\d.]+) pts/gm)].map((match) => match[1]!);
}

export interface PdfImage {
  page: number;
  width: number;
  height: number;
  xPpi: number;
}

/** The pictures `pdfimages -list` finds (soft masks, which are alpha channels of another picture, left out). */
export function pdfImages(pdf: string): PdfImage[] {
  return run('pdfimages', ['-list', pdf]).split('\n').slice(2)
    .map((line) => line.trim().split(/\s+/))
    .filter((cells) => cells[2] === 'image')
    .map((cells) => ({ page: Number(cells[0]), width: Number(cells[3]), height: Number(cells[4]), xPpi: Number(cells[12]) }));
}

/**
 * The text split into pages (pdftotext ends each page with a form feed), each page as its
 * non-empty lines. The running header, when given, is checked and dropped from every page.
 */
export function textPages(text: string, runningHeader?: string): string[][] {
  const pages = text.split('\f').slice(0, -1).map((page) => page.split('\n').map((line) => line.trim()).filter(Boolean));
  if (runningHeader === undefined) return pages;
  return pages.map((lines, index) => {
    expect(lines[0], `running header on page ${index + 1}`).toBe(runningHeader);
    return lines.slice(1);
  });
}

/**
 * Looks at every page of a PDF: renders them as PNGs (attached to the report) and as greyscale
 * PGMs whose dark pixels are counted, so a blank page fails. Returns the page count.
 */
export async function lookAtPdfPages(pdf: string, testInfo: TestInfo, name: string, dir: string): Promise<number> {
  const pages = pdfPageCount(pdf);
  run('pdftoppm', ['-r', '40', '-png', pdf, join(dir, 'page')]);
  run('pdftoppm', ['-r', '40', '-gray', pdf, join(dir, 'grey')]);
  const files = (await readdir(dir)).sort();
  const pngs = files.filter((file) => file.endsWith('.png'));
  const pgms = files.filter((file) => file.endsWith('.pgm'));
  expect(pngs).toHaveLength(pages);
  for (const png of pngs) await testInfo.attach(`${name} ${png}`, { path: join(dir, png), contentType: 'image/png' });
  for (const pgm of pgms) expect(darkPixels(await readFile(join(dir, pgm))), `ink on ${name} ${pgm} beyond its header and footer`).toBeGreaterThan(200);
  return pages;
}

/** Pixels clearly darker than the paper in a binary PGM (P5, 8-bit). */
function darkPixels(pgm: Buffer): number {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 50).toString('latin1'));
  if (!header) throw new Error('not a binary PGM');
  const pixels = pgm.subarray(header[0].length);
  let dark = 0;
  for (const value of pixels) if (value < 160) dark += 1;
  return dark;
}
