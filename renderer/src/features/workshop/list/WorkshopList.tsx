import { ActionIcon, Anchor, Badge, Button, EmptyState, Group, Table, VisuallyHidden } from '@mantine/core';
import { IconPlus, IconPresentation, IconTrash } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useT } from '../../../kernel/i18n/typedT';
import type { WorkshopSession } from '../../../../../shared/schema/workshop';
import { formatCalendarDate } from '../../../kernel/i18n/format';
import { currentLanguage } from '../../../kernel/i18n/i18n';
import { hrefFor } from '../../../kernel/routing/route';
import { PageHeader } from '../../../kernel/ui/PageHeader';
import { useUndoableRemoval } from '../../../kernel/workspace/useUndoableRemoval';
import { useCanEdit, useOpenSession } from '../../../kernel/workspace/WorkspaceContext';
import { totalMinutes } from '../duration';
import { WORKSHOP_STATUS_COLORS } from '../statusColors';
import { useDurationText } from '../useDurationText';
import { NewWorkshopModal } from './NewWorkshopModal';

/** All workshops, newest date first: open one, plan a new one, delete one (with undo). */
export function WorkshopList() {
  const { t } = useT('workshop');
  const session = useOpenSession();
  const canEdit = useCanEdit();
  const [creating, setCreating] = useState(false);
  const workshops = useMemo(
    () => [...(session?.workspace.workshops ?? [])].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt)),
    [session],
  );

  const header = (
    <Group justify="space-between" align="flex-start" wrap="wrap">
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <Button leftSection={<IconPlus size={16} aria-hidden />} disabled={!canEdit} onClick={() => setCreating(true)} data-testid="new-workshop">
        {t('list.newWorkshop')}
      </Button>
    </Group>
  );
  // Mounted only while open, so each dialog starts with fresh fields (today's date, the strategy default).
  const modal = creating && <NewWorkshopModal opened onClose={() => setCreating(false)} />;

  if (workshops.length === 0) {
    return (
      <>
        {header}
        <EmptyState align="left" variant="light" icon={<IconPresentation aria-hidden />} title={t('list.emptyTitle')} description={t('list.emptyBody')} maw={720}>
          <Button mt="md" leftSection={<IconPlus size={16} aria-hidden />} disabled={!canEdit} onClick={() => setCreating(true)}>{t('list.createFirst')}</Button>
        </EmptyState>
        {modal}
      </>
    );
  }

  return (
    <>
      {header}
      <Table.ScrollContainer minWidth={760}>
        <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('list.label')} data-testid="workshop-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('list.columns.title')}</Table.Th>
              <Table.Th>{t('list.columns.date')}</Table.Th>
              <Table.Th>{t('list.columns.facilitator')}</Table.Th>
              <Table.Th>{t('list.columns.agenda')}</Table.Th>
              <Table.Th>{t('list.columns.participants')}</Table.Th>
              <Table.Th>{t('list.columns.status')}</Table.Th>
              <Table.Th><VisuallyHidden>{t('list.columns.actions')}</VisuallyHidden></Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {workshops.map((workshop) => <WorkshopRow key={workshop.id} workshop={workshop} canEdit={canEdit} />)}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {modal}
    </>
  );
}

function WorkshopRow({ workshop, canEdit }: { workshop: WorkshopSession; canEdit: boolean }) {
  const { t } = useT('workshop');
  const duration = useDurationText();
  const remove = useUndoableRemoval();
  return (
    <Table.Tr data-testid={`workshop-row-${workshop.id}`}>
      <Table.Td><Anchor href={hrefFor('workshop', workshop.id)} fw={600}>{workshop.title}</Anchor></Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatCalendarDate(workshop.date, currentLanguage())}</Table.Td>
      <Table.Td>{workshop.facilitator}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {t('list.agendaSummary', { count: workshop.agenda.length, duration: duration(totalMinutes(workshop.agenda)) })}
      </Table.Td>
      <Table.Td>{workshop.participants.length}</Table.Td>
      <Table.Td><Badge variant="light" color={WORKSHOP_STATUS_COLORS[workshop.status]}>{t(`print.statuses.${workshop.status}`)}</Badge></Table.Td>
      <Table.Td>
        <Group justify="flex-end">
          <ActionIcon
            variant="subtle"
            color="red"
            disabled={!canEdit}
            aria-label={t('list.remove', { title: workshop.title })}
            onClick={() => remove(t('list.removed', { title: workshop.title }), 'workshop.remove', { workshopId: workshop.id })}
          >
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
