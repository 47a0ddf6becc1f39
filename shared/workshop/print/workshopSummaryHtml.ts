import { fill } from '../../i18n/text';
import { formatPlanDate } from '../../plan/print/planFormat';
import { definitionListHtml, emptyNoteHtml, escapeHtml, headingHtml, tableHtml, textHtml } from '../../plan/print/printHtml';
import { PLAN_CSP } from '../../plan/print/planToHtml';
import type { UiLanguage } from '../../schema/primitives';
import type { WorkshopRecord, WorkshopRecordAction, WorkshopRecordDecision, WorkshopRecordItem } from '../record';
import { durationWords, workshopWords, type WorkshopWords } from './workshopWords';
import { workshopSummaryCss } from './workshopSummaryCss';

/**
 * The workshop summary as one self-contained HTML document for the host's Chromium to print —
 * the marketing plan's pipeline and building blocks (escaping helpers, tables whose header row
 * repeats and whose rows never split, the same CSP), laid out as a short document to e-mail:
 * title block, agenda with planned vs actual time, decisions, action items, then each step's
 * vote results and notes. Every piece of user text is escaped; there is no script and nothing
 * loads from outside.
 */

export interface WorkshopSummaryInput {
  record: WorkshopRecord;
  language: UiLanguage;
  /** "YYYY-MM-DD", printed in the title block. */
  today: string;
}

/** A duration as the labels spell it ("22 min 40 s"), from whole seconds. */
function durationText(seconds: number, labels: WorkshopWords): string {
  return durationWords(labels, Math.floor(seconds / 60), seconds % 60);
}

/**
 * The wall-clock time of an ISO instant in the printing machine's time zone ("14:05"): the
 * summary is printed where the workshop was held, on the laptop that ran it.
 */
