import Papa from 'papaparse';
import { campaign as campaignSchema, type Campaign } from '../schema/campaign';
import { isRealCalendarDate, LIMITS } from '../schema/primitives';
import type { ChannelType } from './campaignFilter';
import { channelFromText, columnForHeader, kindFromText, normalizeAlias, statusFromText, type CsvColumn } from './csvAliases';
import { uniformRowBreaks } from './csvRowBreaks';
import { emptyCampaign, emptyEventDetails } from './emptyCampaign';

/**
 * CSV export and import of campaigns, for Excel round trips. Import never throws and never half
 * succeeds on its own: it returns every row with its campaign or its errors (line numbers as the
 * user sees them in a text editor) and the UI decides, after a preview, whether to write the
 * valid ones. Bytes → text is csvDecode.ts's job (GBK files from Chinese Excel).
 */

export const CSV_COLUMNS = ['name', 'kind', 'status', 'startDate', 'endDate', 'channels', 'owner', 'plannedBudget', 'actualSpend', 'objective', 'strategy'] as const satisfies readonly CsvColumn[];
export const CSV_LIMITS = { maxBytes: 5_000_000, maxRows: 20_000 } as const;

const REQUIRED_COLUMNS: readonly CsvColumn[] = ['name', 'startDate', 'endDate'];

// ---------------------------------------------------------------------------------------------
// Export

/**
 * A cell Excel would run as a formula (= + - @, tab, CR at the start — OWASP "CSV injection"),
 * possibly behind quotes we added before, gets one more leading '. Import removes exactly one,
 * so any text survives the round trip.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

function escapeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

function unescapeFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell) ? cell.slice(1) : cell;
}

/** Plain digits, never exponent notation for ordinary amounts. */
function moneyText(amount: number): string {
  return Number.isInteger(amount) && Math.abs(amount) < 1e21 ? amount.toFixed(0) : String(amount);
}

/**
 * UTF-8 with a BOM (Excel on Windows then reads it as UTF-8), CRLF line ends, our column ids as
 * headers; channels as ids joined by ';'; strategy by name ('' when none or unknown).
 */
export function campaignsToCsv(campaigns: readonly Campaign[], strategies: ReadonlyArray<{ id: string; name: string }>): string {
  const names = new Map(strategies.map((s) => [s.id, s.name]));
  const data = campaigns.map((c) => [
    c.name, c.kind, c.status, c.startDate, c.endDate, c.channels.join(';'), c.owner,
    moneyText(c.plannedBudget), moneyText(c.actualSpend), c.objective,
    c.strategyId === null ? '' : (names.get(c.strategyId) ?? ''),
  ].map(escapeFormula));
  return `\uFEFF${Papa.unparse({ fields: [...CSV_COLUMNS], data }, { newline: '\r\n' })}\r\n`;
}

// ---------------------------------------------------------------------------------------------
// Import

export type CsvRowErrorCode = 'required' | 'bad-date' | 'end-before-start' | 'unknown-channel' | 'unknown-status' | 'unknown-kind' | 'negative-money' | 'not-a-number' | 'too-long';
/** Imported all the same, with a note: a CSV moved to another workspace names strategies that are not there. */
export type CsvRowWarningCode = 'unknown-strategy';
/** column: one of CSV_COLUMNS (or a schema path for a leftover schema problem); value: the cell as typed, cut to 200 characters. */
export interface CsvRowError { column: string; code: CsvRowErrorCode; value: string }
export interface CsvRowResult { line: number /* 1-based line in the file, header = 1 */; campaign: Campaign | null; errors: CsvRowError[]; warnings: Array<{ column: string; code: CsvRowWarningCode; value: string }> }
export type CsvFileErrorCode = 'empty' | 'too-large' | 'too-many-rows' | 'missing-columns' | 'malformed';
export interface CsvImport { rows: CsvRowResult[]; fileError: { code: CsvFileErrorCode; detail: string } | null; validCount: number; invalidCount: number }

const MAX_ERROR_VALUE = 200;

function fileError(code: CsvFileErrorCode, detail: string): CsvImport {
  return { rows: [], fileError: { code, detail }, validCount: 0, invalidCount: 0 };
}

/** UTF-8 size without allocating: a char count is a lower bound, ×3 an upper one. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) { bytes += 4; i++; } // surrogate pair
    else bytes += 3;
  }
  return bytes;
}

/** The delimiter of the header line: ',' (our export, English and Chinese Excel), else tab, else ';' (European Excel). */
function headerDelimiter(text: string): string {
  const end = text.search(/[\r\n]/);
  const header = end === -1 ? text : text.slice(0, end);
  if (header.includes(',')) return ',';
  if (header.includes('\t')) return '\t';
  if (header.includes(';')) return ';';
  return ',';
}

interface RawRow { line: number; cells: string[] }

/**
 * Reads the records with the line each starts on (quoted cells may span lines).
 * Stops early on a quote error or when there are more rows than allowed.
 */
