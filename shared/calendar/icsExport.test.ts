import fc from 'fast-check';
import ical from 'node-ical';
import { describe, expect, it } from 'vitest';
import { createSampleWorkspace } from '../samplePlan/samplePlan';
import type { Campaign } from '../schema/campaign';
import { campaignsToIcs, icsSafeText, parseIcs, type IcsEventCandidate } from './ics';

const NOW = new Date('2026-01-15T09:00:00Z');
const octets = (line: string) => Buffer.byteLength(line, 'utf8');

/** node-ical gives all-day dates as local midnight; read them back on the local calendar. */
function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

function nodeIcalEvents(text: string): Map<string, ical.VEvent> {
  const events = new Map<string, ical.VEvent>();
  for (const component of Object.values(ical.sync.parseICS(text))) {
    if (component?.type === 'VEVENT') events.set(component.uid, component);
  }
  return events;
}

function expectWellFormed(text: string) {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // no bare CR or LF anywhere
  const lines = text.slice(0, -2).split('\r\n');
  for (const line of lines) expect(octets(line), line).toBeLessThanOrEqual(75);
  return lines;
}

function candidatesByUid(text: string): Map<string, IcsEventCandidate> {
  const result = parseIcs(text);
  expect(result.fileError).toBeNull();
  const map = new Map<string, IcsEventCandidate>();
  for (const event of result.events) {
    expect(event.errors).toEqual([]);
    expect(event.warnings).toEqual([]);
    map.set(event.candidate!.uid, event.candidate!);
  }
  return map;
}

function makeCampaign(overrides: Partial<Campaign>): Campaign {
  const base = createSampleWorkspace('en', NOW).campaigns[0]!;
  return { ...base, activities: [], ...overrides };
}

describe.each(['en', 'zh-CN'] as const)('exporting the %s sample plan', (language) => {
  const campaigns = createSampleWorkspace(language, NOW).campaigns;
  const text = campaignsToIcs(campaigns, { calendarName: language === 'zh-CN' ? '营销日历' : 'Marketing calendar', now: NOW, includeActivities: true });
  const activityCount = campaigns.reduce((n, c) => n + c.activities.length, 0);

  it('writes an RFC 5545 calendar: header, CRLF, lines of at most 75 octets', () => {
    const lines = expectWellFormed(text);
    expect(lines.slice(0, 6)).toEqual([
      'BEGIN:VCALENDAR', 'PRODID:-//Stratboard//Marketing calendar//EN', 'VERSION:2.0', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH',
      `X-WR-CALNAME:${language === 'zh-CN' ? '营销日历' : 'Marketing calendar'}`,
    ]);
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(campaigns.length + activityCount);
    expect(lines).toContain('DTSTAMP:20260115T090000Z');
  });

  it('round-trips through parseIcs: same uid, summary and inclusive dates for every campaign and activity', () => {
    const back = candidatesByUid(text);
    expect(back.size).toBe(campaigns.length + activityCount);
    for (const c of campaigns) {
      expect(back.get(`${c.id}@stratboard`)).toEqual({
        uid: `${c.id}@stratboard`, summary: c.name, startDate: c.startDate, endDate: c.endDate, description: c.objective, location: '', allDay: true,
      });
      for (const a of c.activities) {
        const event = back.get(`${a.id}@stratboard`);
        expect(event).toMatchObject({ summary: `${c.name}: ${a.title}`, startDate: a.startDate, endDate: a.endDate, allDay: true });
      }
    }
  });

  it('is read the same way by an independent parser (node-ical)', () => {
    const events = nodeIcalEvents(text);
    expect(events.size).toBe(campaigns.length + activityCount);
    for (const c of campaigns) {
      const event = events.get(`${c.id}@stratboard`)!;
      expect(event.summary).toBe(c.name);
      expect(event.description).toBe(c.objective);
      expect(event.start.dateOnly).toBe(true);
      expect(localDate(event.start)).toBe(c.startDate);
      expect(dayBefore(localDate(event.end!))).toBe(c.endDate); // DTEND is exclusive
      expect(event.status).toBe(c.status === 'cancelled' ? 'CANCELLED' : c.status === 'idea' ? 'TENTATIVE' : 'CONFIRMED');
      expect(event.categories).toEqual([c.kind, ...c.channels]);
      for (const a of c.activities) {
        const activity = events.get(`${a.id}@stratboard`)!;
        expect(activity.summary).toBe(`${c.name}: ${a.title}`);
        expect(localDate(activity.start)).toBe(a.startDate);
        expect(dayBefore(localDate(activity.end!))).toBe(a.endDate);
        expect(activity['related-to']).toBe(`${c.id}@stratboard`);
        expect(activity['STRATBOARD-LEVEL']).toBe(a.level); // node-ical drops the X- prefix
      }
    }
    if (language === 'zh-CN') expect([...events.values()].some((e) => /[\u4e00-\u9fff]/.test(String(e.summary)))).toBe(true);
  });

  it('leaves activities out unless asked', () => {
    const only = campaignsToIcs(campaigns, { calendarName: 'x', now: NOW, includeActivities: false });
    expect(parseIcs(only).events.map((e) => e.candidate!.uid)).toEqual(campaigns.map((c) => `${c.id}@stratboard`));
  });
});

