/**
 * Version 5 makes workshops runnable: participants with colours (from the attendee names),
 * the canvas block each agenda step feeds, the clock, clusters, per-participant votes,
 * decisions that point at the canvas item they created, and action items that live on the
 * calendar.
 *
 * Before v5 the workshop area only listed sessions: nothing in the app created notes, votes,
 * decisions or actions. Such entries can only come from a hand-edited file, and are carried
 * over where they fit: notes keep their text, board position and cluster (a cluster gets an
 * untitled cluster record); the author name becomes the participant of that name; actions keep
 * title, owner and due date (no date → the workshop date) but are not yet on the calendar.
 * Vote counts without voters and free-text decisions without a canvas item have no v5 form
 * and are left out. A running session comes back paused at its step's start.
 * Like every migration it works on untrusted JSON and leaves malformed parts for the schema.
 */
type Json = Record<string, unknown>;

const NOTE_COLORS = ['yellow', 'pink', 'blue', 'green', 'orange', 'purple'] as const;

const BLOCK_FOR_STEP: Readonly<Record<string, string>> = {
  'research': 'research', 'target-market': 'targetMarket', 'positioning': 'positioning',
  'price-channel': 'pricing', 'promotion': 'promotion', 'implementation': 'implementation',
};

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const arrayOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

function participantsFrom(attendees: unknown): Json[] {
  const names = arrayOf(attendees).filter((name): name is string => typeof name === 'string' && name.trim() !== '');
  return names.map((name, i) => ({ id: `ppl_${i + 1}`, name: name.trim(), color: NOTE_COLORS[i % NOTE_COLORS.length] }));
}

function agendaItemV5(item: unknown): unknown {
  if (!isObject(item)) return item;
  // Own keys only: a step of "constructor" must not find Object's function.
  const step = item.step;
  const block = typeof step === 'string' && Object.hasOwn(BLOCK_FOR_STEP, step) ? BLOCK_FOR_STEP[step] : 'research';
  return { ...item, block, startedAt: null, endedAt: null };
}

function noteV5(note: unknown, participants: Json[], createdAt: unknown): unknown {
  if (!isObject(note)) return note;
  const { author, votes: _voteCount, color, ...rest } = note;
  const participant = participants.find((p) => typeof author === 'string' && p.name === author.trim());
  return {
    ...rest,
    color: NOTE_COLORS.includes(color as (typeof NOTE_COLORS)[number]) ? color : 'yellow',
    participantId: participant ? participant.id : null,
    createdAt,
  };
}

function clustersFor(notes: unknown[]): Json[] {
  const seen = new Map<string, Json>();
  for (const note of notes) {
    if (isObject(note) && typeof note.clusterId === 'string' && !seen.has(note.clusterId)) {
      seen.set(note.clusterId, { id: note.clusterId, agendaItemId: note.agendaItemId, title: '' });
    }
  }
  return [...seen.values()];
}

function actionV5(action: unknown, date: unknown): unknown {
  if (!isObject(action)) return action;
  const { campaignActivityId: _activity, dueDate, ...rest } = action;
  return { ...rest, dueDate: typeof dueDate === 'string' ? dueDate : date, campaignId: null, activityId: null };
}

function workshopV5(session: unknown): unknown {
  if (!isObject(session)) return session;
  const { attendees, decisions: _decisions, status, ...rest } = session;
  const participants = participantsFrom(attendees);
  const notes = arrayOf(session.notes);
  return {
    ...rest,
    participants,
    status: status === 'running' ? 'paused' : status,
    strategyId: null,
    agenda: arrayOf(session.agenda).map(agendaItemV5),
    run: { currentItemId: null, elapsedMs: 0, runningSince: null, heartbeatAt: null },
    notes: notes.map((note) => noteV5(note, participants, session.createdAt)),
    clusters: clustersFor(notes),
    votes: [],
    decisions: [],
    actions: arrayOf(session.actions).map((action) => actionV5(action, session.date)),
    startedAt: null,
    endedAt: null,
  };
}

export function migrateV4ToV5(doc: Json): Json {
  return {
    ...doc,
    schemaVersion: 5,
    workshops: Array.isArray(doc.workshops) ? doc.workshops.map(workshopV5) : doc.workshops,
  };
}
