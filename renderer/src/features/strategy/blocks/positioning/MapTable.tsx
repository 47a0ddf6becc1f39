import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { useT } from '../../../../kernel/i18n/typedT';
import { shortText } from '../../../../../../shared/schema/primitives';
import type { MapEntry } from '../../../../../../shared/strategy/perceptualMap';
import { NumberField } from '../../../../kernel/ui/fields/NumberField';
import { ValidatedTextField } from '../../../../kernel/ui/fields/ValidatedTextField';
import { useChartColors } from '../../../../kernel/charts/useChartColors';

export interface MapPlacement {
  x?: number;
  y?: number;
}

interface MapTableProps {
  entries: readonly MapEntry[];
  /** Shown as the own product's label while its point has none. */
  ownFallbackLabel: string;
  canEdit: boolean;
  /** Moves the entry's point, or places it (missing coordinates at the centre, 5). */
  onPlace: (entry: MapEntry, placement: MapPlacement) => void;
  onUnplace: (entry: MapEntry) => void;
  onOwnLabel: (label: string) => void;
}

/**
 * The perceptual map as numbers: one row per thing on the map, X and Y from 0 to 10. The keyboard
 * way to place and move points (the chart is the pointer way). Typing one coordinate of an
 * unplaced entry places it; clearing a coordinate takes it off the map.
 */
export function MapTable({ entries, ownFallbackLabel, canEdit, onPlace, onUnplace, onOwnLabel }: MapTableProps) {
  const { t } = useT('strategy');
  const colors = useChartColors();

  const coordinate = (entry: MapEntry, axis: 'x' | 'y') => (
    <NumberField
      hideLabel
      label={`${entry.label}: ${t(`positioning.${axis}`)}`}
      value={entry.point ? entry.point[axis] : null}
      nullable
      min={0}
      max={10}
      placeholder="–"
      disabled={!canEdit}
      onCommit={(value) => (value === null ? onUnplace(entry) : onPlace(entry, { [axis]: value }))}
    />
  );

  return (
    <Table layout="fixed" verticalSpacing={6} horizontalSpacing="xs" highlightOnHover={false}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('positioning.mapEntry')}</Table.Th>
          <Table.Th w={112}>{t('positioning.x')}</Table.Th>
          <Table.Th w={112}>{t('positioning.y')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((entry) => (
          <Table.Tr key={entry.key}>
            <Table.Td style={{ verticalAlign: 'top' }}>
              <Stack gap={2} pt={entry.kind === 'own' && entry.point ? 0 : 6}>
                <Group gap={6} wrap="nowrap" align="center">
                  {/* The same marker as on the chart: a diamond for us, a circle for a competitor. */}
                  <Text span aria-hidden c={entry.kind === 'own' ? colors.own : colors.competitor} size={entry.kind === 'own' ? 'md' : 'sm'} lh={1}>
                    {entry.kind === 'own' ? '◆' : '●'}
                  </Text>
                  {entry.kind === 'own' && entry.point ? (
                    <div style={{ flex: 1, minWidth: 0 }}>
                      <ValidatedTextField
                        label={t('positioning.ownLabel')}
                        value={entry.point.label}
                        placeholder={ownFallbackLabel}
                        schema={shortText}
                        description={null}
                        disabled={!canEdit}
                        onCommit={onOwnLabel}
                      />
                    </div>
                  ) : (
                    <Text size="sm" fw={entry.kind === 'own' ? 600 : undefined} truncate="end" title={entry.label}>{entry.label}</Text>
                  )}
                </Group>
                {!entry.point && (
                  <Group gap={6} pl={18}>
                    <Text size="xs" c="dimmed">{t('positioning.notPlaced')}</Text>
                    {canEdit && (
                      <Button size="compact-xs" variant="subtle" aria-label={`${t('positioning.place')}: ${entry.label}`} onClick={() => onPlace(entry, {})}>
                        {t('positioning.place')}
                      </Button>
                    )}
                  </Group>
                )}
              </Stack>
            </Table.Td>
            <Table.Td style={{ verticalAlign: 'top' }}>{coordinate(entry, 'x')}</Table.Td>
            <Table.Td style={{ verticalAlign: 'top' }}>{coordinate(entry, 'y')}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
