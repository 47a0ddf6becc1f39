import { ActionIcon, Checkbox, Group, Paper, Stack } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import type { MarketingPlan } from '../../../../../shared/schema/marketingPlan';
import { currentLanguage } from '../../../kernel/i18n/i18n';
import { useRun } from '../../../kernel/workspace/WorkspaceContext';
import { useT } from '../../../kernel/i18n/typedT';
import { useSectionTitle } from './useSectionTitle';

/** Which sections print, in which order: a checkbox and move up/down per section (keyboard friendly). */
export function SectionList({ plan, disabled }: { plan: MarketingPlan; disabled: boolean }) {
  const { t } = useT('plan');
  const run = useRun();
  const title = useSectionTitle(currentLanguage());
  return (
    <Stack gap={4} component="ol" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('sections.heading')}>
      {plan.sections.map((section, index) => {
        const name = title(section.id, plan);
        return (
          <Paper key={section.id} component="li" withBorder px="sm" py={6} radius="sm">
            <Group justify="space-between" wrap="nowrap">
              <Checkbox
                label={`${index + 1}. ${name}`}
                aria-label={t('sections.include', { section: name })}
                checked={section.enabled}
                disabled={disabled}
                onChange={(event) => run('plan.section.setEnabled', { sectionId: section.id, enabled: event.currentTarget.checked })}
              />
              <Group gap={2} wrap="nowrap">
                <ActionIcon variant="subtle" aria-label={t('sections.moveUp', { section: name })} disabled={disabled || index === 0} onClick={() => run('plan.section.move', { sectionId: section.id, direction: 'up' })}>
                  <IconArrowUp size={16} aria-hidden />
                </ActionIcon>
                <ActionIcon variant="subtle" aria-label={t('sections.moveDown', { section: name })} disabled={disabled || index === plan.sections.length - 1} onClick={() => run('plan.section.move', { sectionId: section.id, direction: 'down' })}>
                  <IconArrowDown size={16} aria-hidden />
                </ActionIcon>
              </Group>
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}
