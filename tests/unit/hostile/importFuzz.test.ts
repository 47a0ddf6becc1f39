import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { campaignsToCsv, CSV_COLUMNS, parseCampaignCsv, type CsvImport } from '../../../shared/calendar/campaignCsv';
import { decodeCsvBytes } from '../../../shared/calendar/csvDecode';
import { emptyCampaign } from '../../../shared/calendar/emptyCampaign';
import { icsEventToCampaign, parseIcs, type IcsImport } from '../../../shared/calendar/ics';
import { campaign as campaignSchema, type Campaign } from '../../../shared/schema/campaign';
import { isRealCalendarDate, LIMITS } from '../../../shared/schema/primitives';
import { hangGuard, runs } from './fuzzRuns';
import { expectNotPolluted } from './openThroughApp';

/**
 * Property-based fuzzing of the calendar imports (campaign CSV, iCalendar). Random and
 * structured-but-hostile input: never a throw, never a hang, and the result is either a typed
 * file error or rows/events that are each a schema-valid campaign or carry typed errors.
 */

const HANG_GUARD_MS = hangGuard(30_000);
const STRATEGIES = [{ id: 'str_a', name: 'Smart kettle' }, { id: 'str_b', name: '企业客户' }, { id: 'str_c', name: '__proto__' }];
const CSV_FILE_ERRORS = ['empty', 'too-large', 'too-many-rows', 'missing-columns', 'malformed'];
const CSV_ROW_ERRORS = ['required', 'bad-date', 'end-before-start', 'unknown-channel', 'unknown-status', 'unknown-kind', 'negative-money', 'not-a-number', 'too-long'];
const ICS_FILE_ERRORS = ['empty', 'too-large', 'malformed', 'no-calendar', 'too-many-events'];
const ICS_EVENT_ERRORS = ['no-start', 'bad-date', 'end-before-start', 'no-summary', 'too-long'];

function csvContext() {
  let n = 0;
  return { strategies: STRATEGIES, newId: () => `cmp_fuzz${++n}` };
}

function expectTypedCsv(result: CsvImport): void {
  if (result.fileError) {
    expect(CSV_FILE_ERRORS).toContain(result.fileError.code);
    expect(result.fileError.detail.length).toBeGreaterThan(0);
    expect(result.rows).toEqual([]);
    return;
  }
  expect(result.validCount + result.invalidCount).toBe(result.rows.length);
  let previousLine = 1;
  const ids = new Set<string>();
  for (const row of result.rows) {
    expect(row.line).toBeGreaterThan(previousLine);
    previousLine = row.line;
    if (row.campaign) {
      expect(row.errors).toEqual([]);
      expect(campaignSchema.safeParse(row.campaign).success).toBe(true);
      expect(ids.has(row.campaign.id)).toBe(false);
      ids.add(row.campaign.id);
    } else {
      expect(row.errors.length).toBeGreaterThan(0);
    }
    for (const error of row.errors) {
      expect(CSV_ROW_ERRORS).toContain(error.code);
      expect(typeof error.column).toBe('string');
      expect(error.value.length).toBeLessThanOrEqual(201);
    }
  }
  expect(result.validCount).toBe(ids.size);
}

function expectTypedIcs(result: IcsImport): void {
  expect(Array.isArray(result.events)).toBe(true);
  if (result.fileError) {
    expect(ICS_FILE_ERRORS).toContain(result.fileError.code);
    expect(result.events).toEqual([]);
    return;
  }
  result.events.forEach((event, i) => {
    expect(event.index).toBe(i);
    for (const code of event.errors) expect(ICS_EVENT_ERRORS).toContain(code);
    if (!event.candidate) {
      expect(event.errors.length).toBeGreaterThan(0);
      return;
    }
    const { startDate, endDate } = event.candidate;
    expect(isRealCalendarDate(startDate) && isRealCalendarDate(endDate)).toBe(true);
    expect(endDate >= startDate).toBe(true);
    // Whatever the event held, the campaign made from it is valid (the UI offers a name for a blank summary).
    expect(campaignSchema.safeParse(icsEventToCampaign(event.candidate, { id: `cmp_ics${i}` })).success).toBe(true);
  });
}

// ----------------------------------------------------------------------------------------------
// CSV

