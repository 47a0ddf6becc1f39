import type { Campaign } from '../../../../../shared/schema/campaign';

/** One row of an import preview, whatever the format: where it was, what it is, what is wrong. */
export interface PreviewRow {
  key: string;
  line: number | null;
  name: string;
  dates: string;
  problems: string[];
  notes: string[];
  campaign: Campaign | null;
}

export interface ImportPreview {
  format: 'csv' | 'ics';
  fileName: string;
  encoding: string;
  /** A problem with the whole file: nothing can be imported. */
  fileProblem: string | null;
  rows: PreviewRow[];
  skippedDuplicates: number;
}

export function importable(preview: ImportPreview): Campaign[] {
  return preview.rows.flatMap((row) => (row.campaign && row.problems.length === 0 ? [row.campaign] : []));
}
