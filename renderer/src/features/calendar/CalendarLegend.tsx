import { Box, Group, SegmentedControl, Text } from '@mantine/core';
import { useT } from '../../kernel/i18n/typedT';
import { campaignStatus } from '../../../../shared/schema/campaign';
import { channelType } from '../../../../shared/schema/strategy';
import { CHANNEL_COLORS, NO_CHANNEL_COLOR, STATUS_COLORS, type ColorBy } from './colors';

/** The "Colour by" switch and its legend: one swatch and name per channel (or status). */
export function CalendarLegend({ colorBy, onChange }: { colorBy: ColorBy; onChange: (by: ColorBy) => void }) {
  const { t } = useT('calendar');
  const { t: tCommon } = useT('common');
  const entries = colorBy === 'channel'
    ? [...channelType.options.map((ch) => ({ key: ch, color: CHANNEL_COLORS[ch], label: tCommon(`channelTypes.${ch}`) })),
      { key: 'none', color: NO_CHANNEL_COLOR, label: t('noChannel') }]
    : campaignStatus.options.map((s) => ({ key: s, color: STATUS_COLORS[s], label: tCommon(`campaignStatus.${s}`) }));

  return (
    <Group gap="md" wrap="wrap" align="center">
      <Group gap="xs" wrap="nowrap">
        <Text size="sm" fw={600} id="calendar-color-by">{t('colorBy.label')}</Text>
        <SegmentedControl size="xs" aria-labelledby="calendar-color-by" value={colorBy}
          data={[{ value: 'channel', label: t('colorBy.channel') }, { value: 'status', label: t('colorBy.status') }]}
          onChange={(value) => onChange(value === 'status' ? 'status' : 'channel')} />
      </Group>
      <Group gap="sm" wrap="wrap" component="ul" aria-label={t('legend')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {entries.map((entry) => (
          <Group key={entry.key} gap={6} wrap="nowrap" component="li">
            <Box w={12} h={12} style={{ borderRadius: 3, background: `var(--mantine-color-${entry.color}-filled)` }} aria-hidden />
            <Text size="sm">{entry.label}</Text>
          </Group>
        ))}
      </Group>
    </Group>
  );
}