const HEADER_NAMES = [
  ...CSV_COLUMNS, '名称', '开始日期', '结束日期', '渠道', '状态', '类型', '预算', 'Start Date', 'END', 'ｓｔａｒｔ', '__proto__',
  'constructor', '', ' ', 'unknown', '"quoted"', '\uFEFFname',
];
const hostileCell = fc.oneof(
  fc.constantFrom(
    '', ' ', '2026-03-01', '2026-3-1', '2026/3/1', '2026-02-30', '2026-02-28 00:00', '03/01/2026', '20260301', '2026-13-01',
    '0', '-5', '(5)', '1,200', '¥1200', '1200元', '1e999', 'NaN', 'Infinity', '1e308', '.5', '5.', '1.2.3',
    'online-store;retail', '线上商城、代理商', 'tv', 'planned', '进行中', 'paused', '展会', 'webinar', 'Smart kettle', 'SMART  KETTLE',
    '=HYPERLINK("http://x")', "'=1+1", '+1', '-', '@SUM(A1)', '\t=1', '"', '""', 'a"b', 'a,b', 'a;b', 'a\tb', 'a\r\nb', 'a\nb', 'a\rb',
    '\u202Eevil', '\uD800', '\u0000', '__proto__', 'constructor', 'x'.repeat(201), 'y'.repeat(2_001),
  ),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

/** Rows joined by a delimiter and line end, cells quoted properly, not at all, or brokenly. */
const structuredCsv = fc.record({
  header: fc.array(fc.constantFrom(...HEADER_NAMES), { minLength: 1, maxLength: 12 }),
  rows: fc.array(fc.array(hostileCell, { maxLength: 13 }), { maxLength: 8 }),
  delimiter: fc.constantFrom(',', ';', '\t'),
  newline: fc.constantFrom('\r\n', '\n', '\r'),
  quoting: fc.constantFrom('proper', 'none', 'broken'),
  bom: fc.boolean(),
}).map(({ header, rows, delimiter, newline, quoting, bom }) => {
  const cell = (text: string) => {
    if (quoting === 'none') return text;
    if (quoting === 'broken') return text.includes(delimiter) ? `"${text}` : text;
    return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return (bom ? '\uFEFF' : '') + [header, ...rows].map((r) => r.map(cell).join(delimiter)).join(newline);
});

describe('fuzz: campaign CSV import', () => {
  it('random text: a typed file error or typed rows — never a throw', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        expectTypedCsv(parseCampaignCsv(text, csvContext()));
      }),
      { numRuns: runs(300) },
    );
  }, HANG_GUARD_MS);

  it('hostile but CSV-shaped files: every row is a valid campaign or has typed errors', () => {
    fc.assert(
      fc.property(structuredCsv, (text) => {
        expectTypedCsv(parseCampaignCsv(text, csvContext()));
        expectNotPolluted();
      }),
      { numRuns: runs(400) },
    );
  }, HANG_GUARD_MS);

  it('random bytes (any encoding) decode and import without a throw', () => {
    const gbkish = fc.array(fc.oneof(fc.integer({ min: 0x81, max: 0xfe }), fc.integer({ min: 0x20, max: 0x7e })), { maxLength: 200 }).map((b) => new Uint8Array(b));
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 300 }), gbkish), (bytes) => {
        const { text, encoding } = decodeCsvBytes(bytes);
        expect(['utf-8', 'gbk']).toContain(encoding);
        expectTypedCsv(parseCampaignCsv(`name,start,end\r\n${text}`, csvContext()));
        expectTypedCsv(parseCampaignCsv(text, csvContext()));
      }),
      { numRuns: runs(300) },
    );
  }, HANG_GUARD_MS);

  it('export then import gives back the same campaigns, whatever their text (round trip)', () => {
    // Import trims cells (documented), so the generated texts have no whitespace at either end.
    const text = (max: number) => fc.string({ unit: 'binary', maxLength: max }).filter((s) => s === s.trim());
    const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const money = fc.oneof(fc.nat(), fc.double({ min: 0, max: 1e300, noNaN: true }), fc.constantFrom(0.1, 1e21, 123456789.125));
    const channels = fc.subarray(['online-store', 'marketplace', 'retail', 'distributor', 'direct-sales', 'partner'] as const);
    const generated = fc.array(fc.record({
      name: text(LIMITS.shortText).filter((s) => s.length > 0), owner: text(LIMITS.shortText), objective: text(400),
      start: day, length: fc.nat(400), kind: fc.constantFrom('campaign', 'event', 'trade-show') as fc.Arbitrary<Campaign['kind']>,
      status: fc.constantFrom('idea', 'planned', 'in-progress', 'done', 'cancelled') as fc.Arbitrary<Campaign['status']>,
      channels, plannedBudget: money, actualSpend: money, strategyId: fc.constantFrom(null, 'str_a', 'str_b', 'str_c'),
    }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(generated, (specs) => {
        const campaigns = specs.map((s, i) => emptyCampaign({
          id: `c${i}`, name: s.name, owner: s.owner, objective: s.objective, startDate: s.start, endDate: addDays(s.start, s.length),
          kind: s.kind, status: s.status, channels: [...s.channels], plannedBudget: s.plannedBudget, actualSpend: s.actualSpend, strategyId: s.strategyId,
        }));
        const result = parseCampaignCsv(campaignsToCsv(campaigns, STRATEGIES), csvContext());
        expect(result.fileError).toBeNull();
        expect(result.rows.map((r) => r.errors)).toEqual(campaigns.map(() => []));
        const pick = (c: Campaign) => [c.name, c.owner, c.objective, c.startDate, c.endDate, c.kind, c.status, c.channels, c.plannedBudget, c.actualSpend, c.strategyId];
        expect(result.rows.map((r) => pick(r.campaign!))).toEqual(campaigns.map(pick));
      }),
      { numRuns: runs(200) },
    );
  }, HANG_GUARD_MS);
});

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

