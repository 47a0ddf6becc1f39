import { Button, Group, Stack, Tabs, Text } from '@mantine/core';
import { IconArrowLeft, IconArrowRight } from '@tabler/icons-react';
import { useMemo, useState, type ReactNode } from 'react';
import { useT } from '../../../kernel/i18n/typedT';
import type { Strategy } from '../../../../../shared/schema/strategy';
import { blockCompleteness, overallCompleteness, STEP_KEYS, stepCompleteness, type StepKey } from '../../../../../shared/strategy/completeness';
import { useUndoableRemoval } from '../../../kernel/workspace/useUndoableRemoval';
import { useCanEdit, useRun } from '../../../kernel/workspace/WorkspaceContext';
import { ChannelsBlock } from '../blocks/ChannelsBlock';
import { ImplementationBlock } from '../blocks/ImplementationBlock';
import { PositioningBlock } from '../blocks/PositioningBlock';
import { PricingBlock } from '../blocks/PricingBlock';
import { PromotionBlock } from '../blocks/PromotionBlock';
import { ResearchBlock } from '../blocks/ResearchBlock';
import { TargetMarketBlock } from '../blocks/TargetMarketBlock';
import { useStrategyActions } from '../useStrategyActions';
import type { BlockProps } from './blockProps';
import { CanvasHeader } from './CanvasHeader';
import { CompletenessBadge } from './CompletenessBadge';

/**
 * One strategy canvas, walked in the six steps of DOMAIN.md. Each step is a tab showing its
 * block(s); every tab says how complete its step is, so the team sees where the gaps are.
 * Panels stay mounted when hidden, so a half-typed (even invalid) value survives a tab switch.
 */
export function StrategyCanvas({ strategy }: { strategy: Strategy }) {
  const { t } = useT('strategy');
  const canEdit = useCanEdit();
  const run = useRun();
  const remove = useUndoableRemoval();
  const actions = useStrategyActions();
  const [step, setStep] = useState<StepKey>('research');

  const { blocks, steps, overall } = useMemo(() => ({
    blocks: blockCompleteness(strategy), steps: stepCompleteness(strategy), overall: overallCompleteness(strategy),
  }), [strategy]);

  const props = (key: keyof typeof blocks): BlockProps => ({ strategy, run, remove, canEdit, completeness: blocks[key] });
  const panels: Record<StepKey, ReactNode> = {
    research: <ResearchBlock {...props('research')} />,
    targetMarket: <TargetMarketBlock {...props('targetMarket')} />,
    positioning: <PositioningBlock {...props('positioning')} />,
    priceChannel: (
      <Stack gap="lg">
        <PricingBlock {...props('pricing')} />
        <ChannelsBlock {...props('channels')} />
      </Stack>
    ),
    promotion: <PromotionBlock {...props('promotion')} />,
    implementation: <ImplementationBlock {...props('implementation')} blocks={blocks} onOpenStep={setStep} />,
  };
  const index = STEP_KEYS.indexOf(step);
  const previous = STEP_KEYS[index - 1];
  const next = STEP_KEYS[index + 1];

  return (
    <Stack gap="md">
      <CanvasHeader
        strategy={strategy}
        overallPercent={overall.percent}
        canEdit={canEdit}
        run={run}
        onDuplicate={() => actions.duplicate(strategy)}
        onDelete={() => actions.confirmDelete(strategy)}
      />
      <Tabs value={step} onChange={(value) => value && setStep(value as StepKey)} variant="pills" radius="md">
        <Tabs.List aria-label={t('steps.label')}>
          {STEP_KEYS.map((key, i) => (
            <Tabs.Tab key={key} value={key} rightSection={<CompletenessBadge size="sm" percent={steps[key].percent} />}>
              <Text span fw={600}>{i + 1}</Text> {t(`steps.${key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {STEP_KEYS.map((key) => (
          <Tabs.Panel key={key} value={key} pt="md">
            {panels[key]}
          </Tabs.Panel>
        ))}
      </Tabs>
      <Group justify="space-between">
        {previous ? (
          <Button variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />} onClick={() => setStep(previous)}>
            {t('steps.previous')}: {t(`steps.${previous}`)}
          </Button>
        ) : <span />}
        {next && (
          <Button variant="light" rightSection={<IconArrowRight size={16} aria-hidden />} onClick={() => { setStep(next); window.scrollTo({ top: 0 }); }}>
            {t('steps.next')}: {t(`steps.${next}`)}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
