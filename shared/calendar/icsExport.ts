import ICAL from 'ical.js';
import type { Campaign } from '../schema/campaign';
import { addDays } from './icsImport';

/**
 * Campaign calendar → iCalendar (RFC 5545) for Outlook, Google Calendar, Apple Calendar.
 * ical.js does the escaping and line folding; this file decides what goes in.
 */

export const ICS_PRODID = '-//Stratboard//Marketing calendar//EN';
/** UIDs are "<campaign or activity id>@stratboard" so a re-export updates, rather than duplicates, events in the other app. */
export const ICS_UID_DOMAIN = 'stratboard';

export interface IcsExportOptions {
  calendarName: string;
  /** DTSTAMP of every event (when this file was made); passed in so exports are reproducible in tests. */
  now: Date;
  includeActivities: boolean;
}

export const icsUid = (id: string): string => `${id}@${ICS_UID_DOMAIN}`;

const STATUS: Record<Campaign['status'], 'CANCELLED' | 'TENTATIVE' | 'CONFIRMED'> = {
  cancelled: 'CANCELLED', idea: 'TENTATIVE', planned: 'CONFIRMED', 'in-progress': 'CONFIRMED', done: 'CONFIRMED',
};

/**
 * RFC 5545 TEXT may not hold control characters other than tab and line breaks, and a lone
 * UTF-16 surrogate cannot be written as UTF-8. A bare CR would also break the line structure,
 * because ical.js escapes only LF. So: CR/CRLF → LF, other controls dropped, lone surrogates → U+FFFD.
 */
export function icsSafeText(value: string): string {
  const text = value.replace(/\r\n?/g, '\n');
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) { out += text[i]! + text[i + 1]!; i++; } else out += '\uFFFD';
    } else if (code >= 0xdc00 && code <= 0xdfff) out += '\uFFFD';
    else if ((code < 0x20 && code !== 0x09 && code !== 0x0a) || code === 0x7f) continue;
    else out += text[i]!;
  }
  return out;
}

/** ical.js leaves X- properties (unknown value type) unescaped, so a newline in the calendar name would corrupt the file. */
function escapeUnknownText(value: string): string {
  return icsSafeText(value).replace(/[\\;,\n]/g, (ch) => (ch === '\n' ? '\\n' : `\\${ch}`));
}

function dateProperty(name: 'dtstart' | 'dtend', isoDate: string): ICAL.Property {
  const property = new ICAL.Property(name);
  property.setValue(ICAL.Time.fromDateString(isoDate)); // a DATE value: stringified with VALUE=DATE
  return property;
}

/** An all-day event over inclusive [startDate, endDate]; iCalendar's DTEND is exclusive, hence +1 day. */
function allDayEvent(uid: string, stamp: ICAL.Time, startDate: string, endDate: string, summary: string): ICAL.Component {
  const event = new ICAL.Component('vevent');
  event.addPropertyWithValue('uid', uid);
  event.addPropertyWithValue('dtstamp', stamp);
  event.addProperty(dateProperty('dtstart', startDate));
  event.addProperty(dateProperty('dtend', addDays(endDate, 1)));
  event.addPropertyWithValue('summary', icsSafeText(summary));
  // Busy-ness of a month-long campaign should not block people's calendars.
  event.addPropertyWithValue('transp', 'TRANSPARENT');
  return event;
}

function campaignEvent(campaign: Campaign, stamp: ICAL.Time): ICAL.Component {
  const event = allDayEvent(icsUid(campaign.id), stamp, campaign.startDate, campaign.endDate, campaign.name);
  if (campaign.objective.trim() !== '') event.addPropertyWithValue('description', icsSafeText(campaign.objective));
  const categories = new ICAL.Property('categories');
  categories.setValues([campaign.kind, ...campaign.channels]);
  event.addProperty(categories);
  event.addPropertyWithValue('status', STATUS[campaign.status]);
  event.addPropertyWithValue('x-stratboard-kind', campaign.kind);
  return event;
}

function activityEvent(campaign: Campaign, activity: Campaign['activities'][number], stamp: ICAL.Time): ICAL.Component {
  const event = allDayEvent(icsUid(activity.id), stamp, activity.startDate, activity.endDate, `${campaign.name}: ${activity.title}`);
  event.addPropertyWithValue('related-to', icsUid(campaign.id));
  event.addPropertyWithValue('x-stratboard-level', activity.level);
  return event;
}

/**
 * RFC 5545 VCALENDAR (PRODID, VERSION 2.0, CALSCALE GREGORIAN, METHOD PUBLISH, X-WR-CALNAME) with one
 * all-day VEVENT per campaign and, when asked, one per activity (milestone / main event / task),
 * linked to its campaign by RELATED-TO. CRLF line ends, every line at most 75 octets.
 */
export function campaignsToIcs(campaigns: readonly Campaign[], options: IcsExportOptions): string {
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.addPropertyWithValue('prodid', ICS_PRODID);
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  // PUBLISH: Outlook otherwise may treat a file of events as meeting requests.
  calendar.addPropertyWithValue('method', 'PUBLISH');
  calendar.addPropertyWithValue('x-wr-calname', escapeUnknownText(options.calendarName));
  const stamp = ICAL.Time.fromJSDate(options.now, true);
  for (const campaign of campaigns) {
    calendar.addSubcomponent(campaignEvent(campaign, stamp));
    if (options.includeActivities) {
      for (const activity of campaign.activities) calendar.addSubcomponent(activityEvent(campaign, activity, stamp));
    }
  }
  // ical.js folds the first line at 75 octets but continuation lines at 75 plus the leading
  // space (76), which RFC 5545 forbids; folding at 74 keeps every line within 75 octets.
  const foldLength = ICAL.foldLength;
  ICAL.foldLength = 74;
  try {
    return `${calendar.toString()}\r\n`;
  } finally {
    ICAL.foldLength = foldLength;
  }
}
