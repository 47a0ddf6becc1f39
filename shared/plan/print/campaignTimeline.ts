import type { Campaign } from '../../schema/campaign';
import type { CampaignStatus } from '../../calendar/campaignFilter';
import { fill } from '../../i18n/text';
import type { CommonText } from '../../i18n/texts';
import { escapeHtml, textHtml } from './printHtml';
import { timelineMonths, timelinePoint, timelinePosition } from './timelinePosition';

/**
 * One quarter of the campaign calendar drawn in plain HTML and CSS (no chart image, so it is
 * vector-sharp and its text is real text in the PDF). One row per campaign: the name and its
 * status as words, then a track with month gridlines, the campaign's bar placed by percent and
 * ◆ for each milestone. Bars differ by outline and fill pattern per status, and the status is
 * also written out, so the calendar reads in grayscale, never by colour alone.
 */

/** Rows per figure: a figure never splits, so a busy quarter continues in a second figure. */
export const TIMELINE_ROWS_PER_FIGURE = 24;

export interface TimelineLabels {
  words: Pick<CommonText, 'months' | 'campaignStatus'>;
  /** Caption of the figure, e.g. "Q1 2026 · 2026-01-01 – 2026-03-31". */
  caption: string;
  /** The caption of a further figure of the same quarter: a template with {{caption}}. */
  continued: string;
  noCampaigns: string;
  milestone: string;
  legend: string;
}

const STATUS_ORDER: readonly CampaignStatus[] = ['idea', 'planned', 'in-progress', 'done', 'cancelled'];

/** Percent with three decimals: exact enough for 0.1 mm on paper, short in the HTML. */
const pct = (value: number) => `${Math.round(Math.min(100, Math.max(0, value)) * 1000) / 1000}%`;

/** Milestone dates of a campaign (a milestone is a point in time: its start day). */
const milestones = (campaign: Campaign) => campaign.activities.filter((activity) => activity.level === 'milestone');

/** The campaign's bar or one of its milestones falls inside the range. */
export function touchesRange(campaign: Campaign, rangeStart: string, rangeEnd: string): boolean {
  return timelinePosition(campaign.startDate, campaign.endDate, rangeStart, rangeEnd) !== null
    || milestones(campaign).some((activity) => timelinePoint(activity.startDate, rangeStart, rangeEnd) !== null);
}

function gridlinesHtml(rangeStart: string, rangeEnd: string): string {
  return timelineMonths(rangeStart, rangeEnd)
    .slice(1)
    .map((month) => `<span class="tl-gridline" style="left:${pct(month.left)}"></span>`)
    .join('');
}

function headerHtml(rangeStart: string, rangeEnd: string, words: TimelineLabels['words']): string {
  const months = timelineMonths(rangeStart, rangeEnd)
    .map((month) => `<span class="tl-month" style="left:${pct(month.left)};width:${pct(month.width)}">${escapeHtml(words.months[month.month - 1]!)}</span>`)
    .join('');
  return `<div class="tl-row tl-head"><div class="tl-label"></div><div class="tl-track">${months}</div></div>`;
}

function rowHtml(campaign: Campaign, rangeStart: string, rangeEnd: string, labels: TimelineLabels, gridlines: string): string {
  const position = timelinePosition(campaign.startDate, campaign.endDate, rangeStart, rangeEnd);
  const openEnds = position === null ? '' : `${position.continuesBefore ? ' tl-open-start' : ''}${position.continuesAfter ? ' tl-open-end' : ''}`;
  const bar = position === null
    ? ''
    : `<span class="tl-bar tl-status-${campaign.status}${openEnds}" style="left:${pct(position.left)};width:${pct(position.width)}"></span>`;
  const marks = milestones(campaign)
    .map((activity) => timelinePoint(activity.startDate, rangeStart, rangeEnd))
    .filter((point): point is number => point !== null)
    .map((point) => `<span class="tl-milestone" style="left:${pct(point)}">◆</span>`)
    .join('');
  const status = labels.words.campaignStatus[campaign.status];
  return `<div class="tl-row"><div class="tl-label"><span class="tl-name">${textHtml(campaign.name)}</span> <span class="tl-status">${escapeHtml(status)}</span></div>`
    + `<div class="tl-track">${gridlines}${bar}${marks}</div></div>`;
}

function legendHtml(campaigns: readonly Campaign[], labels: TimelineLabels): string {
  const present = new Set(campaigns.map((campaign) => campaign.status));
  const items = STATUS_ORDER.filter((status) => present.has(status))
    .map((status) => `<span class="tl-legend-item"><span class="tl-swatch tl-status-${status}"></span>${escapeHtml(labels.words.campaignStatus[status])}</span>`);
  if (campaigns.some((campaign) => milestones(campaign).length > 0)) {
    items.push(`<span class="tl-legend-item"><span class="tl-milestone-key">◆</span>${escapeHtml(labels.milestone)}</span>`);
  }
  return items.length === 0 ? '' : `<div class="tl-legend" aria-label="${escapeHtml(labels.legend)}">${items.join('')}</div>`;
}

/**
 * The figures for one quarter: the campaigns given (already those touching the range, in print
 * order), TIMELINE_ROWS_PER_FIGURE per figure; a quarter without campaigns still gets its
 * month header and a "no campaigns" line, so every quarter of the period is shown.
 */
export function campaignTimelineHtml(campaigns: readonly Campaign[], rangeStart: string, rangeEnd: string, labels: TimelineLabels): string {
  const header = headerHtml(rangeStart, rangeEnd, labels.words);
  const gridlines = gridlinesHtml(rangeStart, rangeEnd);
  if (campaigns.length === 0) {
    return `<figure class="timeline"><figcaption>${escapeHtml(labels.caption)}</figcaption><div class="tl">${header}`
      + `<div class="tl-row tl-empty"><div class="tl-label"></div><div class="tl-track">${gridlines}<span class="tl-empty-text">${escapeHtml(labels.noCampaigns)}</span></div></div>`
      + '</div></figure>';
  }
  const figures: string[] = [];
  for (let from = 0; from < campaigns.length; from += TIMELINE_ROWS_PER_FIGURE) {
    const chunk = campaigns.slice(from, from + TIMELINE_ROWS_PER_FIGURE);
    const caption = from === 0 ? labels.caption : fill(labels.continued, { caption: labels.caption });
    const rows = chunk.map((campaign) => rowHtml(campaign, rangeStart, rangeEnd, labels, gridlines)).join('');
    figures.push(`<figure class="timeline"><figcaption>${escapeHtml(caption)}</figcaption><div class="tl">${header}${rows}</div>${legendHtml(chunk, labels)}</figure>`);
  }
  return figures.join('');
}
