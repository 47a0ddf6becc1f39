import type { Campaign } from '../../../../../shared/schema/campaign';
import { CHANNEL_COLORS, type ChannelType } from '../colors';
import { dayNumber, packRows, placeDay, placeRange, type PeriodBounds, type Placement } from './timelineLayout';

export type LaneMode = 'campaign' | 'channel';
export type LaneChannel = ChannelType | 'none';

type Activity = Campaign['activities'][number];

export interface CampaignBlock {
  campaign: Campaign;
  placement: Placement;
  /** Row inside its lane (channel lanes stack overlapping campaigns). */
  row: number;
  /** Events and tasks, as thin bars. */
  activities: Array<{ activity: Activity; placement: Placement }>;
  /** Milestones, as diamonds at their date. */
  milestones: Array<{ activity: Activity; left: number }>;
}

export interface Lane {
  key: string;
  /** The campaign a per-campaign lane shows, or the channel of a channel lane. */
  campaign: Campaign | null;
  channel: LaneChannel | null;
  rowCount: number;
  blocks: CampaignBlock[];
}

const CHANNEL_ORDER = Object.keys(CHANNEL_COLORS) as ChannelType[];

function block(campaign: Campaign, placement: Placement, bounds: PeriodBounds, row: number): CampaignBlock {
  const activities: CampaignBlock['activities'] = [];
  const milestones: CampaignBlock['milestones'] = [];
  for (const activity of campaign.activities) {
    if (activity.level === 'milestone') {
      const left = placeDay(activity.startDate, bounds);
      if (left !== null) milestones.push({ activity, left });
    } else {
      const where = placeRange(activity.startDate, activity.endDate, bounds);
      if (where) activities.push({ activity, placement: where });
    }
  }
  return { campaign, placement, row, activities, milestones };
}

function byStart(a: Campaign, b: Campaign): number {
  return a.startDate.localeCompare(b.startDate) || a.endDate.localeCompare(b.endDate) || a.name.localeCompare(b.name);
}

/**
 * The lanes of the period: one per campaign that overlaps it (campaigns outside are never
 * rendered), or one per channel with its campaigns stacked into rows. A campaign on several
 * channels appears in each of their lanes; one without channels goes into a "No channel" lane.
 */
export function buildLanes(campaigns: readonly Campaign[], bounds: PeriodBounds, mode: LaneMode): Lane[] {
  const placed: Array<{ campaign: Campaign; placement: Placement }> = [];
  for (const campaign of campaigns) {
    const placement = placeRange(campaign.startDate, campaign.endDate, bounds);
    if (placement) placed.push({ campaign, placement });
  }
  placed.sort((a, b) => byStart(a.campaign, b.campaign));

  if (mode === 'campaign') {
    return placed.map(({ campaign, placement }) => ({
      key: campaign.id, campaign, channel: null, rowCount: 1, blocks: [block(campaign, placement, bounds, 0)],
    }));
  }

  const groups = new Map<LaneChannel, typeof placed>();
  for (const channel of CHANNEL_ORDER) groups.set(channel, []);
  for (const entry of placed) {
    const channels: LaneChannel[] = entry.campaign.channels.length > 0 ? [...new Set(entry.campaign.channels)] : ['none'];
    for (const channel of channels) {
      const list = groups.get(channel) ?? [];
      list.push(entry);
      groups.set(channel, list);
    }
  }
  const lanes: Lane[] = [];
  for (const [channel, entries] of groups) {
    // The "No channel" lane only when something is in it; every real channel always, so lanes do not jump around.
    if (channel === 'none' && entries.length === 0) continue;
    const { rows, rowCount } = packRows(entries.map(({ campaign }) => ({
      start: dayNumber(campaign.startDate), end: Math.max(dayNumber(campaign.endDate), dayNumber(campaign.startDate)) + 1,
    })));
    lanes.push({
      key: `channel-${channel}`, campaign: null, channel, rowCount: Math.max(rowCount, 1),
      blocks: entries.map(({ campaign, placement }, index) => block(campaign, placement, bounds, rows[index] ?? 0)),
    });
  }
  return lanes;
}

/** How many bars (campaign blocks) the lanes hold: the unit of the "first N, then Show all" limit. */
export function countBlocks(lanes: readonly Lane[]): number {
  return lanes.reduce((sum, lane) => sum + lane.blocks.length, 0);
}

/**
 * The lanes cut to about `maxBlocks` bars, so a huge workspace stays quick until "Show all".
 * Per-campaign lanes: the first `maxBlocks` lanes. Channel lanes: every channel keeps its lane,
 * each cut to the same number of rows, the most rows that stay within `maxBlocks` (at least one),
 * so one busy channel cannot crowd the others out.
 */
export function limitLanes(lanes: readonly Lane[], maxBlocks: number): Lane[] {
  if (countBlocks(lanes) <= maxBlocks) return [...lanes];
  if (lanes.every((lane) => lane.campaign !== null)) return lanes.slice(0, maxBlocks);
  const perRow = (rows: number) => lanes.reduce((sum, lane) => sum + lane.blocks.filter((b) => b.row < rows).length, 0);
  let rows = 1;
  const deepest = Math.max(...lanes.map((lane) => lane.rowCount));
  while (rows < deepest && perRow(rows + 1) <= maxBlocks) rows += 1;
  return lanes.map((lane) => (lane.rowCount <= rows ? lane : { ...lane, rowCount: rows, blocks: lane.blocks.filter((b) => b.row < rows) }));
}