// ----------------------------------------------------------------------------------------------
// ICS

const icsDate = fc.oneof(
  fc.constantFrom('20260310', '20260230', '20261301', '2026031', '99991231', '00000101', '20260310T090000', '20260310T090000Z', '20260310T250000Z', '20260310T235960', 'soon', ''),
  fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().replace(/[-:]/g, '').slice(0, 8)),
);
const icsParams = fc.constantFrom('', ';VALUE=DATE', ';VALUE=DATE-TIME', ';TZID=Asia/Shanghai', ';TZID="Europe/Berlin"', ';TZID=', ';VALUE=PERIOD', ';X-ODD="a;b:c"');
const icsText = fc.oneof(
  fc.constantFrom('Launch', '上市发布会', '\u202Eevil', 'a\\, b\\; c\\n d', '\\', '<script>alert(1)</script>', '__proto__', 'x'.repeat(250), ' ', ''),
  fc.string({ unit: 'binary', maxLength: 20 }).map((s) => s.replace(/[\r\n]/g, ' ')),
);
const icsProperty = fc.oneof(
  fc.tuple(icsParams, icsDate).map(([p, d]) => `DTSTART${p}:${d}`),
  fc.tuple(icsParams, icsDate).map(([p, d]) => `DTEND${p}:${d}`),
  fc.constantFrom('DURATION:P1D', 'DURATION:-P1D', 'DURATION:PT36H', 'DURATION:P1W2D', 'DURATION:P', 'DURATION:soon', 'DURATION:P999999999W'),
  icsText.map((t) => `SUMMARY:${t}`),
  icsText.map((t) => `DESCRIPTION:${t}`),
  icsText.map((t) => `LOCATION;LANGUAGE=zh:${t}`),
  icsText.map((t) => `UID:${t}`),
  fc.constantFrom('RRULE:FREQ=DAILY;COUNT=5', 'RRULE:FREQ=SECONDLY', 'RDATE:20260311', 'RECURRENCE-ID:20260310', 'EXDATE:x', 'X-CUSTOM;A=1:2', ':no-name', 'NOCOLON', ' folded continuation'),
);
const vevent = fc.array(icsProperty, { maxLength: 7 }).map((lines) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT']);
const structuredIcs = fc.record({
  events: fc.array(vevent, { maxLength: 5 }),
  extra: fc.constantFrom<string[]>([], ['BEGIN:VTIMEZONE', 'TZID:Asia/Shanghai', 'END:VTIMEZONE'], ['BEGIN:VTODO', 'END:VTODO'], ['BEGIN:VEVENT'], ['END:VEVENT'], ['BEGIN:X', 'BEGIN:Y', 'END:X', 'END:Y']),
  newline: fc.constantFrom('\r\n', '\n', '\r'),
  bom: fc.boolean(),
  close: fc.boolean(),
}).map(({ events, extra, newline, bom, close }) => {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//fuzz//EN', ...extra, ...events.flat(), ...(close ? ['END:VCALENDAR'] : [])];
  return (bom ? '\uFEFF' : '') + lines.join(newline);
});

describe('fuzz: iCalendar import', () => {
  it('hostile but ICS-shaped files: a typed file error, or events that are valid campaigns or carry typed errors', () => {
    fc.assert(
      fc.property(structuredIcs, (text) => {
        expectTypedIcs(parseIcs(text));
        expectNotPolluted();
      }),
      { numRuns: runs(500) },
    );
  }, HANG_GUARD_MS);

  it('random text and cut-off calendars: never a throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), structuredIcs.chain((t) => fc.nat(t.length).map((cut) => t.slice(0, cut)))), (text) => {
        expectTypedIcs(parseIcs(text));
      }),
      { numRuns: runs(300) },
    );
  }, HANG_GUARD_MS);

  it('100,000 nested components do not hang or overflow the stack', () => {
    const depth = 100_000;
    const text = ['BEGIN:VCALENDAR', ...Array.from({ length: depth }, () => 'BEGIN:X'), ...Array.from({ length: depth }, () => 'END:X'), 'END:VCALENDAR'].join('\r\n');
    expectTypedIcs(parseIcs(text));
    expectTypedIcs(parseIcs(['BEGIN:VCALENDAR', ...Array.from({ length: depth }, () => 'BEGIN:X')].join('\r\n')));
  }, HANG_GUARD_MS);
});
