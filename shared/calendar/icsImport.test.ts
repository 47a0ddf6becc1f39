import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import ical from 'node-ical';
import { describe, expect, it } from 'vitest';
import { campaign } from '../schema/campaign';
import { ICS_LIMITS, icsEventToCampaign, parseIcs, type IcsEventCandidate, type IcsImport } from './ics';

const fixture = (name: string) => readFileSync(new URL(`../../tests/fixtures/ics/${name}`, import.meta.url), 'utf8');
const FIXTURES = ['google-tzid.ics', 'outlook.ics', 'all-day.ics', 'recurring.ics', 'malformed.ics', 'event-errors.ics'];

const wrap = (...lines: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//t//t//EN', ...lines, 'END:VCALENDAR', ''].join('\r\n');
const event = (...lines: string[]) => ['BEGIN:VEVENT', 'UID:u1', 'SUMMARY:S', ...lines, 'END:VEVENT'];
const only = (result: IcsImport) => {
  expect(result.fileError).toBeNull();
  expect(result.events).toHaveLength(1);
  return result.events[0]!;
};

describe('parseIcs: files from other calendar apps', () => {
  it('Google: takes the date in the event\'s own TZID, even when the UTC date differs', () => {
    const text = fixture('google-tzid.ics');
    const result = parseIcs(text);
    expect(result.fileError).toBeNull();
    expect(result.events.map((e) => [e.line, e.candidate?.summary, e.candidate?.startDate, e.candidate?.endDate, e.errors, e.warnings])).toEqual([
      [36, 'Agency sync (late)', '2026-03-10', '2026-03-10', [], ['time-dropped']],
      [51, '早餐发布会', '2026-06-01', '2026-06-01', [], ['time-dropped']],
      [63, 'Overnight livestream', '2026-03-20', '2026-03-21', [], ['time-dropped']],
    ]);
    expect(result.events[0]!.candidate).toMatchObject({
      uid: 'late-call-7f3a9c@google.com', description: 'Late call with the West Coast agency, agenda: budget; creatives.', location: 'Zoom', allDay: false,
    });
    expect(result.events[1]!.candidate!.location).toBe('上海市静安区南京西路 1266 号');
    // The fixture really is the hard case: in UTC these events fall on another day.
    const independent = ical.sync.parseICS(text);
    const utcDay = (uid: string) => (independent[uid] as ical.VEvent).start.toISOString().slice(0, 10);
    expect(utcDay('late-call-7f3a9c@google.com')).toBe('2026-03-11');
    expect(utcDay('breakfast-launch-1b2c@google.com')).toBe('2026-05-31');
  });

  it('Outlook: Windows time-zone names, all-day events, UTC times ending at midnight', () => {
    const result = parseIcs(fixture('outlook.ics'));
    expect(result.fileError).toBeNull();
    expect(result.events.map((e) => [e.candidate?.summary, e.candidate?.startDate, e.candidate?.endDate, e.candidate?.allDay, e.warnings])).toEqual([
      ['经销商大会', '2026-04-15', '2026-04-17', false, ['time-dropped']],
      ['Q2 budget review', '2026-04-30', '2026-04-30', true, []],
      ['Early webinar (UTC)', '2026-05-05', '2026-05-05', false, ['time-dropped']],
    ]);
    expect(result.events[0]!.candidate!.description).toBe('\n经销商大会议程：\n1. 新品介绍\n2. 渠道政策\n');
    expect(result.events[0]!.candidate!.location).toBe('宁波国际会议中心');
  });

  it('all-day: exclusive DTEND becomes inclusive, no DTEND is one day, DURATION counts', () => {
    const result = parseIcs(fixture('all-day.ics'));
    expect(result.events.map((e) => [e.line, e.candidate?.startDate, e.candidate?.endDate, e.candidate?.allDay, e.errors, e.warnings])).toEqual([
      [5, '2026-09-16', '2026-09-18', true, [], []],
      [15, '2026-12-31', '2026-12-31', true, [], []],
      [21, '2026-02-28', '2026-03-01', true, [], []],
    ]);
    expect(result.events[0]!.candidate!.location).toBe('Shanghai New International Expo Centre\nHall N3');
  });

  it('recurring: keeps the first occurrence and warns', () => {
    const result = parseIcs(fixture('recurring.ics'));
    expect(result.events[0]).toMatchObject({
      line: 4, errors: [], warnings: ['recurrence-ignored'],
      candidate: { uid: 'weekly-standup-42@google.com', summary: 'Weekly marketing stand-up', startDate: '2026-01-05', endDate: '2026-01-05' },
    });
    // A moved occurrence (RECURRENCE-ID) is reported too, so the user can see and skip it.
    expect(result.events[1]).toMatchObject({ warnings: ['recurrence-ignored'], candidate: { startDate: '2026-01-27' } });
  });

  it('reports each broken event with its line and keeps the good ones', () => {
    const result = parseIcs(fixture('event-errors.ics'));
    expect(result.fileError).toBeNull();
    expect(result.events.map((e) => [e.index, e.line, e.errors, e.candidate === null])).toEqual([
      [0, 4, [], false],
      [1, 9, ['no-start'], true],
      [2, 13, ['bad-date'], true],
      [3, 18, ['end-before-start'], true],
      [4, 24, ['no-summary'], false],
      [5, 28, ['bad-date'], true],
    ]);
    expect(result.events[4]!.candidate).toMatchObject({ summary: '', startDate: '2026-04-01', endDate: '2026-04-01' });
  });

  it('malformed: a component that never ends is a file error', () => {
    const result = parseIcs(fixture('malformed.ics'));
    expect(result.events).toEqual([]);
    expect(result.fileError?.code).toBe('malformed');
    expect(result.fileError?.detail).toBe('line 8: END:VCALENDAR does not close BEGIN:VEVENT of line 4');
  });
});

describe('parseIcs: dates and times', () => {
  it.each([
    [['DTSTART:20260310T233000Z', 'DTEND:20260311T010000Z'], '2026-03-10', '2026-03-11', ['time-dropped']],
    [['DTSTART:20260310T090000', 'DTEND:20260310T100000'], '2026-03-10', '2026-03-10', ['time-dropped']], // floating
    [['DTSTART;TZID=Europe/Berlin:20260310T090000', 'DURATION:PT16H'], '2026-03-10', '2026-03-11', ['time-dropped']],
    [['DTSTART;TZID=Europe/Berlin:20260310T090000', 'DURATION:PT15H'], '2026-03-10', '2026-03-10', ['time-dropped']], // ends at midnight
    [['DTSTART;TZID=Europe/Berlin:20260310T090000'], '2026-03-10', '2026-03-10', ['time-dropped']], // an instant
    [['DTSTART;VALUE=DATE:20260310', 'DURATION:P1W'], '2026-03-10', '2026-03-16', []],
    [['DTSTART;VALUE=DATE:20260310', 'DTEND;VALUE=DATE:20260310'], '2026-03-10', '2026-03-10', []], // zero-length, seen in the wild
    [['DTSTART:20260310', 'DTEND:20260312'], '2026-03-10', '2026-03-11', []], // dates without VALUE=DATE
    [['DTSTART;VALUE=DATE:20281231', 'DTEND;VALUE=DATE:20290101'], '2028-12-31', '2028-12-31', []],
    [['DTSTART;VALUE=DATE:20280228', 'DTEND;VALUE=DATE:20280301'], '2028-02-28', '2028-02-29', []], // leap year
    [['DTSTART;TZID=Asia/Shanghai:20260310T230000', 'DTEND:20260310T160000Z'], '2026-03-10', '2026-03-10', ['time-dropped']], // mixed zones
  ])('%j → %s … %s', (lines, startDate, endDate, warnings) => {
    const result = only(parseIcs(wrap(...event(...lines))));
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual(warnings);
    expect(result.candidate).toMatchObject({ startDate, endDate });
  });

  it.each([
    [['DTSTART;VALUE=DATE:20260310', 'DTEND;VALUE=DATE:20260309'], 'end-before-start'],
    [['DTSTART:20260310T100000Z', 'DTEND:20260310T090000Z'], 'end-before-start'],
    [['DTSTART;VALUE=DATE:20260310', 'DURATION:-P1D'], 'end-before-start'],
    [['DTSTART;VALUE=DATE:20261301'], 'bad-date'],
    [['DTSTART:20260310T250000Z'], 'bad-date'],
    [['DTSTART;VALUE=DATE:20260310', 'DTEND;VALUE=DATE:2026'], 'bad-date'],
    [['DTSTART;VALUE=DATE:20260310', 'DURATION:soon'], 'bad-date'],
    [['DTSTART;VALUE=DATE:20260310', 'DURATION:P'], 'bad-date'],
    [['DTEND;VALUE=DATE:20260310'], 'no-start'],
  ])('%j → %s', (lines, code) => {
    const result = only(parseIcs(wrap(...event(...lines))));
    expect(result.errors).toEqual([code]);
    expect(result.candidate).toBeNull();
  });

  it('flags a missing or blank summary and an over-long one, but keeps the candidate', () => {
    const blank = parseIcs(wrap('BEGIN:VEVENT', 'UID:x', 'SUMMARY:   ', 'DTSTART;VALUE=DATE:20260310', 'END:VEVENT')).events[0]!;
    expect(blank.errors).toEqual(['no-summary']);
    expect(blank.candidate?.startDate).toBe('2026-03-10');
    const long = parseIcs(wrap('BEGIN:VEVENT', `SUMMARY:${'x'.repeat(201)}`, 'DTSTART;VALUE=DATE:20260310', 'END:VEVENT')).events[0]!;
    expect(long.errors).toEqual(['too-long']);
    expect(long.candidate?.uid).toBe('');
  });

  it('accepts LF-only and CR-only line ends and a byte-order mark', () => {
    const crlf = wrap(...event('DTSTART;VALUE=DATE:20260310'));
    for (const text of [crlf.replace(/\r\n/g, '\n'), crlf.replace(/\r\n/g, '\r'), `\uFEFF${crlf}`]) {
      expect(only(parseIcs(text))).toMatchObject({ line: 4, errors: [], candidate: { summary: 'S', startDate: '2026-03-10' } });
    }
  });

  it('reads every VCALENDAR when a file holds several', () => {
    const two = wrap(...event('DTSTART;VALUE=DATE:20260310')) + wrap(...event('DTSTART;VALUE=DATE:20260410'));
    expect(parseIcs(two).events.map((e) => [e.index, e.line, e.candidate?.startDate])).toEqual([[0, 4, '2026-03-10'], [1, 13, '2026-04-10']]);
  });
});

describe('parseIcs: file errors', () => {
  it.each([
    ['', 'empty'],
    [' \r\n\t\n', 'empty'],
    ['\uFEFF', 'empty'],
    ['hello, this is not a calendar', 'no-calendar'],
    ['BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Li Wei\r\nEND:VCARD\r\n', 'no-calendar'],
    ['BEGIN:VCALENDAR\r\nVERSION:2.0\r\n', 'malformed'],
    ['BEGIN:VCALENDAR\r\nthis line has no colon\r\nEND:VCALENDAR\r\n', 'malformed'],
    ['BEGIN:VCALENDAR\r\nEND:VEVENT\r\n', 'malformed'],
    ['BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\nEND:VEVENT\r\n', 'malformed'],
    ['BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\nEND:VCALENDAR\r\n', 'malformed'],
  ])('%j → %s', (text, code) => {
    const result = parseIcs(text);
    expect(result.fileError?.code).toBe(code);
    expect(result.events).toEqual([]);
  });

  it('an empty calendar is not an error, just no events', () => {
    expect(parseIcs(wrap())).toEqual({ events: [], fileError: null });
  });

  it('refuses files over the size limit, counting UTF-8 bytes', () => {
    const ascii = wrap('X-PAD:' + 'a'.repeat(ICS_LIMITS.maxBytes));
    expect(parseIcs(ascii).fileError?.code).toBe('too-large');
    // 1.7 million Chinese characters: fewer UTF-16 units than the limit, but 5.1 MB of UTF-8.
    const chinese = wrap('X-PAD:' + '中'.repeat(1_700_000));
    expect(chinese.length).toBeLessThan(ICS_LIMITS.maxBytes);
    expect(parseIcs(chinese).fileError?.code).toBe('too-large');
  });

  it('refuses more events than the limit before parsing them', () => {
    const lines = Array.from({ length: ICS_LIMITS.maxEvents + 1 }, () => event('DTSTART;VALUE=DATE:20260310')).flat();
    const result = parseIcs(wrap(...lines));
    expect(result.fileError?.code).toBe('too-many-events');
    const atLimit = parseIcs(wrap(...lines.slice(5)));
    expect(atLimit.fileError).toBeNull();
    expect(atLimit.events).toHaveLength(ICS_LIMITS.maxEvents);
  });

  it('never throws, whatever the text (property)', () => {
    const sources = FIXTURES.map(fixture);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.string({ unit: 'binary', maxLength: 60 }).map((s) => wrap(...event(s))),
          // Real files with lines dropped or garbled: the shapes an interrupted download or a bad exporter produce.
          fc.tuple(fc.constantFrom(...sources), fc.array(fc.nat(), { maxLength: 6 }), fc.string({ maxLength: 12 })).map(([text, cuts, junk]) => {
            const lines = text.split('\r\n');
            for (const cut of cuts) lines.splice(cut % lines.length, 1, ...(cut % 3 === 0 ? [junk] : []));
            return lines.join('\r\n');
          }),
        ),
        (text) => {
          const result = parseIcs(text);
          expect(Array.isArray(result.events)).toBe(true);
          if (result.fileError) expect(result.events).toEqual([]);
          for (const e of result.events) {
            if (e.candidate) expect(e.candidate.endDate >= e.candidate.startDate).toBe(true);
            else expect(e.errors.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('icsEventToCampaign', () => {
  const candidate: IcsEventCandidate = {
    uid: 'late-call-7f3a9c@google.com', summary: 'Agency sync', startDate: '2026-03-10', endDate: '2026-03-12',
    description: 'Agenda', location: 'Zoom', allDay: false,
  };

  it('builds a valid planned event campaign with the source in the notes', () => {
    const result = icsEventToCampaign(candidate, { id: 'cmp_imported1' });
    expect(campaign.safeParse(result).success).toBe(true);
    expect(result).toMatchObject({
      id: 'cmp_imported1', name: 'Agency sync', kind: 'event', status: 'planned', objective: 'Agenda',
      startDate: '2026-03-10', endDate: '2026-03-12', channels: [], activities: [], plannedBudget: 0, actualSpend: 0,
      strategyId: null, promotionItemId: null, event: null, owner: '',
    });
    expect(result.notes).toContain('late-call-7f3a9c@google.com');
    expect(result.notes).toContain('Zoom');
    expect(result.kpis.leads).toEqual({ target: null, actual: null });
  });

  it('cuts over-long text to the schema limits without splitting a character', () => {
    const result = icsEventToCampaign(
      { ...candidate, summary: `${'a'.repeat(199)}😀tail`, description: `${'b'.repeat(1999)}😀${'c'.repeat(3000)}`, location: '' },
      { id: 'cmp_2' },
    );
    expect(campaign.safeParse(result).success).toBe(true);
    expect(result.name).toBe('a'.repeat(199));
    expect(result.objective).toBe('b'.repeat(1999));
    expect(result.notes).not.toContain('LOCATION');
  });

  it('stays valid for a blank summary', () => {
    const result = icsEventToCampaign({ ...candidate, summary: '  ', uid: '' }, { id: 'cmp_3' });
    expect(campaign.safeParse(result).success).toBe(true);
    expect(result.notes).toBe('Location: Zoom'.replace('Location', 'LOCATION'));
  });

  it('turns every importable fixture event into a valid campaign', () => {
    const candidates = FIXTURES.flatMap((name) => parseIcs(fixture(name)).events)
      .filter((e) => e.errors.length === 0)
      .map((e) => e.candidate!);
    expect(candidates.length).toBeGreaterThanOrEqual(12);
    candidates.forEach((c, i) => expect(campaign.safeParse(icsEventToCampaign(c, { id: `cmp_${i}` })).success).toBe(true));
  });
});
