import type { ExportKind } from '../../../../shared/contract/contract';
import type { WorkspaceApi } from '../../../../shared/contract/client';
import { downloadFile } from './downloadFile';

export type SaveExportOutcome = { saved: true; path: string | null } | { saved: false; cancelled: true } | { saved: false; cancelled: false; message: string };

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Puts an exported file where the user wants it. The desktop shows its save dialog, writes the
 * file atomically and can open it; web mode (no dialog) downloads it. path is null for a download.
 */
export async function saveExport(
  api: WorkspaceApi,
  file: { name: string; kind: ExportKind; mime: string; content: string | Uint8Array<ArrayBuffer>; openAfterSave: boolean },
): Promise<SaveExportOutcome> {
  const bytes = typeof file.content === 'string' ? new TextEncoder().encode(file.content) : file.content;
  const result = await api.saveExport({ suggestedName: file.name, kind: file.kind, dataBase64: bytesToBase64(bytes), openAfterSave: file.openAfterSave });
  if (result.ok) return result.value.path === null ? { saved: false, cancelled: true } : { saved: true, path: result.value.path };
  if (result.error.code !== 'unsupported') return { saved: false, cancelled: false, message: result.error.message };
  downloadFile(file.name, file.content, file.mime);
  return { saved: true, path: null };
}
