import { Alert, Button, Group, List, Modal, Stack, Tabs, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useCallback, useMemo, useState } from 'react';
import { useT } from '../../../kernel/i18n/typedT';
import {
  addActivity, removeActivity as removeDraftActivity, rescheduleActivity, rescheduleCampaign, updateActivity, updateCampaignFields, updateEventDetails, updateKpi,
} from '../../../../../shared/calendar/campaignEdits';
import { newId } from '../../../../../shared/ids';
import type { Campaign } from '../../../../../shared/schema/campaign';
import { useUndoableRemoval } from '../../../kernel/workspace/useUndoableRemoval';
import { useCanEdit, useOpenSession, useRun } from '../../../kernel/workspace/WorkspaceContext';
import { useCampaignActions } from '../useCampaignActions';
import { ActivitiesTab } from './ActivitiesTab';
import { BudgetKpiTab } from './BudgetKpiTab';
import { draftProblems, newCampaignDraft, type Activity } from './campaignRecords';
import { DetailsTab } from './DetailsTab';
import type { CampaignChanges, CampaignFormProps } from './editorTypes';
import { EventDetailsTab } from './EventDetailsTab';

/** What the editor is open for: a stored campaign, or a new one starting on a day. */
export type EditorTarget = { mode: 'edit'; id: string } | { mode: 'new'; startDate: string };

/** The campaign editor in a large modal. Mount it with a new key per opening (the draft lives inside). */
export function CampaignEditor({ target, onClose }: { target: EditorTarget; onClose: () => void }) {
  return target.mode === 'new'
    ? <NewCampaignEditor startDate={target.startDate} onClose={onClose} />
    : <StoredCampaignEditor id={target.id} onClose={onClose} />;
}

