import { Fieldset, SimpleGrid, Stack, Text } from '@mantine/core';
import type { Draft } from 'immer';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../../../../shared/ids';
import { shortText } from '../../../../../../shared/schema/primitives';
import type { Strategy } from '../../../../../../shared/schema/strategy';
import { clampMapValue, mapEntries, type MapEntry, type MapPoint } from '../../../../../../shared/strategy/perceptualMap';
import { ValidatedTextField } from '../../../../app/ui/fields/ValidatedTextField';
import type { StrategyRecipe } from '../../canvas/useStrategyEdit';
import { PerceptualMapChart, type PerceptualMapEntry } from '../../charts';
import { MapTable, type MapPlacement } from './MapTable';
import { TitledCard } from '../../canvas/TitledCard';

interface PerceptualMapEditorProps {
  strategy: Strategy;
  edit: (recipe: StrategyRecipe) => void;
  canEdit: boolean;
}

const AXES = ['xAxis', 'yAxis'] as const;
const ENDS = ['low', 'high'] as const;
const CENTRE = 5;

/** The stored point an entry stands for: the first match, as mapEntries reads it. */
function belongsTo(point: Draft<MapPoint>, entry: MapEntry): boolean {
  return entry.kind === 'own' ? point.kind === 'own' : point.kind === 'competitor' && point.competitorId === entry.competitorId;
}

/**
 * The perceptual map: two named axes, the chart (drag a point to move it) and the same positions
 * as numbers. Who is on the map comes from the research block's competitor list, so a renamed
 * competitor is renamed here and a new one shows up as "not on the map yet".
 */
export function PerceptualMapEditor({ strategy, edit, canEdit }: PerceptualMapEditorProps) {
  const { t } = useTranslation();
  const map = strategy.positioning.map;
  const ownFallbackLabel = strategy.product.trim() || t('strategy.positioning.ownProduct');

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
      low: axis.low.trim() || t('strategy.positioning.low'),
      high: axis.high.trim() || t('strategy.positioning.high'),
    });
    return { x: named(map.xAxis), y: named(map.yAxis) };
  }, [map.xAxis, map.yAxis, t]);

  const place = (entry: MapEntry, { x, y }: MapPlacement) => edit((s) => {
    const points = s.positioning.map.points;
    const point = points.find((candidate) => belongsTo(candidate, entry));
    if (point) {
      if (x !== undefined) point.x = x;
      if (y !== undefined) point.y = y;
      return;
    }
    // The own point's label stays blank until the user names it, so it follows the product name.
    points.push({
      id: newId('pt'), kind: entry.kind, competitorId: entry.competitorId, label: entry.kind === 'own' ? '' : entry.label,
      x: x ?? CENTRE, y: y ?? CENTRE,
    });
  });

  const unplace = (entry: MapEntry) => edit((s) => {
    s.positioning.map.points = s.positioning.map.points.filter((point) => !belongsTo(point, entry));
  });

  const moveByDrag = (key: string, x: number, y: number) => {
    const entry = entries.find((candidate) => candidate.key === key);
    if (entry) place(entry, { x: clampMapValue(x), y: clampMapValue(y) });
  };

  return (
    <TitledCard title={t('strategy.positioning.map')} hint={t('strategy.positioning.mapHint')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {AXES.map((axis) => (
          <Fieldset key={axis} legend={t(`strategy.positioning.${axis}`)} variant="filled" radius="md" p="sm" pt={4}>
            <SimpleGrid cols={2} spacing="xs">
              {ENDS.map((end) => (
                <ValidatedTextField
                  key={end}
                  label={t(`strategy.positioning.${end}`)}
                  value={map[axis][end]}
                  schema={shortText}
                  description={null}
                  disabled={!canEdit}
                  onCommit={(name) => edit((s) => { s.positioning.map[axis][end] = name; })}
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
          ariaLabel={t('strategy.positioning.mapAria', {
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
            onOwnLabel={(label) => edit((s) => {
              const own = s.positioning.map.points.find((point) => point.kind === 'own');
              if (own) own.label = label;
            })}
          />
          {strategy.research.competitors.length === 0 && <Text size="sm" c="dimmed">{t('strategy.positioning.noCompetitors')}</Text>}
        </Stack>
      </SimpleGrid>
    </TitledCard>
  );
}