export function clockTime(iso: string): string {
  const date = new Date(iso);
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

function timeRange(start: string | null, end: string | null, labels: WorkshopWords): string {
  if (start === null) return labels.none;
  return `${clockTime(start)}–${end === null ? '' : clockTime(end)}`;
}

const muted = (text: string) => `<span class="muted">${escapeHtml(text)}</span>`;

function titleBlock(record: WorkshopRecord, labels: WorkshopWords, language: UiLanguage, today: string): string {
  const facts: Array<[string, string]> = [
    [labels.date, escapeHtml(formatPlanDate(record.date, language))],
    [labels.facilitator, record.facilitator.trim() ? textHtml(record.facilitator) : escapeHtml(labels.none)],
    [labels.attendees, record.attendees.length > 0 ? textHtml(record.attendees.join(labels.listSeparator)) : muted(labels.noAttendees)],
    [labels.strategy, record.strategy === null ? escapeHtml(labels.none) : textHtml(record.strategy)],
    [labels.status, escapeHtml(labels.statuses[record.status])],
  ];
  if (record.startedAt !== null) facts.push([labels.time, escapeHtml(timeRange(record.startedAt, record.endedAt, labels))]);
  facts.push([labels.printedOn, escapeHtml(formatPlanDate(today, language))]);
  return `<header class="ws-title"><h1>${escapeHtml(record.title)}</h1><p class="plan-subtitle">${escapeHtml(labels.summary)}</p>`
    + `${definitionListHtml(facts, 'plan-facts ws-facts')}</header>`;
}

function section(className: string, title: string, body: string): string {
  return `<section class="ws-section ${className}">${headingHtml(2, title)}${body}</section>`;
}

function agendaSection(agenda: WorkshopRecordItem[], labels: WorkshopWords): string {
  if (agenda.length === 0) return section('ws-agenda', labels.agenda, emptyNoteHtml(labels.noAgenda));
  const rows = agenda.map((item, i) => {
    const actual = item.actualSeconds === null
      ? muted(labels.notRun)
      : escapeHtml(durationText(item.actualSeconds, labels))
        + (item.overrun ? ` <span class="over-flag">${escapeHtml(fill(labels.overrun, { duration: durationText(item.overrunSeconds, labels) }))}</span>` : '');
    return [
      String(i + 1), textHtml(item.title), escapeHtml(fill(labels.minutes, { minutes: item.plannedMinutes })), actual,
      escapeHtml(timeRange(item.startedAt, item.endedAt, labels)),
    ];
  });
  const planned = agenda.reduce((sum, item) => sum + item.plannedMinutes, 0);
  const run = agenda.filter((item) => item.actualSeconds !== null);
  const actual = run.reduce((sum, item) => sum + (item.actualSeconds ?? 0), 0);
  const table = tableHtml({
    className: 'ws-agenda-table',
    headers: [labels.rank, labels.step, labels.planned, labels.actual, labels.startEnd],
    rows,
    numeric: [0, 2],
    nowrap: [4],
    totalRow: ['', escapeHtml(labels.total), escapeHtml(fill(labels.minutes, { minutes: planned })), escapeHtml(run.length > 0 ? durationText(actual, labels) : labels.none), ''],
  });
  return section('ws-agenda', labels.agenda, table);
}

function decisionItemHtml(decision: WorkshopRecordDecision, workshopStrategy: string | null, labels: WorkshopWords): string {
  const target = `<span class="ws-target">${escapeHtml(labels.targets[decision.target])}</span>`;
  const item = decision.canvasItem === null
    ? `<br>${muted(labels.removedFromCanvas)}`
    : decision.canvasItem.trim() !== decision.text.trim() ? `<br>${textHtml(decision.canvasItem)}` : '';
  // Only named when it is not the workshop's own strategy (the title block names that one).
  const strategy = decision.strategy !== null && decision.strategy !== workshopStrategy ? `<br>${muted(decision.strategy)}` : '';
  return target + item + strategy;
}

function decisionsSection(record: WorkshopRecord, labels: WorkshopWords): string {
  if (record.decisions.length === 0) return section('ws-decisions', labels.decisions, emptyNoteHtml(labels.noDecisions));
  const table = tableHtml({
    className: 'ws-decisions-table',
    headers: [labels.decision, labels.canvasItem, labels.step],
    rows: record.decisions.map((decision) => [
      textHtml(decision.text), decisionItemHtml(decision, record.strategy, labels),
      decision.agendaItem === null ? escapeHtml(labels.none) : textHtml(decision.agendaItem),
    ]),
  });
  return section('ws-decisions', labels.decisions, table);
}

/** Soonest due first: the order people work through them after the session. */
const byDue = (a: WorkshopRecordAction, b: WorkshopRecordAction) => a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title);

function actionsSection(actions: WorkshopRecordAction[], labels: WorkshopWords, language: UiLanguage): string {
  if (actions.length === 0) return section('ws-actions', labels.actions, emptyNoteHtml(labels.noActions));
  const table = tableHtml({
    className: 'ws-actions-table',
    headers: [labels.action, labels.owner, labels.due, labels.campaign],
    rows: [...actions].sort(byDue).map((action) => [
      textHtml(action.title),
      action.owner.trim() ? textHtml(action.owner) : escapeHtml(labels.none),
      escapeHtml(formatPlanDate(action.dueDate, language)),
      action.campaign === null ? escapeHtml(labels.none) : textHtml(action.campaign),
    ]),
    nowrap: [2],
  });
  return section('ws-actions', labels.actions, table);
}

/** Competition ranking: equal dots share a rank (1, 2, 2, 4). */
function ranks(votes: number[]): number[] {
  return votes.map((count) => 1 + votes.filter((other) => other > count).length);
}