function readRecords(original: string): { records: RawRow[]; error: { code: CsvFileErrorCode; detail: string } | null } {
  const delimiter = headerDelimiter(original);
  // One row-break style, so Papa never guesses it wrong for a file with mixed line ends (csvRowBreaks.ts).
  const text = uniformRowBreaks(original, delimiter);
  const records: RawRow[] = [];
  let error: { code: CsvFileErrorCode; detail: string } | null = null;
  let counted = 0; // text[0..counted) has been scanned for line breaks
  let line = 1;
  let rowStart = 0;
  const lineAt = (offset: number) => {
    for (; counted < offset; counted++) {
      const ch = text.charCodeAt(counted);
      if (ch === 10 || (ch === 13 && text.charCodeAt(counted + 1) !== 10)) line++;
    }
    return line;
  };
  Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    skipEmptyLines: false,
    step: (result, parser) => {
      const startLine = lineAt(rowStart);
      rowStart = result.meta.cursor;
      const quoteProblem = result.errors.find((e) => e.type === 'Quotes');
      if (quoteProblem) {
        error = { code: 'malformed', detail: `line ${startLine}: ${quoteProblem.message}` };
        parser.abort();
        return;
      }
      const cells = result.data;
      if (cells.every((cell) => cell.trim() === '')) return; // blank line
      if (records.length > CSV_LIMITS.maxRows) { // header + maxRows data rows already kept
        error = { code: 'too-many-rows', detail: `more than ${CSV_LIMITS.maxRows} rows` };
        parser.abort();
        return;
      }
      records.push({ line: startLine, cells });
    },
  });
  return { records, error };
}

/** "2026-03-01", "2026-3-1", "2026/3/1" (Excel zh-CN), optionally followed by a midnight time Excel sometimes adds. */
function parseDate(text: string): string | null {
  const match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(text);
  if (!match) return null;
  const iso = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  return isRealCalendarDate(iso) ? iso : null;
}

