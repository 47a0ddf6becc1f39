import type { StrategyStep, WorkshopSession } from '../../shared/schema/workshop';
import type { Workspace } from '../../shared/schema/workspace';
import { addAction } from '../../shared/workshop/actions';
import { addParticipant, newWorkshop } from '../../shared/workshop/agenda';
import { endWorkshop, nextStep, pauseClock, startWorkshop } from '../../shared/workshop/clock';
import { addNote, groupNotes } from '../../shared/workshop/notes';
import { defaultTarget, promote } from '../../shared/workshop/promotion';
import { castVote } from '../../shared/workshop/votes';
import type { Random } from './seededRandom';

/**
 * Workshops of the large bench workspace, made by running them through the app's own workshop
 * functions (shared/workshop): participants, sticky notes on each step's board, groups, dot
 * votes, notes promoted into the strategy canvas, action items on the calendar. So every record
 * is one the app itself could have written.
 */

const STEP_TITLES: Record<StrategyStep, string> = {
  research: 'Market research', 'target-market': 'Target market', positioning: 'Positioning',
  'price-channel': 'Price and channels', promotion: 'Promotion', implementation: 'Implementation',
};
const PEOPLE = ['Chen Jing', 'Li Wei', 'Anna Schmidt', 'Wang Fang', 'Tom Becker', '赵敏', 'Liu Yang', 'Sara Kim'];
const NOTE_TEXTS = [
  'Tea houses want a quiet kettle for the counter', 'Young parents buy on the app, not in the store', 'Gift buyers pay for the box',
  'Kettlo is cheaper but the app is weak', 'Office managers order twenty at a time', '二线城市增长最快', '包装要能直接当礼物',
  'Marketplace reviews mention the lid lock', 'Distributors ask for a display unit', 'A 1 °C preset is the one thing people remember',
];
const MINUTE_MS = 60_000;

export type WorkshopPlan = { id: string; title: string; strategyId: string; date: string; state: 'planned' | 'paused' | 'ended'; notesPerStep: number };

/** Plays one workshop through to its state (planned: set up only; paused: in step 3; ended), from `start`. */
function play(workspace: Workspace, plan: WorkshopPlan, start: Date, random: Random): void {
  let counter = 0;
  const nextId = (prefix: string) => `${prefix}_${plan.id}_${(counter += 1)}`;
  const session: WorkshopSession = newWorkshop(
    { id: plan.id, title: plan.title, date: plan.date, facilitator: PEOPLE[0]!, strategyId: plan.strategyId, stepTitles: STEP_TITLES, now: start },
    () => nextId('agd'),
  );
  workspace.workshops.push(session);
  // The functions below look the session up in the workspace, as the app's edits do.
  const live = workspace.workshops[workspace.workshops.length - 1]!;
  for (const name of PEOPLE.slice(0, random.int(4, 7))) addParticipant(live, { id: nextId('ppl'), name });
  if (plan.state === 'planned') return;

  let clock = start.getTime();
  const tick = (minutes: number) => new Date((clock += minutes * MINUTE_MS));
  startWorkshop(live, tick(1));
  const steps = plan.state === 'paused' ? 3 : live.agenda.length;
  for (let s = 0; s < steps; s += 1) {
    const item = live.agenda[s]!;
    const notes = Array.from({ length: plan.notesPerStep }, () => addNote(live, {
      id: nextId('note'), agendaItemId: item.id, text: random.pick(NOTE_TEXTS), participantId: random.pick(live.participants).id, now: tick(1),
    }));
    groupNotes(live, notes.slice(0, 4).map((n) => n.id), { id: nextId('cls'), title: `Group ${s + 1}` });
    for (const participant of live.participants) {
      for (let v = 0; v < live.votesPerParticipant; v += 1) castVote(live, participant.id, random.pick(notes).id, nextId('vote'));
    }
    promote(workspace, live.id, { noteId: notes[notes.length - 1]!.id }, defaultTarget(item.block), { itemId: nextId('wsi'), decisionId: nextId('dec') }, tick(2));
    if (s < steps - 1) nextStep(live, tick(item.minutes));
  }
  for (let a = 0; a < 3; a += 1) {
    const fields = { id: nextId('act'), title: `Follow up: ${random.pick(NOTE_TEXTS)}`, owner: random.pick(PEOPLE), dueDate: plan.date, campaignId: null };
    addAction(workspace, live.id, fields, { activityId: nextId('wact') }, 'Workshop actions');
  }
  if (plan.state === 'paused') pauseClock(live, tick(5));
  else endWorkshop(live, tick(10));
}

/** Adds the workshops to `workspace` (changing it), each started at 09:00 UTC of its date. */
export function addLargeWorkshops(workspace: Workspace, plans: readonly WorkshopPlan[], random: Random): void {
  for (const plan of plans) play(workspace, plan, new Date(`${plan.date}T09:00:00Z`), random);
}