/** A stored campaign: every field change is one undoable operation, as on the strategy canvas. */
function StoredCampaignEditor({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useT('calendar');
  const { t: tApp } = useT('app');
  const run = useRun();
  const session = useOpenSession();
  const canEdit = useCanEdit();
  const removeWithUndo = useUndoableRemoval();
  const actions = useCampaignActions();
  const campaign = session?.workspace.campaigns.find((c) => c.id === id);

  const change = useMemo<CampaignChanges>(() => ({
    update: (fields) => { run('campaign.update', { campaignId: id, fields }); },
    reschedule: (startDate, endDate) => { run('campaign.reschedule', { campaignId: id, startDate, endDate }); },
    updateKpi: (kpi, fields) => { run('campaign.kpi.update', { campaignId: id, kpi, fields }); },
    updateEvent: (fields) => { run('campaign.event.update', { campaignId: id, fields }); },
    addActivity: (activity) => { run('campaign.activity.add', { campaignId: id, activity }); },
    updateActivity: (activityId, fields) => { run('campaign.activity.update', { campaignId: id, activityId, fields }); },
    rescheduleActivity: (activityId, startDate, endDate) => { run('campaign.activity.reschedule', { campaignId: id, activityId, startDate, endDate }); },
  }), [run, id]);
  const setPromotion = useCallback((strategyId: string | null, itemId: string | null) => {
    run('campaign.promotion.set', { campaignId: id, strategyId, promotionItemId: itemId });
  }, [run, id]);
  const removeActivity = useCallback((activity: Activity) => {
    removeWithUndo(t('editor.activities.removed', { title: activity.title }), 'campaign.activity.remove', { campaignId: id, activityId: activity.id });
  }, [removeWithUndo, t, id]);

  if (!session) return null;
  if (!campaign) {
    return (
      <Modal opened onClose={onClose} title={t('editor.notFound')}>
        <Button onClick={onClose}>{tApp('about.close')}</Button>
      </Modal>
    );
  }
  const form: CampaignFormProps = { campaign, change, setPromotion, removeActivity, canEdit, isNew: false, currency: session.workspace.settings.currency };
  return (
    <Modal opened onClose={onClose} size="xl" title={<Text fw={700}>{t('editor.editTitle', { name: campaign.name })}</Text>}>
      <EditorTabs form={form} nameError={null} />
      <Group justify="space-between" mt="lg">
        <Button variant="subtle" color="red" leftSection={<IconTrash size={16} aria-hidden />} disabled={!canEdit}
          onClick={() => actions.confirmDelete(campaign, onClose)}>{t('editor.delete')}</Button>
        <Button onClick={onClose}>{tApp('about.close')}</Button>
      </Group>
    </Modal>
  );
}

/** A new campaign: a draft in the modal only, written to the workspace when Create finds it valid. */
function NewCampaignEditor({ startDate, onClose }: { startDate: string; onClose: () => void }) {
  const { t } = useT('calendar');
  const { t: tApp } = useT('app');
  const session = useOpenSession();
  const canEdit = useCanEdit();
  const actions = useCampaignActions();
  const [draft, setDraft] = useState<Campaign>(() => newCampaignDraft(newId('cmp'), startDate));
  const [attempted, setAttempted] = useState(false);

  // The same changes as on a stored campaign, made to the draft (a copy per change: React state is never mutated).
  const changeDraft = useCallback((apply: (campaign: Campaign) => void) => {
    setDraft((current) => {
      const next = structuredClone(current);
      apply(next);
      return next;
    });
  }, []);
  const change = useMemo<CampaignChanges>(() => ({
    update: (fields) => changeDraft((c) => updateCampaignFields(c, fields)),
    reschedule: (start, end) => changeDraft((c) => rescheduleCampaign(c, start, end)),
    updateKpi: (kpi, fields) => changeDraft((c) => updateKpi(c, kpi, fields)),
    updateEvent: (fields) => changeDraft((c) => updateEventDetails(c, fields)),
    addActivity: (activity) => changeDraft((c) => addActivity(c, activity)),
    updateActivity: (activityId, fields) => changeDraft((c) => updateActivity(c, activityId, fields)),
    rescheduleActivity: (activityId, start, end) => changeDraft((c) => rescheduleActivity(c, activityId, start, end)),
  }), [changeDraft]);
  const setPromotion = useCallback((strategyId: string | null, itemId: string | null) => {
    setDraft((current) => ({ ...current, strategyId, promotionItemId: itemId }));
  }, []);
  const removeActivity = useCallback((activity: Activity) => {
    changeDraft((c) => removeDraftActivity(c, activity.id));
  }, [changeDraft]);
  const problems = useMemo(() => draftProblems(draft), [draft]);

  if (!session) return null;
  const form: CampaignFormProps = { campaign: draft, change, setPromotion, removeActivity, canEdit, isNew: true, currency: session.workspace.settings.currency };
  const create = () => {
    setAttempted(true);
    if (problems.length === 0 && actions.create(draft)) onClose();
  };
  return (
    <Modal opened onClose={onClose} size="xl" title={<Text fw={700}>{t('editor.newTitle')}</Text>}>
      <EditorTabs form={form} nameError={attempted && problems.includes('name-required') ? t('editor.problems.name-required') : null} />
      {attempted && problems.length > 0 && (
        <Alert color="red" mt="md" role="alert">
          <List size="sm">{problems.map((p) => <List.Item key={p}>{t(`editor.problems.${p}`)}</List.Item>)}</List>
        </Alert>
      )}
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onClose}>{tApp('file.cancel')}</Button>
        <Button disabled={!canEdit} onClick={create}>{t('editor.create')}</Button>
      </Group>
    </Modal>
  );
}

function EditorTabs({ form, nameError }: { form: CampaignFormProps; nameError: string | null }) {
  const { t } = useT('calendar');
  const isEvent = form.campaign.kind !== 'campaign';
  return (
    <Tabs defaultValue="details" keepMounted={false}>
      <Tabs.List mb="md">
        <Tabs.Tab value="details">{t('editor.tabs.details')}</Tabs.Tab>
        <Tabs.Tab value="budget">{t('editor.tabs.budget')}</Tabs.Tab>
        <Tabs.Tab value="activities">{t('editor.tabs.activities')} ({form.campaign.activities.length})</Tabs.Tab>
        {isEvent && <Tabs.Tab value="event">{t('editor.tabs.event')}</Tabs.Tab>}
      </Tabs.List>
      <Tabs.Panel value="details"><Stack><DetailsTab {...form} nameError={nameError} /></Stack></Tabs.Panel>
      <Tabs.Panel value="budget"><BudgetKpiTab {...form} /></Tabs.Panel>
      <Tabs.Panel value="activities"><ActivitiesTab {...form} /></Tabs.Panel>
      {isEvent && <Tabs.Panel value="event"><EventDetailsTab {...form} /></Tabs.Panel>}
    </Tabs>
  );
}
