import { Alert, Anchor, Badge, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../../kernel/i18n/typedT';
import type { WorkshopSession } from '../../../../../shared/schema/workshop';
import { formatCalendarDate } from '../../../kernel/i18n/format';
import { currentLanguage } from '../../../kernel/i18n/i18n';
import { hrefFor } from '../../../kernel/routing/route';
import { useCanEdit, useOpenSession } from '../../../kernel/workspace/WorkspaceContext';
import { WorkshopRecordView } from '../record/WorkshopRecordView';
import { WorkshopRunner } from '../run/WorkshopRunner';
import { WorkshopSetup } from '../setup/WorkshopSetup';
import { WORKSHOP_STATUS_COLORS } from '../statusColors';
import { WorkshopNotFound } from './WorkshopNotFound';

type Tab = 'setup' | 'run' | 'record';

/** Where a workshop opens: preparing it, running it, or reading what it produced. */
function initialTab(status: WorkshopSession['status']): Tab {
  if (status === 'running' || status === 'paused') return 'run';
  return status === 'ended' ? 'record' : 'setup';
}

/** One workshop: a header with its facts, and the Setup | Run | Record tabs. */
export function WorkshopDetail({ workshopId }: { workshopId: string }) {
  const { t } = useT('workshop');
  const session = useOpenSession();
  const canEdit = useCanEdit();
  const workshop = session?.workspace.workshops.find((candidate) => candidate.id === workshopId) ?? null;
  const [tab, setTab] = useState<Tab>(() => initialTab(workshop?.status ?? 'planned'));

  if (!session) return null;
  if (!workshop) return <WorkshopNotFound />;

  const strategy = session.workspace.strategies.find((candidate) => candidate.id === workshop.strategyId);
  const facts = [formatCalendarDate(workshop.date, currentLanguage()), workshop.facilitator, strategy?.name ?? t('detail.strategyMissing')].filter(Boolean);

  return (
    <Stack gap="md">
      <Anchor href={hrefFor('workshop')} size="sm" w="fit-content">
        <Group gap={4}><IconArrowLeft size={14} aria-hidden />{t('detail.backToList')}</Group>
      </Anchor>
      <Stack gap={4}>
        <Group gap="sm" wrap="wrap">
          <Title order={1} size="h2">{workshop.title}</Title>
          <Badge variant="light" color={WORKSHOP_STATUS_COLORS[workshop.status]} data-testid="workshop-status">{t(`print.statuses.${workshop.status}`)}</Badge>
        </Group>
        <Text c="dimmed">{facts.join(' · ')}</Text>
      </Stack>
      {!canEdit && <Alert color="gray" icon={<IconLock size={18} aria-hidden />}>{t('detail.readOnly')}</Alert>}

      <Tabs value={tab} onChange={(value) => value && setTab(value as Tab)} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="setup">{t('detail.tabs.setup')}</Tabs.Tab>
          <Tabs.Tab value="run">{t('detail.tabs.run')}</Tabs.Tab>
          <Tabs.Tab value="record">{t('detail.tabs.record')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="setup" pt="md">
          <WorkshopSetup workshop={workshop} disabled={!canEdit} />
        </Tabs.Panel>
        <Tabs.Panel value="run" pt="md">
          <WorkshopRunner workshopId={workshop.id} />
        </Tabs.Panel>
        <Tabs.Panel value="record" pt="md">
          <WorkshopRecordView workshop={workshop} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
