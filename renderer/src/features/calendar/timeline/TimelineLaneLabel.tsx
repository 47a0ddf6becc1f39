import { useT, type TFn } from '../../../kernel/i18n/typedT';
import { CHANNEL_COLORS, NO_CHANNEL_COLOR, type ColorBy } from '../colors';
import type { Lane } from './timelineLanes';

/**
 * A lane's name: the campaign's, or the channel's with its legend colour when bars are coloured
 * by channel. Plain elements with the timeline's stylesheet: one per lane, hundreds of lanes.
 */
export function TimelineLaneLabel({ lane, colorBy, t }: { lane: Lane; colorBy: ColorBy; t: TFn<'calendar'> }) {
  const { t: tCommon } = useT('common');
  if (lane.campaign) {
    return <div className="sb-tl-label"><span className="sb-tl-label-text" title={lane.campaign.name}>{lane.campaign.name}</span></div>;
  }
  const channel = lane.channel ?? 'none';
  const name = channel === 'none' ? t('budget.timeline.noChannel') : tCommon(`channelTypes.${channel}`);
  const color = channel === 'none' ? NO_CHANNEL_COLOR : CHANNEL_COLORS[channel];
  return (
    <div className="sb-tl-label" style={{ fontWeight: 600 }}>
      {colorBy === 'channel' && <span className="sb-tl-swatch" aria-hidden="true" style={{ background: `var(--mantine-color-${color}-filled)` }} />}
      <span className="sb-tl-label-text" title={name}>{name}</span>
    </div>
  );
}
