import type { Campaign } from '../../../../shared/schema/campaign';
import type { channelType } from '../../../../shared/schema/strategy';
import type { z } from 'zod';

export type ChannelType = z.infer<typeof channelType>;
export type CampaignStatus = Campaign['status'];
export type ColorBy = 'channel' | 'status';

/** Mantine palette names, one per channel and per status; the same in every view and its legend. */
export const CHANNEL_COLORS: Record<ChannelType, string> = {
  'online-store': 'indigo',
  marketplace: 'orange',
  retail: 'teal',
  distributor: 'grape',
  'direct-sales': 'cyan',
  partner: 'lime',
};
export const NO_CHANNEL_COLOR = 'gray';

export const STATUS_COLORS: Record<CampaignStatus, string> = {
  idea: 'gray', planned: 'blue', 'in-progress': 'yellow', done: 'teal', cancelled: 'red',
};

/** A campaign's colour: its first channel's, or its status's. */
export function campaignColor(campaign: Pick<Campaign, 'channels' | 'status'>, by: ColorBy): string {
  if (by === 'status') return STATUS_COLORS[campaign.status];
  const first = campaign.channels[0];
  return first ? CHANNEL_COLORS[first] : NO_CHANNEL_COLOR;
}
