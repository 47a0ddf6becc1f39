import { ActionIcon, Button, Group, Paper, SegmentedControl, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useCallback, useMemo, useState } from 'react';
import { useT } from '../../../kernel/i18n/typedT';
import type { Campaign } from '../../../../../shared/schema/campaign';
import { currentLanguage } from '../../../kernel/i18n/i18n';
import type { ColorBy } from '../colors';
import { CampaignBlockView } from './CampaignBlockView';
import { buildLanes, countBlocks, limitLanes, type Lane, type LaneMode } from './timelineLanes';
import {
  localToday, monthMarks, periodBounds, periodContaining, placeDay, shiftPeriod, type Period, type PeriodKind,
} from './timelineLayout';
import { TimelineLaneLabel } from './TimelineLaneLabel';
import { LABEL_WIDTH, ROW_HEIGHT, TIMELINE_CSS } from './timelineStyles';
import type { TFn } from '../../../kernel/i18n/typedT';

export interface TimelineViewProps {
  campaigns: readonly Campaign[];
  colorBy: ColorBy;
  onOpenCampaign: (id: string) => void;
}

/** More bars than this are only drawn on request: the page stays quick with thousands of campaigns. */
const BAR_LIMIT = 300;
const HEADER_HEIGHT = 40;

/**
 * Quarter or year timeline: a lane per campaign (or per channel), campaign bars across their
 * dates with their activities and milestones under them, month gridlines and a today marker.
 * Hand-made with percentages of the period, so the bars stretch with the window.
 */