function voteResultsHtml(item: WorkshopRecordItem, labels: WorkshopWords): string {
  const voted = item.voteResults.filter((result) => result.votes > 0);
  if (voted.length === 0) return emptyNoteHtml(labels.noVotes);
  const rank = ranks(voted.map((result) => result.votes));
  return tableHtml({
    className: 'ws-results-table',
    headers: [labels.rank, labels.idea, labels.votes],
    rows: voted.map((result, i) => [
      String(rank[i]),
      (result.kind === 'cluster' ? `<span class="ws-kind">${escapeHtml(labels.clusterKind)}</span> ` : '') + textHtml(result.text),
      String(result.votes),
    ]),
    numeric: [0, 2],
  });
}

function notesHtml(item: WorkshopRecordItem, labels: WorkshopWords): string {
  return tableHtml({
    className: 'ws-notes-table',
    headers: [labels.note, labels.writtenBy, labels.cluster, labels.votes],
    rows: item.notes.map((note) => [
      // The colour is a schema enum, so the class name is one of six known words.
      `<span class="ws-swatch ws-swatch-${note.color}"></span>${textHtml(note.text)}`,
      note.participant === null ? muted(labels.room) : textHtml(note.participant),
      note.cluster === null ? escapeHtml(labels.none) : note.cluster.trim() ? textHtml(note.cluster) : muted(labels.untitledCluster),
      String(note.votes),
    ]),
    numeric: [3],
  });
}

/**
 * Tables up to this many rows move whole to the next page rather than split; a longer one splits
 * between rows (keeping it whole would leave most of a page blank before it).
 */
const KEEP_WHOLE_ROWS = 10;

/** A titled part of a step: its heading stays with the table, which a short table keeps whole. */
function partHtml(title: string, body: string, rows: number): string {
  return `<div class="ws-part${rows <= KEEP_WHOLE_ROWS ? ' keep' : ''}">${headingHtml(4, title)}${body}</div>`;
}

/**
 * Each step that has notes, with its vote results and notes; the steps without any are named
 * together on one line, so an agenda of untouched steps does not fill a page with "no notes".
 */
function stepsSection(agenda: WorkshopRecordItem[], labels: WorkshopWords): string {
  if (agenda.length === 0) return '';
  const numbered = agenda.map((item, i) => ({ item, title: `${i + 1}. ${item.title}` }));
  const withNotes = numbered.filter(({ item }) => item.notes.length > 0);
  const without = numbered.filter(({ item }) => item.notes.length === 0);
  const steps = withNotes.map(({ item, title }) => `<section class="ws-step">${headingHtml(3, title)}`
    + partHtml(labels.voteResults, voteResultsHtml(item, labels), item.voteResults.filter((result) => result.votes > 0).length)
    + partHtml(labels.notes, notesHtml(item, labels), item.notes.length)
    + '</section>');
  const rest = without.length === 0 ? ''
    : withNotes.length === 0 ? emptyNoteHtml(labels.noNotes)
      : `<p class="ws-without-notes">${escapeHtml(labels.stepsWithoutNotes)}${escapeHtml(labels.colon)}`
        + `${textHtml(without.map(({ title }) => title).join(labels.listSeparator))}</p>`;
  return section('ws-steps', labels.notesAndVotes, steps.join('') + rest);
}

/** The complete print HTML of the workshop summary, in the given language. */
export function workshopSummaryHtml(input: WorkshopSummaryInput): { html: string } {
  const { record, language, today } = input;
  const labels = workshopWords(language);
  const body = [
    titleBlock(record, labels, language, today),
    agendaSection(record.agenda, labels),
    decisionsSection(record, labels),
    actionsSection(record.actions, labels, language),
    stepsSection(record.agenda, labels),
  ].join('');
  const lang = language === 'zh-CN' ? 'zh-CN' : 'en';
  const html = [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${PLAN_CSP}">`,
    `<title>${escapeHtml(`${record.title} – ${labels.summary}`)}</title>`,
    `<style>${workshopSummaryCss()}</style>`,
    '</head>',
    // One child of <body>: the plan's stylesheet starts every top-level block on a new page.
    `<body><main class="ws-summary">${body}</main></body>`,
    '</html>',
  ].join('\n');
  return { html };
}
