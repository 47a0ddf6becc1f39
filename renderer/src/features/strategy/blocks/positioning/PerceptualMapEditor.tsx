import { Fieldset, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useT } from '../../../../kernel/i18n/typedT';
import { newId } from '../../../../../../shared/ids';
import { shortText } from '../../../../../../shared/schema/primitives';
import type { Strategy } from '../../../../../../shared/schema/strategy';
import { clampMapValue, mapEntries, type MapEntry } from '../../../../../../shared/strategy/perceptualMap';
import { ValidatedTextField } from '../../../../kernel/ui/fields/ValidatedTextField';
import { fieldOf, type RunOperation } from '../../canvas/blockProps';
import { PerceptualMapChart, type PerceptualMapEntry } from '../../charts';
import { MapTable, type MapPlacement } from './MapTable';
import { TitledCard } from '../../canvas/TitledCard';

interface PerceptualMapEditorProps {
  strategy: Strategy;
  run: RunOperation;
  canEdit: boolean;
}

const AXES = ['xAxis', 'yAxis'] as const;
const ENDS = ['low', 'high'] as const;

/**
 * The perceptual map: two named axes, the chart (drag a point to move it) and the same positions
 * as numbers. Who is on the map comes from the research block's competitor list, so a renamed
 * competitor is renamed here and a new one shows up as "not on the map yet".
 */
export function PerceptualMapEditor({ strategy, run, canEdit }: PerceptualMapEditorProps) {
  const { t } = useT('strategy');
  const map = strategy.positioning.map;
  const strategyId = strategy.id;
  const ownFallbackLabel = strategy.product.trim() || t('positioning.ownProduct');

  const entries = useMemo(
    () => mapEntries(strategy.positioning, strategy.research.competitors, ownFallbackLabel),
    [strategy.positioning, strategy.research.competitors, ownFallbackLabel],
  );
  const placed = useMemo(
    () => entries.flatMap((entry): PerceptualMapEntry[] => (entry.point ? [{ key: entry.key, kind: entry.kind, label: entry.label, x: entry.point.x, y: entry.point.y }] : [])),
    [entries],
  );
  // Unnamed ends still read as "Low end ← → High end" rather than a bare arrow.
  const axisNames = useMemo(() => {
    const named = (axis: { low: string; high: string }) => ({
      low: axis.low.trim() || t('positioning.low'),
      high: axis.high.trim() || t('positioning.high'),
    });
    return { x: named(map.xAxis), y: named(map.yAxis) };
  }, [map.xAxis, map.yAxis, t]);

  // Moves the entry's point, or places it as a new point (a missing coordinate at the centre; our
  // point's label stays blank until the user names it, so it follows the product name).
  const place = (entry: MapEntry, { x, y }: MapPlacement) => run('strategy.mapPoint.place', {
    strategyId, competitorId: entry.competitorId, pointId: newId('pt'),
    ...(x !== undefined ? { x } : {}), ...(y !== undefined ? { y } : {}),
  });

  const unplace = (entry: MapEntry) => run('strategy.mapPoint.unplace', { strategyId, competitorId: entry.competitorId });

  const moveByDrag = (key: string, x: number, y: number) => {
    const entry = entries.find((candidate) => candidate.key === key);
    if (entry) place(entry, { x: clampMapValue(x), y: clampMapValue(y) });
  };

  return (
    <TitledCard title={t('positioning.map')} hint={t('positioning.mapHint')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {AXES.map((axis) => (
          <Fieldset key={axis} legend={t(`positioning.${axis}`)} variant="filled" radius="md" p="sm" pt={4}>
            <SimpleGrid cols={2} spacing="xs">
              {ENDS.map((end) => (
                <ValidatedTextField
                  key={end}
                  label={t(`positioning.${end}`)}
                  value={map[axis][end]}
                  schema={shortText}
                  description={null}
                  disabled={!canEdit}
                  onCommit={(name) => run('strategy.mapAxis.update', { strategyId, axis, fields: fieldOf(end, name) })}
                />
              ))}
            </SimpleGrid>
          </Fieldset>
        ))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="lg">
        <PerceptualMapChart
          entries={placed}
          xAxis={axisNames.x}
          yAxis={axisNames.y}
          onMove={canEdit ? moveByDrag : undefined}
          ariaLabel={t('positioning.mapAria', {
            x: `${axisNames.x.low} – ${axisNames.x.high}`,
            y: `${axisNames.y.low} – ${axisNames.y.high}`,
          })}
          height={360}
        />
        <Stack gap="xs">
          <MapTable
            entries={entries}
            ownFallbackLabel={ownFallbackLabel}
            canEdit={canEdit}
            onPlace={place}
            onUnplace={unplace}
            onOwnLabel={(label) => {
              const own = entries.find((entry) => entry.kind === 'own')?.point;
              if (own) run('strategy.mapPoint.update', { strategyId, id: own.id, fields: { label } });
            }}
          />
          {strategy.research.competitors.length === 0 && <Text size="sm" c="dimmed">{t('positioning.noCompetitors')}</Text>}
        </Stack>
      </SimpleGrid>
    </TitledCard>
  );
}