export function TimelineView({ campaigns, colorBy, onOpenCampaign }: TimelineViewProps) {
  const { t } = useT('calendar');
  const language = currentLanguage();
  const today = localToday();
  const [period, setPeriod] = useState<Period>(() => periodContaining(today, 'quarter'));
  const [mode, setMode] = useState<LaneMode>('campaign');
  const [showAll, setShowAll] = useState(false);

  const bounds = useMemo(() => periodBounds(period), [period]);
  const lanes = useMemo(() => buildLanes(campaigns, bounds, mode), [campaigns, bounds, mode]);
  const total = useMemo(() => countBlocks(lanes), [lanes]);
  const shown = useMemo(() => (showAll ? lanes : limitLanes(lanes, BAR_LIMIT)), [lanes, showAll]);
  const shownCount = useMemo(() => countBlocks(shown), [shown]);
  const months = useMemo(() => monthMarks(period), [period]);
  const todayLeft = placeDay(today, bounds);

  // One formatter for every bar: building an Intl formatter per date would dominate the render time.
  const formatDate = useMemo(() => {
    const format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
    return (isoDate: string) => format.format(new Date(`${isoDate}T00:00:00Z`));
  }, [language]);
  const monthFormat = useMemo(
    () => new Intl.DateTimeFormat(language, { month: period.kind === 'year' ? 'short' : 'long', timeZone: 'UTC' }),
    [language, period.kind],
  );

  const periodName = period.kind === 'year'
    ? t('budget.timeline.yearName', { year: period.year })
    : t('budget.timeline.quarterName', { year: period.year, quarter: t(`budget.timeline.quarters.q${period.quarter as 1 | 2 | 3 | 4}`) });

  const changeKind = (kind: PeriodKind) => {
    if (kind === period.kind) return;
    // Into a quarter: today's quarter when the year is this year, else the year's first quarter.
    const here = periodContaining(today, 'quarter');
    setPeriod(kind === 'year' ? { kind, year: period.year, quarter: 1 } : { kind, year: period.year, quarter: here.year === period.year ? here.quarter : 1 });
  };
  const open = useCallback((id: string) => onOpenCampaign(id), [onOpenCampaign]);
  const isYear = period.kind === 'year';

  return (
    <div>
      {/* React hoists and de-duplicates this into <head> (one stylesheet however often the view mounts). */}
      <style href="stratboard-timeline" precedence="default">{TIMELINE_CSS}</style>
      <Group justify="space-between" gap="sm" mb="sm" wrap="wrap">
        <Group gap="xs">
          <ActionIcon variant="default" size="lg" aria-label={t(isYear ? 'budget.timeline.previousYear' : 'budget.timeline.previousQuarter')} onClick={() => setPeriod(shiftPeriod(period, -1))}>
            <IconChevronLeft size={18} />
          </ActionIcon>
          <Text component="h3" fw={700} size="lg" m={0} miw={150} ta="center" aria-live="polite">{periodName}</Text>
          <ActionIcon variant="default" size="lg" aria-label={t(isYear ? 'budget.timeline.nextYear' : 'budget.timeline.nextQuarter')} onClick={() => setPeriod(shiftPeriod(period, 1))}>
            <IconChevronRight size={18} />
          </ActionIcon>
          <Button variant="subtle" size="compact-sm" onClick={() => setPeriod(periodContaining(today, period.kind))}>{t('budget.timeline.thisPeriod')}</Button>
        </Group>
        <Group gap="sm">
          <SegmentedControl
            aria-label={t('budget.timeline.range')}
            size="xs"
            value={period.kind}
            data={[{ value: 'quarter', label: t('budget.timeline.quarter') }, { value: 'year', label: t('budget.timeline.year') }]}
            onChange={(value) => changeKind(value as PeriodKind)}
          />
          <SegmentedControl
            aria-label={t('budget.timeline.lanes')}
            size="xs"
            value={mode}
            data={[{ value: 'campaign', label: t('budget.timeline.byCampaign') }, { value: 'channel', label: t('budget.timeline.byChannel') }]}
            onChange={(value) => setMode(value as LaneMode)}
          />
        </Group>
      </Group>

      {/* Scrolls inside itself so the month header can stay in view over hundreds of lanes. */}
      <Paper withBorder radius="sm" style={{ overflow: 'auto', maxHeight: 'max(360px, calc(100vh - 240px))' }}>
        <div role="region" aria-label={t('budget.timeline.gridLabel', { period: periodName })} style={{ position: 'relative', minWidth: 720 }}>
          {/* Month labels, and the today label above its line. */}
          <div style={{ display: 'flex', height: HEADER_HEIGHT, borderBottom: '1px solid var(--mantine-color-default-border)', position: 'sticky', top: 0, zIndex: 3, background: 'var(--mantine-color-body)' }}>
            <div style={{ width: LABEL_WIDTH, flex: 'none' }} />
            <div style={{ position: 'relative', flex: 1 }}>
              {months.map((month) => (
                <Text
                  key={month.month}
                  size="sm"
                  fw={600}
                  c="dimmed"
                  style={{ position: 'absolute', left: `${month.left}%`, width: `${month.width}%`, bottom: 4, paddingLeft: 6, whiteSpace: 'nowrap', overflow: 'hidden' }}
                >
                  {monthFormat.format(new Date(Date.UTC(month.year, month.month - 1, 1)))}
                </Text>
              ))}
              {todayLeft !== null && (
                <Text
                  size="xs"
                  fw={700}
                  c="red"
                  style={{ position: 'absolute', top: 2, left: `${todayLeft}%`, transform: 'translateX(-50%)', whiteSpace: 'nowrap', background: 'var(--mantine-color-body)', padding: '0 4px', borderRadius: 4 }}
                >
                  {t('budget.timeline.today')}
                </Text>
              )}
              {todayLeft !== null && (
                <div aria-hidden="true" style={{ position: 'absolute', top: 20, bottom: 0, left: `${todayLeft}%`, borderLeft: '2px solid var(--mantine-color-red-filled)' }} />
              )}
            </div>
          </div>

          <div style={{ position: 'relative' }}>
            {/* Gridlines and the today line behind (and, for today, in front of) the lanes. */}
            <div aria-hidden="true" className="sb-tl-grid">
              {months.map((month) => <div key={month.month} className="sb-tl-gridline" style={{ left: `${month.left}%` }} />)}
            </div>
            {shown.length === 0 && (
              <Text c="dimmed" size="sm" p="md" style={{ paddingLeft: LABEL_WIDTH + 12 }}>{t('budget.timeline.empty', { period: periodName })}</Text>
            )}
            {shown.map((lane) => (
              <LaneRow key={lane.key} lane={lane} colorBy={colorBy} formatDate={formatDate} onOpen={open} t={t} />
            ))}
            {todayLeft !== null && (
              <div
                aria-hidden="true"
                style={{ position: 'absolute', top: 0, bottom: 0, left: `calc(${LABEL_WIDTH}px + (100% - ${LABEL_WIDTH}px) * ${todayLeft / 100})`, borderLeft: '2px solid var(--mantine-color-red-filled)', pointerEvents: 'none', zIndex: 1 }}
              />
            )}
          </div>
        </div>
      </Paper>

      {shownCount < total && (
        <Group gap="sm" mt="sm">
          <Text size="sm" c="dimmed">{t('budget.timeline.shownOf', { shown: shownCount, total })}</Text>
          <Button variant="light" size="compact-sm" onClick={() => setShowAll(true)}>{t('budget.timeline.showAll')}</Button>
        </Group>
      )}
    </div>
  );
}

interface LaneRowProps {
  lane: Lane;
  colorBy: ColorBy;
  formatDate: (isoDate: string) => string;
  onOpen: (id: string) => void;
  t: TFn<'calendar'>;
}

function LaneRow({ lane, colorBy, formatDate, onOpen, t }: LaneRowProps) {
  return (
    <div className="sb-tl-lane" style={{ containIntrinsicSize: `auto ${lane.rowCount * ROW_HEIGHT + 1}px` }}>
      <TimelineLaneLabel lane={lane} colorBy={colorBy} t={t} />
      <div className="sb-tl-track" style={{ height: lane.rowCount * ROW_HEIGHT }}>
        {lane.blocks.map((block) => (
          <CampaignBlockView key={block.campaign.id} block={block} colorBy={colorBy} formatDate={formatDate} onOpen={onOpen} t={t} />
        ))}
      </div>
    </div>
  );
}
