import { dialog, shell, type BrowserWindow } from 'electron';
import { extname, isAbsolute, join } from 'node:path';
import type { ExportKind } from '../shared/contract/contract';
import { RpcFailure } from '../shared/contract/errors';
import { writeFileAtomic } from './services/atomicWrite';

const EXTENSIONS: Record<ExportKind, string> = { pdf: 'pdf', docx: 'docx', markdown: 'md', html: 'html', csv: 'csv', ics: 'ics' };

/** "plan" + pdf → "plan.pdf"; an existing right extension is kept. */
export function withExtension(path: string, kind: ExportKind): string {
  const wanted = `.${EXTENSIONS[kind]}`;
  return extname(path).toLowerCase() === wanted ? path : `${path}${wanted}`;
}

/**
 * The desktop's "save an export": the native save dialog, then an atomic write (temp file +
 * rename, so a failure never leaves half a PDF where the user looks), then, if asked, the file
 * opens in the system's viewer.
 */
export async function saveExportWithDialog(
  parent: BrowserWindow | null,
  input: { suggestedName: string; kind: ExportKind; bytes: Uint8Array; openAfterSave: boolean; defaultFolder: string; filterName: string },
): Promise<{ path: string | null }> {
  const options = {
    defaultPath: join(input.defaultFolder, input.suggestedName),
    filters: [{ name: input.filterName, extensions: [EXTENSIONS[input.kind]] }],
    properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
  };
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return { path: null };
  const path = withExtension(result.filePath, input.kind);
  if (!isAbsolute(path)) throw new RpcFailure('invalid-input', 'The save dialog returned a relative path.');
  await writeFileAtomic(path, input.bytes);
  if (input.openAfterSave) {
    const problem = await shell.openPath(path);
    // Saved is what matters; a missing viewer is only worth a log line.
    if (problem) console.warn(`[stratboard] saved ${path} but could not open it: ${problem}`);
  }
  return { path };
}