describe('campaignsToIcs, awkward text', () => {
  const tricky = 'Launch, "Q2"; A\\B\nline two';
  const longDescription = `${'Spring launch objective: reach new buyers. '.repeat(4).slice(0, 150)}${'春季新品上市推广目标提高品牌知名度'.repeat(10).slice(0, 150)}`;
  const campaigns = [
    makeCampaign({ id: 'cmp_a', name: tricky, objective: longDescription, status: 'cancelled', kind: 'trade-show', channels: [] }),
    makeCampaign({ id: 'cmp_b', name: '中文活动，含标点；和反斜杠\\', objective: '', status: 'idea', startDate: '2026-12-31', endDate: '2026-12-31',
      activities: [{ id: 'act_b1', level: 'task', title: '写文案', startDate: '2026-12-31', endDate: '2026-12-31', owner: '', done: false }] }),
  ];
  const text = campaignsToIcs(campaigns, { calendarName: 'Team, "A"; B\\C\nD', now: NOW, includeActivities: true });

  it('escapes commas, semicolons, backslashes and newlines, and folds long lines within 75 octets', () => {
    expect(longDescription).toHaveLength(300);
    const lines = expectWellFormed(text);
    expect(lines).toContain('SUMMARY:Launch\\, "Q2"\\; A\\\\B\\nline two');
    expect(lines).toContain('X-WR-CALNAME:Team\\, "A"\\; B\\\\C\\nD');
    const at = lines.findIndex((l) => l.startsWith('DESCRIPTION:'));
    expect(lines[at + 1]!.startsWith(' ')).toBe(true); // folded: continuation lines begin with a space
    expect(lines[at + 4]!.startsWith(' ')).toBe(true);
    expect(lines).toContain('DTEND;VALUE=DATE:20270101'); // year boundary
  });

  it('is read back intact by node-ical and by parseIcs', () => {
    const events = nodeIcalEvents(text);
    expect(events.get('cmp_a@stratboard')!.summary).toBe(tricky);
    expect(events.get('cmp_a@stratboard')!.description).toBe(longDescription);
    expect(events.get('cmp_a@stratboard')!.status).toBe('CANCELLED');
    expect(events.get('cmp_b@stratboard')!.summary).toBe(campaigns[1]!.name);
    expect(events.get('cmp_b@stratboard')!.status).toBe('TENTATIVE');
    expect(events.get('act_b1@stratboard')!.summary).toBe(`${campaigns[1]!.name}: 写文案`);
    const back = candidatesByUid(text);
    expect(back.get('cmp_a@stratboard')).toMatchObject({ summary: tricky, description: longDescription });
    expect(back.get('cmp_b@stratboard')).toMatchObject({ startDate: '2026-12-31', endDate: '2026-12-31', description: '' });
  });

  it('drops characters iCalendar cannot carry instead of corrupting the file', () => {
    const dirty = makeCampaign({ id: 'cmp_c', name: 'a\rb\u0000c\u0007\ud800d', objective: 'x\r\ny' });
    const out = campaignsToIcs([dirty], { calendarName: 'n', now: NOW, includeActivities: false });
    expectWellFormed(out);
    expect(parseIcs(out).events[0]!.candidate).toMatchObject({ summary: 'a\nbc\uFFFDd', description: 'x\ny' });
    expect(nodeIcalEvents(out).get('cmp_c@stratboard')!.summary).toBe('a\nbc\uFFFDd');
  });

  it('does not leave ical.js folding changed for other callers', async () => {
    const ICAL = (await import('ical.js')).default;
    expect(ICAL.foldLength).toBe(75);
  });
});

describe('campaignsToIcs round trip (property)', () => {
  const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const start2000 = Date.UTC(2000, 0, 1);
  const end2100 = Date.UTC(2100, 11, 31);
  const campaignArb = fc.record({
    // Any code point; the schema's 200 limit counts UTF-16 units, as the import's too-long check does.
    name: fc.string({ unit: 'binary', minLength: 1, maxLength: 200, size: 'medium' }).filter((s) => s.length <= 200 && icsSafeText(s).trim() !== ''),
    objective: fc.string({ unit: 'grapheme', maxLength: 400, size: 'large' }), // long enough to be folded
    start: fc.integer({ min: 0, max: (end2100 - start2000) / 86_400_000 }),
    length: fc.integer({ min: 0, max: 400 }),
  });

  it('every campaign comes back with its uid, name and inclusive dates', () => {
    fc.assert(
      fc.property(fc.array(campaignArb, { minLength: 1, maxLength: 5 }), (specs) => {
        const campaigns = specs.map((s, i) => {
          const startMs = start2000 + s.start * 86_400_000;
          return makeCampaign({
            id: `cmp_${i}`, name: s.name, objective: s.objective,
            startDate: isoDay(startMs), endDate: isoDay(Math.min(end2100, startMs + s.length * 86_400_000)),
          });
        });
        const text = campaignsToIcs(campaigns, { calendarName: specs[0]!.name, now: NOW, includeActivities: false });
        expectWellFormed(text);
        const back = candidatesByUid(text);
        const independent = nodeIcalEvents(text);
        for (const c of campaigns) {
          expect(back.get(`${c.id}@stratboard`)).toEqual({
            uid: `${c.id}@stratboard`, summary: icsSafeText(c.name), startDate: c.startDate, endDate: c.endDate,
            description: c.objective.trim() === '' ? '' : icsSafeText(c.objective), location: '', allDay: true,
          });
          expect(localDate(independent.get(`${c.id}@stratboard`)!.start)).toBe(c.startDate);
        }
      }),
      // No shrinking: on these long strings it takes minutes; the unshrunk counterexample is printed anyway.
      { numRuns: 100, endOnFailure: true },
    );
  });
});
