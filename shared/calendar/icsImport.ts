import ICAL from 'ical.js';
import type { Campaign } from '../schema/campaign';
import { isRealCalendarDate, LIMITS } from '../schema/primitives';
import { emptyCampaign } from './emptyCampaign';

/**
 * iCalendar file from another app (Outlook, Google, Apple…) → one reviewed candidate per VEVENT.
 * Stratboard plans by day, so only calendar dates are kept; each problem is reported per event
 * with a code the UI translates, and nothing here throws on bad input.
 */

export interface IcsEventCandidate {
  uid: string;
  summary: string;
  startDate: string; // YYYY-MM-DD
  endDate: string; // inclusive YYYY-MM-DD
  description: string;
  location: string;
  allDay: boolean;
}
export type IcsEventErrorCode = 'no-start' | 'bad-date' | 'end-before-start' | 'no-summary' | 'too-long';
export type IcsWarningCode = 'recurrence-ignored' | 'time-dropped';
export interface IcsEventResult {
  /** Position among the file's VEVENTs, from 0. */
  index: number;
  /** 1-based line of the event's BEGIN:VEVENT in the file, or null when it cannot be told. */
  line: number | null;
  /** Null when the dates are unusable (no-start, bad-date, end-before-start); otherwise present even with other errors. */
  candidate: IcsEventCandidate | null;
  errors: IcsEventErrorCode[];
  warnings: IcsWarningCode[];
}
export type IcsFileErrorCode = 'empty' | 'too-large' | 'malformed' | 'no-calendar' | 'too-many-events';
export interface IcsImport {
  events: IcsEventResult[];
  fileError: { code: IcsFileErrorCode; detail: string } | null;
}

export const ICS_LIMITS: { maxBytes: 5_000_000; maxEvents: 20_000 } = { maxBytes: 5_000_000, maxEvents: 20_000 };

const DAY_MS = 86_400_000;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Milliseconds of a wall-clock time, treating it as if it were UTC (years 0–99 included). */
function wallMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

