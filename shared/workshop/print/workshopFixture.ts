import { emptyCampaign } from '../../calendar/emptyCampaign';
import type { UiLanguage } from '../../schema/primitives';
import type { NoteColor, StickyNote, WorkshopSession } from '../../schema/workshop';
import { workspace as workspaceSchema, type Workspace } from '../../schema/workspace';
import { createSampleWorkspace } from '../../samplePlan/samplePlan';

/**
 * The sample workspace with its workshop run and ended: notes (one hostile), two clusters,
 * votes, three decisions whose items are on the canvas (one removed since), and actions.
 * Only imported by *.test.ts files (and a throwaway print check outside the repo).
 */

export const FIXTURE_WORKSHOP_ID = 'wsh_q3';
export const FIXTURE_NOW = new Date('2026-07-08T12:00:00.000Z');
export const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>';

const TEXT = {
  en: {
    notes: [
      'Buyers compare temperature presets before price', 'Gift buyers want premium packaging', 'Online reviews mention noise',
      'Young professionals in tier-one cities', 'Tea enthusiasts 35+', 'Office pantries',
      'Only kettle with 5 presets and a keep-warm memory', 'Quietest boil in its class',
    ],
    clusters: ['Who buys first', ''],
    campaign: 'Workshop actions: Q3 strategy review',
    actions: [['Draft segment brief for office pantries', 'Mia Chen'], ['Book noise test lab', 'David Li'], ['Update launch deck', '']],
  },
  'zh-CN': {
    notes: [
      '买家先比较温度预设，再比较价格', '送礼买家希望包装更高档', '网上评论提到噪音',
      '一线城市的年轻白领', '35岁以上的茶爱好者', '办公室茶水间',
      '唯一具有5档预设和保温记忆的水壶', '同级别中最安静的烧水',
    ],
    clusters: ['谁先购买', ''],
    campaign: '研讨会行动项：第三季度策略回顾',
    actions: [['起草办公室茶水间细分市场简报', '陈敏'], ['预约噪音测试实验室', '李大卫'], ['更新发布会演示稿', '']],
  },
} as const;

const at = (minutes: number) => new Date(Date.parse('2026-07-08T01:00:00.000Z') + minutes * 60_000).toISOString();

export function fixtureWorkspace(language: UiLanguage = 'en'): Workspace {
  const ws = createSampleWorkspace(language, FIXTURE_NOW);
  const text = TEXT[language];
  const session = ws.workshops.find((candidate) => candidate.id === FIXTURE_WORKSHOP_ID) as WorkshopSession;
  const strategy = ws.strategies[0]!;
  const [p1, p2, p3] = session.participants;

  // Ran the first three steps: the first on time, the second 7 min 30 s over, the third ended early.
  const taken = [18 * 60 + 5, 37 * 60 + 30, 12 * 60];
  let clock = 0;
  session.agenda.forEach((item, i) => {
    if (i >= taken.length) return;
    item.startedAt = at(clock);
    clock += taken[i]! / 60;
    item.endedAt = at(clock);
    item.actualSeconds = taken[i]!;
  });
  session.status = 'ended';
  session.startedAt = at(0);
  session.endedAt = at(clock);

  const [research, target, positioning] = session.agenda;
  const note = (id: string, agendaItemId: string, t: string, participantId: string | null, color: NoteColor, minute: number, clusterId: string | null = null): StickyNote => ({
    id, agendaItemId, text: t, color, participantId, clusterId, x: minute * 3, y: 10, createdAt: at(minute),
  });
  session.notes = [
    note('n1', research!.id, text.notes[0], p1!.id, 'yellow', 1),
    note('n2', research!.id, text.notes[1], p2!.id, 'pink', 2),
    note('n3', research!.id, text.notes[2], null, 'blue', 3),
    note('n9', research!.id, HOSTILE, p3!.id, 'blue', 4),
    note('n4', target!.id, text.notes[3], p1!.id, 'yellow', 20, 'c1'),
    note('n5', target!.id, text.notes[4], p2!.id, 'pink', 21, 'c1'),
    note('n6', target!.id, text.notes[5], p3!.id, 'blue', 22, 'c2'),
    note('n7', positioning!.id, text.notes[6], p1!.id, 'yellow', 60),
    note('n8', positioning!.id, text.notes[7], null, 'green', 61),
  ];
  session.clusters = [
    { id: 'c1', agendaItemId: target!.id, title: text.clusters[0] },
    { id: 'c2', agendaItemId: target!.id, title: text.clusters[1] },
  ];
  const dots: Array<[string, string]> = [
    ['ppl_1', 'n1'], ['ppl_2', 'n1'], ['ppl_3', 'n3'], ['ppl_1', 'n3'], ['ppl_4', 'n1'],
    ['ppl_1', 'n4'], ['ppl_2', 'n5'], ['ppl_3', 'n6'], ['ppl_3', 'n6'], ['ppl_4', 'n5'],
    ['ppl_1', 'n7'], ['ppl_2', 'n7'], ['ppl_3', 'n8'],
  ];
  session.votes = dots.map(([participantId, noteId], i) => ({ id: `v${i + 1}`, participantId, noteId }));

  strategy.research.findings.push({ id: 'fnd_ws', text: text.notes[0], date: session.date, confidence: 'medium', sourceId: null });
  strategy.positioning.differentiationPoints.push({ id: 'dp_ws', text: text.notes[6], competitorId: null });
  session.decisions = [
    { id: 'd1', text: text.notes[0], target: 'research-finding', strategyId: strategy.id, itemId: 'fnd_ws', noteIds: ['n1'], clusterId: null, agendaItemId: research!.id, decidedAt: at(17) },
    { id: 'd2', text: text.clusters[0], target: 'segment', strategyId: strategy.id, itemId: 'seg_removed', noteIds: ['n4', 'n5'], clusterId: 'c1', agendaItemId: target!.id, decidedAt: at(50) },
    { id: 'd3', text: text.notes[6], target: 'differentiation-point', strategyId: strategy.id, itemId: 'dp_ws', noteIds: ['n7'], clusterId: null, agendaItemId: positioning!.id, decidedAt: at(66) },
  ];

  const campaign = emptyCampaign({ id: 'cmp_ws', name: text.campaign, startDate: '2026-07-10', endDate: '2026-07-31' });
  ws.campaigns.push(campaign);
  const launch = ws.campaigns[0]!;
  session.actions = text.actions.map(([title, owner], i) => ({
    id: `act${i + 1}`, title, owner, dueDate: ['2026-07-10', '2026-07-31', '2026-07-20'][i]!,
    campaignId: i === 2 ? launch.id : campaign.id, activityId: `acty${i + 1}`,
  }));
  // Proves the fixture is a valid workspace, so the tests never rely on impossible data.
  return workspaceSchema.parse(ws);
}
