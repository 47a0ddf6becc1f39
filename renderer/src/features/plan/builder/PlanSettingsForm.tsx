import { Group, MultiSelect, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { marketingPlan, type MarketingPlan } from '../../../../../shared/schema/marketingPlan';
import type { OperationArgs } from '../../../../../shared/ops/registry';
import { ValidatedTextField } from '../../../kernel/ui/fields/ValidatedTextField';
import { useOpenSession, useRun } from '../../../kernel/workspace/WorkspaceContext';
import { useT } from '../../../kernel/i18n/typedT';

/** Title, author, period, strategies, appendices and page setup of the saved plan. */
export function PlanSettingsForm({ plan, disabled }: { plan: MarketingPlan; disabled: boolean }) {
  const { t } = useT('plan');
  const session = useOpenSession();
  const run = useRun();
  const update = (fields: OperationArgs<'plan.update'>['fields']) => run('plan.update', { fields });
  const strategies = session?.workspace.strategies ?? [];
  const documents = session?.workspace.documents ?? [];
  const shape = marketingPlan.shape;

  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <ValidatedTextField label={t('settings.planTitle')} value={plan.title} schema={shape.title} description={null} disabled={disabled} onCommit={(title) => update({ title })} />
        <ValidatedTextField label={t('settings.author')} value={plan.author} schema={shape.author} description={null} disabled={disabled} onCommit={(author) => update({ author })} />
        <NumberInput
          label={t('settings.year')}
          value={plan.period.year}
          min={2000}
          max={2100}
          allowDecimal={false}
          disabled={disabled}
          onChange={(value) => {
            const year = Number(value);
            if (Number.isInteger(year) && year >= 2000 && year <= 2100) run('plan.period.update', { year });
          }}
        />
        <Select
          label={t('settings.period')}
          data={[{ value: '', label: t('settings.wholeYear') }, ...[1, 2, 3, 4].map((q) => ({ value: String(q), label: t('settings.quarter', { quarter: q }) }))]}
          value={plan.period.quarter === null ? '' : String(plan.period.quarter)}
          onChange={(value) => run('plan.period.update', { quarter: value ? Number(value) : null })}
          allowDeselect={false}
          disabled={disabled}
        />
      </SimpleGrid>
      <MultiSelect
        label={t('settings.strategies')}
        placeholder={plan.strategyIds.length === 0 ? t('settings.allStrategies', { count: strategies.length }) : undefined}
        data={strategies.map((s) => ({ value: s.id, label: s.name }))}
        value={plan.strategyIds.filter((id) => strategies.some((s) => s.id === id))}
        onChange={(strategyIds) => run('plan.strategies.set', { strategyIds })}
        disabled={disabled}
        clearable
      />
      {documents.length === 0 ? (
        <Text size="sm" c="dimmed">{t('settings.noDocuments')}</Text>
      ) : (
        <MultiSelect
          label={t('settings.documents')}
          data={documents.map((d) => ({ value: d.id, label: d.title }))}
          value={plan.documentIds.filter((id) => documents.some((d) => d.id === id))}
          onChange={(documentIds) => run('plan.documents.set', { documentIds })}
          disabled={disabled}
          clearable
        />
      )}
      <Group gap="md" align="flex-start" wrap="wrap">
        <Stack gap={4}>
          <Text size="sm" fw={500}>{t('settings.emptySections')}</Text>
          <SegmentedControl
            size="xs"
            data={[{ value: 'omit', label: t('settings.omit') }, { value: 'placeholder', label: t('settings.placeholder') }]}
            value={plan.emptySections}
            onChange={(value) => update({ emptySections: value as MarketingPlan['emptySections'] })}
            disabled={disabled}
          />
        </Stack>
        <Stack gap={4}>
          <Text size="sm" fw={500}>{t('settings.pageSize')}</Text>
          <SegmentedControl size="xs" data={['A4', 'Letter']} value={plan.pageSize} onChange={(value) => update({ pageSize: value as MarketingPlan['pageSize'] })} disabled={disabled} />
        </Stack>
        <Stack gap={4}>
          <Text size="sm" fw={500}>{t('settings.margins')}</Text>
          <SegmentedControl
            size="xs"
            data={(['narrow', 'normal', 'wide'] as const).map((value) => ({ value, label: t(`settings.marginOptions.${value}`) }))}
            value={plan.margins}
            onChange={(value) => update({ margins: value as MarketingPlan['margins'] })}
            disabled={disabled}
          />
        </Stack>
      </Group>
      <ValidatedTextField
        label={t('settings.executiveSummary')}
        value={plan.executiveSummary}
        schema={shape.executiveSummary}
        description={t('settings.executiveSummaryHint')}
        multiline
        minRows={5}
        disabled={disabled}
        onCommit={(executiveSummary) => update({ executiveSummary })}
      />
    </Stack>
  );
}
