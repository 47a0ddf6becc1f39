import { describe, expect, it } from 'vitest';
import type { UiLanguage } from '../../schema/primitives';
import { workshopRecord, type WorkshopRecord } from '../record';
import { FIXTURE_WORKSHOP_ID, HOSTILE, fixtureWorkspace } from './workshopFixture';
import { durationWords, workshopWords } from './workshopWords';
import { clockTime, workshopSummaryHtml } from './workshopSummaryHtml';

const recordOf = (language: UiLanguage = 'en'): WorkshopRecord => workshopRecord(fixtureWorkspace(language), FIXTURE_WORKSHOP_ID)!;
const htmlOf = (record: WorkshopRecord, language: UiLanguage = 'en') => workshopSummaryHtml({ record, language, today: '2026-07-09' }).html;

/** The visible text of a fragment, tags dropped and entities read back: what a PDF text search finds. */
function textOf(html: string): string {
  const body = html.indexOf('<body>');
  return (body === -1 ? html : html.slice(body)).replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** The HTML of the section with this class, up to the next section at the same level. */
function sectionOf(html: string, className: string): string {
  const start = html.indexOf(`<section class="ws-section ${className}"`);
  expect(start).toBeGreaterThanOrEqual(0);
  const next = html.indexOf('<section class="ws-section ', start + 1);
  return html.slice(start, next === -1 ? undefined : next);
}

function emptyRecord(): WorkshopRecord {
  const record = recordOf();
  return {
    ...record, attendees: [], decisions: [], actions: [], status: 'planned', startedAt: null, endedAt: null,
    agenda: record.agenda.map((item) => ({
      ...item, notes: [], voteResults: [], actualSeconds: null, actualMinutes: null, overrun: false, overrunSeconds: 0, startedAt: null, endedAt: null,
    })),
  };
}

describe('workshopSummaryHtml', () => {
  it('is a complete document with the plan print CSP, no script and nothing loaded from outside', () => {
    const html = htmlOf(recordOf());
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">`);
    expect(html).toContain('<title>Q3 strategy review workshop – Workshop summary</title>');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=["']?http|url\(/i);
    // The plan's table rules: the header row repeats on every page, rows never split.
    expect(html).toContain('thead { display: table-header-group; }');
    expect(html).toMatch(/figure, tr, [^{]*\{ break-inside: avoid;/);
    // One child of <body>, so the plan stylesheet's page break before each top-level block never fires.
    expect(html).toMatch(/<body><main class="ws-summary">[\s\S]*<\/main><\/body>/);
  });

  it('escapes hostile text wherever the user wrote it', () => {
    const record = recordOf();
    const hostile: WorkshopRecord = {
      ...record, title: HOSTILE, facilitator: HOSTILE, attendees: [HOSTILE], strategy: HOSTILE,
      agenda: record.agenda.map((item) => ({
        ...item, title: HOSTILE,
        notes: item.notes.map((note) => ({ ...note, participant: HOSTILE, cluster: note.cluster === null ? null : HOSTILE })),
        voteResults: item.voteResults.map((result) => ({ ...result, text: HOSTILE })),
      })),
      decisions: record.decisions.map((decision) => ({ ...decision, text: HOSTILE, canvasItem: `${HOSTILE}"`, agendaItem: HOSTILE, strategy: `x${HOSTILE}` })),
      actions: record.actions.map((action) => ({ ...action, title: HOSTILE, owner: HOSTILE, campaign: HOSTILE })),
    };
    const html = htmlOf(hostile);
    expect(html).not.toMatch(/<script|<img|onerror=alert\(2\)>/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;');
    // Each place printed it as text: the title, the header facts, six agenda titles, and so on.
    const escapedCount = html.split('&lt;script&gt;').length - 1;
    expect(escapedCount).toBeGreaterThan(30);
    // The fixture's own hostile note is printed as its text.
    expect(textOf(htmlOf(recordOf()))).toContain(HOSTILE);
  });

  it('prints the title block with date, facilitator, attendees, strategy and times', () => {
    const record = recordOf();
    const text = textOf(htmlOf(record).split('<section')[0]!);
    expect(text).toContain('Q3 strategy review workshop Workshop summary');
    expect(text).toContain('Date Jul 8, 2026');
    expect(text).toContain('Facilitator Anna Zhou');
    expect(text).toContain('Attendees Anna Zhou, Mia Chen, David Li, Sara Wang');
    expect(text).toContain(`Strategy ${record.strategy}`);
    expect(text).toContain('Status Ended');
    expect(text).toContain(`Time ${clockTime('2026-07-08T01:00:00.000Z')}–${clockTime('2026-07-08T02:07:35.000Z')}`);
    expect(text).toContain('Printed on Jul 9, 2026');
  });

  it('prints the agenda with planned and actual time, overruns marked and a total', () => {
    const agenda = sectionOf(htmlOf(recordOf()), 'ws-agenda');
    expect(textOf(agenda)).toContain('1 Market research review 20 min 18 min 5 s');
    expect(agenda).toContain('37 min 30 s <span class="over-flag">overrun +7 min 30 s</span>');
    expect(agenda.match(/over-flag/g)).toHaveLength(1);
    expect(textOf(agenda)).toContain('4 Price and channels 30 min not run —');
    expect(textOf(agenda)).toContain('Total 170 min 67 min 35 s');
  });

  it('prints decisions with their canvas field, a removed item, and actions soonest due first', () => {
    const html = htmlOf(recordOf());
    const decisions = textOf(sectionOf(html, 'ws-decisions'));
    expect(decisions).toContain('Buyers compare temperature presets before price Research finding Market research review');
    expect(decisions).toContain('Who buys first Segment removed from the canvas Target market');
    const actions = textOf(sectionOf(html, 'ws-actions'));
    expect(actions).toMatch(/Draft segment brief .* Mia Chen Jul 10, 2026 Workshop actions: Q3 strategy review Update launch deck — Jul 20, 2026 .* Book noise test lab David Li Jul 31, 2026/);
  });

  it('prints each step\'s vote results (ties share a rank, zero-dot ideas left out) and notes', () => {
    const steps = sectionOf(htmlOf(recordOf()), 'ws-steps');
    const text = textOf(steps);
    expect(text).toContain('1. Market research review Vote results # Note or cluster Votes 1 Buyers compare temperature presets before price 3 2 Online reviews mention noise 2 Sticky notes');
    expect(text).toContain('Gift buyers want premium packaging Mia Chen — 0');
    expect(text).toContain('Online reviews mention noise the room — 2');
    expect(text).toContain('1 Cluster Who buys first 3 2 Cluster Office pantries 2');
    expect(text).toContain('Office pantries David Li Untitled cluster 2');
    expect(steps).toContain('<span class="ws-swatch ws-swatch-pink"></span>Gift buyers');
    expect(text).toContain('Steps without notes: 4. Price and channels, 5. Promotion plan, 6. Implementation and monitoring');
    // Ranks are 1-based with ties shared.
    const ws = fixtureWorkspace();
    ws.workshops[0]!.votes.push({ id: 'v99', participantId: 'ppl_4', noteId: 'n3' });
    expect(textOf(sectionOf(htmlOf(workshopRecord(ws, FIXTURE_WORKSHOP_ID)!), 'ws-steps')))
      .toContain('1 Buyers compare temperature presets before price 3 1 Online reviews mention noise 3');
  });

  it('shows a short "none" line for every empty part', () => {
    const html = htmlOf(emptyRecord());
    const text = textOf(html);
    expect(text).toContain('Attendees No participants recorded.');
    expect(text).toContain('Status Planned');
    expect(text).not.toContain('Time ');
    expect(textOf(sectionOf(html, 'ws-decisions'))).toBe(' Decisions No decisions recorded. ');
    expect(textOf(sectionOf(html, 'ws-actions'))).toBe(' Action items No action items. ');
    expect(textOf(sectionOf(html, 'ws-steps'))).toBe(' Notes and votes by step No sticky notes. ');
    expect(textOf(sectionOf(html, 'ws-agenda'))).toContain('Total 170 min — ');
    const noAgenda = htmlOf({ ...emptyRecord(), agenda: [] });
    expect(textOf(sectionOf(noAgenda, 'ws-agenda'))).toBe(' Agenda No agenda. ');
    expect(noAgenda).not.toContain('ws-steps');
  });

  it('says "no votes" for a step with notes but no dots', () => {
    const record = recordOf();
    const quiet: WorkshopRecord = { ...record, agenda: record.agenda.map((item) => ({ ...item, voteResults: item.voteResults.map((r) => ({ ...r, votes: 0 })) })) };
    expect(textOf(sectionOf(htmlOf(quiet), 'ws-steps'))).toContain('Vote results No votes cast. Sticky notes');
  });

  it('prints every title and label in Chinese', () => {
    const html = htmlOf(recordOf('zh-CN'), 'zh-CN');
    const text = textOf(html);
    expect(html.startsWith('<!doctype html>\n<html lang="zh-CN">')).toBe(true);
    for (const title of ['研讨会纪要', '议程', '决策', '行动项', '各步骤的便利贴与投票', '投票结果', '便利贴']) expect(text).toContain(title);
    expect(text).toContain('日期 2026年7月8日');
    expect(text).toContain('主持人 周安娜');
    expect(text).toContain('状态 已结束');
    expect(text).toContain('37 分 30 秒 超时 7 分 30 秒');
    expect(text).toContain('合计 170 分钟 67 分 35 秒');
    expect(text).toContain('细分市场 已从画布删除');
    expect(text).toContain('没有便利贴的步骤：4. 价格与渠道、5. 促销计划、6. 实施与监控');
    expect(text).not.toMatch(/Workshop summary|Agenda|Decisions|Action items|Vote results|Sticky notes|not run|min\b/);
    const empty = textOf(htmlOf({ ...emptyRecord(), title: '空' }, 'zh-CN'));
    for (const line of ['未记录参与者。', '未记录决策。', '没有行动项。', '没有便利贴。']) expect(empty).toContain(line);
  });
});

describe('workshopWords', () => {
  it('gives the host a page footer with both placeholders in each language', () => {
    expect(workshopWords('en').footerTemplate).toBe('Page {page} of {total}');
    expect(workshopWords('zh-CN').footerTemplate).toBe('第 {page} 页，共 {total} 页');
  });

  it('spells durations without zero parts', () => {
    const en = workshopWords('en');
    expect([durationWords(en, 20, 0), durationWords(en, 0, 45), durationWords(en, 3, 5)]).toEqual(['20 min', '45 s', '3 min 5 s']);
    const zh = workshopWords('zh-CN');
    expect([durationWords(zh, 20, 0), durationWords(zh, 0, 45), durationWords(zh, 3, 5)]).toEqual(['20 分钟', '45 秒', '3 分 5 秒']);
  });
});

describe('clockTime', () => {
  it('is the local wall-clock hour and minute', () => {
    const at = new Date(2026, 6, 8, 9, 5, 59);
    expect(clockTime(at.toISOString())).toBe('09:05');
  });
});