/** YYYY-MM-DD of a wall-clock instant, or null outside years 0000–9999. */
function isoDateOf(ms: number): string | null {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  if (!Number.isFinite(year) || year < 0 || year > 9999) return null;
  return `${pad(year, 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Calendar arithmetic on YYYY-MM-DD (no time zones involved). */
export function addDays(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return isoDateOf(wallMs(year, month, day) + days * DAY_MS) ?? isoDate;
}

/** A DTSTART/DTEND as written: date and time in its own zone (TZID, UTC or floating), never converted. */
interface WallTime { date: string; ms: number; timed: boolean; zone: string }

type RawProperty = InstanceType<typeof ICAL.Property>;
type RawComponent = InstanceType<typeof ICAL.Component>;

/**
 * Reads the raw jCal value rather than ical.js's Time, which silently rolls 2026-02-30 over to
 * March 2 and turns garbage into NaN fields. No time-zone conversion is needed: the calendar date
 * of an event is the date on the wall clock of the zone it was written in.
 */
function readWallTime(property: RawProperty): WallTime | null {
  const value: unknown = property.jCal[3];
  if (typeof value !== 'string') return null;
  // "T::" is how ical.js renders a bare date written without VALUE=DATE (DTSTART:20260310), which some exporters do.
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T::|T(\d{2}):(\d{2}):(\d{2})(Z)?)?$/.exec(value.trim());
  if (!match) return null;
  const date = `${match[1]}-${match[2]}-${match[3]}`;
  if (!isRealCalendarDate(date)) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (match[4] === undefined) return { date, ms: wallMs(year, month, day), timed: false, zone: 'date' };
  const [hour, minute, second] = [Number(match[4]), Number(match[5]), Number(match[6])];
  if (hour > 23 || minute > 59 || second > 60) return null;
  const tzid = property.getParameter('tzid');
  const zone = match[7] ? 'UTC' : typeof tzid === 'string' && tzid !== '' ? `TZID=${tzid}` : 'floating';
  return { date, ms: wallMs(year, month, day, hour, minute, Math.min(second, 59)), timed: true, zone };
}

/** RFC 5545 dur-value in seconds (negative allowed), or null if not one. */
function readDurationSeconds(property: RawProperty): number | null {
  const value: unknown = property.jCal[3];
  if (typeof value !== 'string') return null;
  const match = /^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(value.trim());
  if (!match || value.trim().endsWith('P') || value.trim().endsWith('T')) return null;
  const [weeks, days, hours, minutes, seconds] = [2, 3, 4, 5, 6].map((i) => Number(match[i] ?? 0)) as [number, number, number, number, number];
  const total = (((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds;
  return match[1] === '-' ? -total : total;
}

/** A text property's unescaped value; '' when absent or unreadable. */
function textOf(event: RawComponent, name: string): string {
  const property = event.getFirstProperty(name);
  if (!property) return '';
  try {
    const value = property.getFirstValue();
    return typeof value === 'string' ? value : value === null ? '' : String(value);
  } catch {
    const raw: unknown = property.jCal[3];
    return typeof raw === 'string' ? raw : '';
  }
}

function readEvent(event: RawComponent, index: number, line: number | null): IcsEventResult {
  const errors: IcsEventErrorCode[] = [];
  const warnings = new Set<IcsWarningCode>();
  const result = (candidate: IcsEventCandidate | null): IcsEventResult => ({ index, line, candidate, errors, warnings: [...warnings] });

  if (event.hasProperty('rrule') || event.hasProperty('rdate') || event.hasProperty('recurrence-id')) warnings.add('recurrence-ignored');
  const summary = textOf(event, 'summary');
  if (summary.trim() === '') errors.push('no-summary');
  else if (summary.length > LIMITS.shortText) errors.push('too-long');

  const startProperty = event.getFirstProperty('dtstart');
  if (!startProperty) {
    errors.unshift('no-start');
    return result(null);
  }
  const start = readWallTime(startProperty);
  if (!start) {
    errors.unshift('bad-date');
    return result(null);
  }
  if (start.timed) warnings.add('time-dropped');

  // Exclusive end on the same wall clock as the start.
  let endMs: number;
  let comparable = true;
  const endProperty = event.getFirstProperty('dtend');
  const durationProperty = event.getFirstProperty('duration');
  if (endProperty) {
    const end = readWallTime(endProperty);
    if (!end) {
      errors.unshift('bad-date');
      return result(null);
    }
    if (end.timed) warnings.add('time-dropped');
    endMs = end.ms;
    // Start and end written in different zones: their wall clocks cannot be compared to the hour.
    comparable = end.zone === start.zone || !start.timed || !end.timed;
  } else if (durationProperty) {
    const seconds = readDurationSeconds(durationProperty);
    if (seconds === null) {
      errors.unshift('bad-date');
      return result(null);
    }
    endMs = start.ms + seconds * 1000;
  } else {
    // RFC 5545 3.6.1: an all-day event without end lasts one day, a timed one is an instant.
    endMs = start.timed ? start.ms : start.ms + DAY_MS;
  }

  let endDate: string | null;
  if (endMs > start.ms) endDate = isoDateOf(endMs - 1); // exclusive → inclusive: ending at midnight means the day before
  else if (endMs === start.ms || !comparable) endDate = start.date;
  else {
    errors.unshift('end-before-start');
    return result(null);
  }
  if (endDate === null) {
    errors.unshift('bad-date');
    return result(null);
  }
  if (endDate < start.date) endDate = start.date; // only reachable across zones

  return result({
    uid: textOf(event, 'uid'), summary, startDate: start.date, endDate,
    description: textOf(event, 'description'), location: textOf(event, 'location'), allDay: !start.timed,
  });
}

/** UTF-8 size without TextEncoder (shared/ has neither DOM nor Node types). */
function utf8Bytes(text: string, stopAbove: number): number {
  if (text.length > stopAbove) return text.length; // every UTF-16 unit is at least one byte
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= stopAbove; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) { bytes += 4; i++; } // a pair; a lone one is rejected by the parser anyway
    else bytes += 3;
  }
  return bytes;
}

const fail = (code: IcsFileErrorCode, detail: string): IcsImport => ({ events: [], fileError: { code, detail } });

/** ical.js does not check that END names match BEGIN names (it accepts BEGIN:VEVENT … END:VCALENDAR), so do it here. */
function nestingError(lines: readonly string[]): string | null {
  const open: { name: string; line: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const match = /^(BEGIN|END):([^\s;:]+)[ \t]*$/i.exec(lines[i]!);
    if (!match) continue;
    const name = match[2]!.toUpperCase();
    if (match[1]!.toUpperCase() === 'BEGIN') open.push({ name, line: i + 1 });
    else if (open.at(-1)?.name === name) open.pop();
    else return `line ${i + 1}: END:${name} does not close ${open.length ? `BEGIN:${open.at(-1)!.name} of line ${open.at(-1)!.line}` : 'anything'}`;
  }
  const last = open.at(-1);
  return last ? `line ${last.line}: BEGIN:${last.name} is never closed` : null;
}

/**
 * Reads an .ics file's events. Never throws. A timed event takes the calendar dates of its start
 * and end in its own time zone (TZID, UTC or floating) and gets 'time-dropped'; DTEND is exclusive
 * (an event ending at 00:00 ends the day before); no DTEND → one day for all-day events, or DURATION;
 * RRULE/RDATE/RECURRENCE-ID → the event's own DTSTART only, with 'recurrence-ignored'.
 */
export function parseIcs(text: string): IcsImport {
  try {
    if (typeof text !== 'string') return fail('empty', 'not text');
    const bytes = utf8Bytes(text, ICS_LIMITS.maxBytes);
    if (bytes > ICS_LIMITS.maxBytes) return fail('too-large', `more than ${ICS_LIMITS.maxBytes} bytes`);
    const body = text.replace(/^\uFEFF/, '');
    if (body.trim() === '') return fail('empty', 'no content');

    const lines = body.split(/\r\n|\r|\n/);
    if (!lines.some((l) => /^BEGIN:VCALENDAR[ \t]*$/i.test(l))) return fail('no-calendar', 'no BEGIN:VCALENDAR');
    const eventLines: number[] = [];
    lines.forEach((l, i) => { if (/^BEGIN:VEVENT[ \t]*$/i.test(l)) eventLines.push(i + 1); });
    if (eventLines.length > ICS_LIMITS.maxEvents) return fail('too-many-events', `${eventLines.length} events, at most ${ICS_LIMITS.maxEvents}`);

    const nesting = nestingError(lines);
    if (nesting) return fail('malformed', nesting);

    let parsed: unknown;
    try {
      // ical.js accepts CRLF, LF and (since split above is only for counting) expects no lone CR.
      parsed = ICAL.parse(body.replace(/\r(?!\n)/g, '\n'));
    } catch (error) {
      return fail('malformed', error instanceof Error ? error.message : String(error));
    }
    const roots = (Array.isArray(parsed) && typeof parsed[0] === 'string' ? [parsed] : (parsed as unknown[]))
      .filter((root): root is unknown[] => Array.isArray(root) && root[0] === 'vcalendar');
    if (roots.length === 0) return fail('no-calendar', 'no VCALENDAR component');

    const events = roots.flatMap((root) => new ICAL.Component(root).getAllSubcomponents('vevent'));
    // Lines are matched to events by order; if something nests a VEVENT oddly, give no line rather than a wrong one.
    const lineFor = (i: number) => (events.length === eventLines.length ? eventLines[i]! : null);
    return {
      events: events.map((event, i) => {
        try {
          return readEvent(event, i, lineFor(i));
        } catch {
          return { index: i, line: lineFor(i), candidate: null, errors: ['bad-date'], warnings: [] };
        }
      }),
      fileError: null,
    };
  } catch (error) {
    return fail('malformed', error instanceof Error ? error.message : String(error));
  }
}

/** Cuts to at most max UTF-16 units without splitting a surrogate pair. */
function truncate(value: string, max: number): string {
  if (value.length <= max) return value;
  const cut = value.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/**
 * A schema-valid campaign for one imported event: kind 'event', status 'planned', the description as
 * objective (cut to the schema's limit), the source UID and location in the notes. The caller should
 * pass a non-blank summary (the UI offers a default name for 'no-summary'); a blank one becomes the
 * start date so the result is still valid.
 */
export function icsEventToCampaign(candidate: IcsEventCandidate, options: { id: string }): Campaign {
  const name = truncate(candidate.summary, LIMITS.shortText);
  const notes = [
    candidate.uid.trim() !== '' ? `UID: ${candidate.uid}` : '',
    candidate.location.trim() !== '' ? `LOCATION: ${candidate.location}` : '',
  ].filter((l) => l !== '').join('\n');
  return emptyCampaign({
    id: options.id,
    name: name.trim() === '' ? candidate.startDate : name,
    kind: 'event',
    objective: truncate(candidate.description, LIMITS.mediumText),
    startDate: candidate.startDate,
    endDate: candidate.endDate < candidate.startDate ? candidate.startDate : candidate.endDate,
    notes: truncate(notes, LIMITS.longText),
  });
}
