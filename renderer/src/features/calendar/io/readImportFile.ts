import { decodeCsvBytes } from '../../../../../shared/calendar/csvDecode';

export type ReadResult =
  | { ok: true; text: string; encoding: 'utf-8' | 'gbk' }
  | { ok: false; code: 'too-large' | 'unreadable'; detail: string };

/** Reads a chosen file, refusing a huge one before loading it; CSV may be GBK (Excel in Chinese). */
export async function readImportFile(file: File, kind: 'csv' | 'ics', maxBytes: number): Promise<ReadResult> {
  if (file.size > maxBytes) {
    return { ok: false, code: 'too-large', detail: `${(file.size / 1_048_576).toFixed(1)} MB > ${(maxBytes / 1_048_576).toFixed(0)} MB` };
  }
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (kind === 'csv') return { ok: true, ...decodeCsvBytes(bytes) };
    return { ok: true, text: new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  } catch (error) {
    return { ok: false, code: 'unreadable', detail: error instanceof Error ? error.message : String(error) };
  }
}