/** "1,200", "¥1200", "￥1,200.50", "1200元", "$ 99"; negative ("-5", "(5)") and non-numbers are told apart. */
function parseMoney(text: string): { value: number } | { code: 'negative-money' | 'not-a-number' } {
  const cleaned = text.normalize('NFKC').replace(/[\s,¥$€£]|^(?:rmb|cny|usd|eur)|(?:rmb|cny|usd|eur|元)$/gi, '');
  const negative = /^-/.test(cleaned) || /^\(.*\)$/.test(cleaned);
  const digits = cleaned.replace(/^-|^\(|\)$/g, '');
  if (!/^(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i.test(digits)) return { code: 'not-a-number' };
  const value = Number(digits);
  if (!Number.isFinite(value)) return { code: 'not-a-number' };
  if (negative && value !== 0) return { code: 'negative-money' };
  return { value };
}

const TEXT_LIMITS: Partial<Record<CsvColumn, number>> = {
  name: LIMITS.shortText, owner: LIMITS.shortText, objective: LIMITS.mediumText, strategy: LIMITS.shortText,
};

function schemaErrorCode(path: string, issue: { code: string; message: string }): CsvRowErrorCode {
  if (issue.message === 'calendar-date') return 'bad-date';
  if (issue.message === 'end-before-start') return 'end-before-start';
  if (issue.message === 'required') return 'required';
  if (issue.code === 'too_big') return 'too-long';
  if (path === 'plannedBudget' || path === 'actualSpend') return issue.code === 'too_small' ? 'negative-money' : 'not-a-number';
  return 'required';
}

/**
 * Parses campaign rows. Headers may be our ids or their English/Chinese aliases (csvAliases.ts),
 * in any order; unknown columns are ignored. Required columns and cells: name, startDate,
 * endDate. Defaults: status 'planned', kind 'campaign', money 0, text ''. Cells are trimmed;
 * blank lines are skipped (but counted for line numbers). A file-level problem (nothing but
 * a header, over CSV_LIMITS, a required column missing, broken quotes) returns no rows at all.
 */
export function parseCampaignCsv(
  text: string,
  context: { strategies: ReadonlyArray<{ id: string; name: string }>; newId: () => string },
): CsvImport {
  // Every leading BOM (a BOM'd file saved again by a tool that adds one): Papa Parse drops one
  // itself, and its row offsets would then be one off ours, so every row's line number too.
  const body = text.replace(/^\uFEFF+/, '');
  if (body.trim() === '') return fileError('empty', 'the file has no content');
  if (body.length > CSV_LIMITS.maxBytes || (body.length * 3 > CSV_LIMITS.maxBytes && utf8Length(body) > CSV_LIMITS.maxBytes)) {
    return fileError('too-large', `larger than ${CSV_LIMITS.maxBytes} bytes`);
  }

  const { records, error } = readRecords(body);
  if (error) return fileError(error.code, error.detail);
  const [header, ...dataRows] = records;
  if (!header) return fileError('empty', 'the file has no content');
  if (dataRows.length === 0) return fileError('empty', 'the file has a header but no rows');

  const columnIndex = new Map<CsvColumn, number>();
  header.cells.forEach((cell, i) => {
    const column = columnForHeader(cell);
    if (column && !columnIndex.has(column)) columnIndex.set(column, i);
  });
  const missing = REQUIRED_COLUMNS.filter((c) => !columnIndex.has(c));
  if (missing.length > 0) return fileError('missing-columns', missing.join(', '));

  const strategyById = new Map(context.strategies.map((s) => [s.id, s.id]));
  const strategyByName = new Map<string, string>();
  for (const s of context.strategies) if (!strategyByName.has(s.name)) strategyByName.set(s.name, s.id);
  const strategyByLooseName = new Map<string, string>();
  for (const s of context.strategies) {
    const key = normalizeAlias(s.name);
    if (!strategyByLooseName.has(key)) strategyByLooseName.set(key, s.id);
  }

  const rows = dataRows.map((record): CsvRowResult => {
    const errors: CsvRowError[] = [];
    const warnings: CsvRowResult['warnings'] = [];
    const raw = (column: CsvColumn) => {
      const index = columnIndex.get(column);
      return index === undefined ? '' : unescapeFormula((record.cells[index] ?? '').trim()).trim();
    };
    const fail = (column: string, code: CsvRowErrorCode, value: string) => {
      errors.push({ column, code, value: value.length > MAX_ERROR_VALUE ? `${value.slice(0, MAX_ERROR_VALUE)}…` : value });
    };
    const textCell = (column: CsvColumn) => {
      const value = raw(column);
      const limit = TEXT_LIMITS[column];
      if (limit !== undefined && value.length > limit) fail(column, 'too-long', value);
      return value;
    };

    const name = textCell('name');
    if (name === '') fail('name', 'required', name);

    const dates = (['startDate', 'endDate'] as const).map((column) => {
      const value = raw(column);
      if (value === '') { fail(column, 'required', value); return null; }
      const iso = parseDate(value);
      if (iso === null) fail(column, 'bad-date', value);
      return iso;
    });
    const [startDate, endDate] = dates;
    if (startDate && endDate && endDate < startDate) fail('endDate', 'end-before-start', raw('endDate'));

    const channels: ChannelType[] = [];
    for (const part of raw('channels').split(/[;；,，、|/\n]+/)) {
      const value = part.trim();
      if (value === '') continue;
      const channel = channelFromText(value);
      if (channel === null) fail('channels', 'unknown-channel', value);
      else if (!channels.includes(channel)) channels.push(channel);
    }

    const statusText = raw('status');
    const status = statusText === '' ? 'planned' : statusFromText(statusText);
    if (status === null) fail('status', 'unknown-status', statusText);

    const kindText = raw('kind');
    const kind = kindText === '' ? 'campaign' : kindFromText(kindText);
    if (kind === null) fail('kind', 'unknown-kind', kindText);

    const money = (column: 'plannedBudget' | 'actualSpend') => {
      const value = raw(column);
      if (value === '') return 0;
      const parsed = parseMoney(value);
      if ('code' in parsed) { fail(column, parsed.code, value); return 0; }
      return parsed.value;
    };
    const plannedBudget = money('plannedBudget');
    const actualSpend = money('actualSpend');

    const strategyText = textCell('strategy');
    let strategyId: string | null = null;
    if (strategyText !== '') {
      strategyId = strategyByName.get(strategyText) ?? strategyByLooseName.get(normalizeAlias(strategyText)) ?? strategyById.get(strategyText) ?? null;
      if (strategyId === null) warnings.push({ column: 'strategy', code: 'unknown-strategy', value: strategyText });
    }

    const owner = textCell('owner');
    const objective = textCell('objective');
    if (errors.length > 0 || !startDate || !endDate || !status || !kind) return { line: record.line, campaign: null, errors, warnings };

    const candidate = emptyCampaign({
      id: context.newId(), name, kind, objective, strategyId, channels, owner, status, startDate, endDate, plannedBudget, actualSpend,
      event: kind === 'campaign' ? null : emptyEventDetails(),
    });
    // The last word is the workspace schema's: whatever it still rejects becomes a row error.
    const checked = campaignSchema.safeParse(candidate);
    if (checked.success) return { line: record.line, campaign: checked.data, errors, warnings };
    for (const issue of checked.error.issues) {
      const path = issue.path.map(String).join('.');
      const column = (CSV_COLUMNS as readonly string[]).includes(path) ? path : path || 'row';
      fail(column, schemaErrorCode(path, issue), (CSV_COLUMNS as readonly string[]).includes(path) ? raw(path as CsvColumn) : '');
    }
    return { line: record.line, campaign: null, errors, warnings };
  });

  const validCount = rows.filter((r) => r.campaign !== null).length;
  return { rows, fileError: null, validCount, invalidCount: rows.length - validCount };
}
