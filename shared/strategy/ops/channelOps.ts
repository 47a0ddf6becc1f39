import { channel, channelsBlock } from '../../schema/strategy';
import { blockUpdate, fieldsOf, keysBut, listOperations } from './common';

const CHANNEL = { en: 'channel', zh: '渠道' };

const channels = listOperations({
  entity: 'channel', what: CHANNEL, item: channel,
  fields: fieldsOf(channel.shape, keysBut(channel.shape, 'id')),
  list: (strategy) => strategy.channels.items,
});

/** Step 4 — channels: notes and the channel list. */
export const channelOps = {
  'strategy.channels.update': blockUpdate('strategy.channels.update', fieldsOf(channelsBlock.shape, ['notes']), (strategy) => strategy.channels),
  'strategy.channel.add': channels.add,
  'strategy.channel.update': channels.update,
  'strategy.channel.remove': channels.remove,
};
