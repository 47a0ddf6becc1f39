import { memo, type CSSProperties } from 'react';
import type { TFn } from '../../../kernel/i18n/typedT';
import { campaignColor, type ColorBy } from '../colors';
import type { CampaignBlock } from './timelineLanes';
import { ROW_HEIGHT } from './timelineStyles';

interface CampaignBlockViewProps {
  block: CampaignBlock;
  colorBy: ColorBy;
  formatDate: (isoDate: string) => string;
  onOpen: (id: string) => void;
  /** Passed down rather than a useTranslation per block: hundreds of subscriptions for one language. */
  t: TFn<'calendar'>;
}

/**
 * One campaign in a lane: a button spanning its dates in the period (cut at the period edges,
 * with an arrow and a dashed edge where it continues), and under it its events and tasks as thin
 * bars and its milestones as diamonds. Tooltips are native `title`s: a Mantine Tooltip per bar
 * would cost too much with hundreds of bars on screen.
 */
export const CampaignBlockView = memo(function CampaignBlockView({ block, colorBy, formatDate, onOpen, t }: CampaignBlockViewProps) {
  const { campaign, placement, row } = block;
  const color = campaignColor(campaign, colorBy);
  const notes: string[] = [];
  if (placement.clippedStart) notes.push(t('budget.timeline.continuesBefore'));
  if (placement.clippedEnd) notes.push(t('budget.timeline.continuesAfter'));
  const label = [t('budget.timeline.barLabel', { name: campaign.name, start: formatDate(campaign.startDate), end: formatDate(campaign.endDate) }), ...notes].join('; ');
  const colours = {
    top: row * ROW_HEIGHT,
    '--tl-solid': `var(--mantine-color-${color}-filled)`,
    '--tl-tint': `var(--mantine-color-${color}-light)`,
    '--tl-text': `var(--mantine-color-${color}-light-color)`,
  } as CSSProperties;

  return (
    <div className="sb-tl-block" style={colours}>
      <button
        type="button"
        className="sb-tl-bar mantine-focus-auto"
        aria-label={label}
        title={label}
        data-clip-start={placement.clippedStart || undefined}
        data-clip-end={placement.clippedEnd || undefined}
        onClick={() => onOpen(campaign.id)}
        style={{ left: `${placement.left}%`, width: `${placement.width}%` }}
      >
        {placement.clippedStart && <span aria-hidden="true">◀</span>}
        <span className="sb-tl-name">{campaign.name}</span>
        {placement.clippedEnd && <span aria-hidden="true">▶</span>}
      </button>
      {block.activities.map(({ activity, placement: where }) => {
        const text = t('budget.timeline.activity', { title: activity.title, start: formatDate(activity.startDate), end: formatDate(activity.endDate) });
        return (
          <div
            key={activity.id}
            className="sb-tl-activity"
            role="img"
            aria-label={text}
            title={text}
            data-done={activity.done || undefined}
            style={{ left: `${where.left}%`, width: `${where.width}%` }}
          />
        );
      })}
      {block.milestones.map(({ activity, left }) => {
        const text = t('budget.timeline.milestone', { title: activity.title, date: formatDate(activity.startDate) });
        return <div key={activity.id} className="sb-tl-milestone" role="img" aria-label={text} title={text} style={{ left: `${left}%` }} />;
      })}
    </div>
  );
});
