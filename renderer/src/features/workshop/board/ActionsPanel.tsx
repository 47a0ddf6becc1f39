import { ActionIcon, Anchor, Group, Paper, Stack, Table, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconCalendar, IconEdit, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../../kernel/i18n/typedT';
import { newId } from '../../../../../shared/ids';
import { checkActionFields, workshopCampaignId } from '../../../../../shared/workshop/actions';
import { formatCalendarDate } from '../../../kernel/i18n/format';
import { currentLanguage } from '../../../kernel/i18n/i18n';
import { hrefFor } from '../../../kernel/routing/route';
import { useUndoableRemoval } from '../../../kernel/workspace/useUndoableRemoval';
import { ActionForm, type ActionDraft, type ActionSubmitResult } from './ActionForm';
import { useWorkshop } from './useWorkshop';

const EMPTY: ActionDraft = { title: '', owner: '', dueDate: null, campaignId: null };

/**
 * The workshop's action items. Each one is also a task on the campaign calendar (in the chosen
 * campaign or the workshop's own), which the shared action logic keeps in step.
 */
export function ActionsPanel({ workshopId }: { workshopId: string }) {
  const { t } = useT('workshop');
  const { workspace, workshop, canEdit, run } = useWorkshop(workshopId);
  const removeUndoably = useUndoableRemoval();
  const [editingId, setEditingId] = useState<string | null>(null);
  if (!workspace || !workshop) return null;

  const language = currentLanguage();
  const ownCampaign = workspace.campaigns.find((campaign) => campaign.id === workshopCampaignId(workshopId)) ?? null;
  const ownerSuggestions = [workshop.facilitator, ...workshop.participants.map((p) => p.name)];
  const campaignName = (id: string | null) => workspace.campaigns.find((campaign) => campaign.id === id)?.name ?? '—';
  const label = t('board.actions.campaignLabel');
  // The form shows the workshop's own campaign (and one deleted on the calendar) as "own" = null.
  const knownCampaign = (id: string | null) =>
    id !== null && id !== ownCampaign?.id && workspace.campaigns.some((campaign) => campaign.id === id) ? id : null;

  /**
   * The shared rule is asked first, so a refusal shows on the form in its words; then the
   * operation (which asks it again) runs. A refusal by the operation itself (say, the workshop
   * deleted in another window) is reported by the store, and the form keeps what was typed.
   */
  const save = (draft: ActionDraft & { dueDate: string }, send: () => boolean): ActionSubmitResult => {
    const checked = checkActionFields(draft, workspace);
    if (!checked.ok) return checked;
    return send() ? { ok: true } : 'not-saved';
  };
  const formProps = { ownerSuggestions, campaigns: workspace.campaigns, ownCampaign };

  return (
    <Paper withBorder p="md" radius="md" data-testid="actions-panel">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4">{t('board.actions.heading')}</Title>
          <Anchor href={hrefFor('calendar')} size="sm" data-testid="actions-calendar-link">
            <Group gap={4} component="span"><IconCalendar size={16} aria-hidden />{t('board.actions.onCalendar')}</Group>
          </Anchor>
        </Group>
        {workshop.actions.length === 0 ? (
          <Text size="sm" c="dimmed">{t('board.actions.none')}</Text>
        ) : (
          <Table striped verticalSpacing="xs" data-testid="actions-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('board.actions.title')}</Table.Th>
                <Table.Th>{t('board.actions.owner')}</Table.Th>
                <Table.Th>{t('board.actions.due')}</Table.Th>
                <Table.Th>{t('board.actions.campaign')}</Table.Th>
                {canEdit && <Table.Th><VisuallyHidden>{t('board.actions.rowActions')}</VisuallyHidden></Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {workshop.actions.map((action) => (editingId === action.id ? (
                <Table.Tr key={action.id}>
                  <Table.Td colSpan={canEdit ? 5 : 4}>
                    <ActionForm
                      {...formProps}
                      testId="action-edit-form"
                      initial={{ title: action.title, owner: action.owner, dueDate: action.dueDate, campaignId: knownCampaign(action.campaignId) }}
                      submitLabel={t('board.actions.save')}
                      onCancel={() => setEditingId(null)}
                      onSubmit={(draft) => {
                        const unchanged = draft.title === action.title && draft.owner === action.owner && draft.dueDate === action.dueDate
                          && draft.campaignId === knownCampaign(action.campaignId)
                          && (workspace.campaigns.find((campaign) => campaign.id === action.campaignId)?.activities.some((activity) => activity.id === action.activityId) ?? false);
                        // Saved as it was: nothing to send (an operation that changes nothing answers false).
                        if (unchanged) {
                          setEditingId(null);
                          return { ok: true };
                        }
                        const result = save(draft, () => run('workshop.action.update', {
                          workshopId, actionId: action.id, activityId: newId('act'), fields: draft, campaignLabel: label,
                        }));
                        if (result !== 'not-saved' && result.ok) setEditingId(null);
                        return result;
                      }}
                    />
                  </Table.Td>
                </Table.Tr>
              ) : (
                <Table.Tr key={action.id} data-testid="action-row">
                  <Table.Td fw={600}>{action.title}</Table.Td>
                  <Table.Td>{action.owner}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatCalendarDate(action.dueDate, language)}</Table.Td>
                  <Table.Td>{campaignName(action.campaignId)}</Table.Td>
                  {canEdit && (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap" justify="flex-end">
                        <Tooltip label={t('board.actions.edit')}>
                          <ActionIcon variant="subtle" aria-label={t('board.actions.editNamed', { title: action.title })} onClick={() => setEditingId(action.id)}>
                            <IconEdit size={16} aria-hidden />
                          </ActionIcon>
                        </Tooltip>
                        <Tooltip label={t('board.actions.remove')}>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={t('board.actions.removeNamed', { title: action.title })}
                            onClick={() => removeUndoably(t('board.actions.removed', { title: action.title }), 'workshop.action.remove', { workshopId, actionId: action.id })}
                          >
                            <IconTrash size={16} aria-hidden />
                          </ActionIcon>
                        </Tooltip>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              )))}
            </Table.Tbody>
          </Table>
        )}
        {canEdit && (
          <Stack gap={4}>
            <Title order={4} size="h6">{t('board.actions.add')}</Title>
            <ActionForm
              {...formProps}
              testId="action-add-form"
              initial={EMPTY}
              submitLabel={t('board.actions.addButton')}
              onSubmit={(draft) => save(draft, () => run('workshop.action.add', {
                workshopId, actionId: newId('wac'), activityId: newId('act'), ...draft, campaignLabel: label,
              }))}
            />
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
