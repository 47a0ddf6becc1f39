import { Alert, Autocomplete, Button, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../../kernel/i18n/typedT';
import { LIMITS } from '../../../../../shared/schema/primitives';
import type { Campaign } from '../../../../../shared/schema/campaign';
import type { ActionResult } from '../../../../../shared/workshop/actions';
import { DateField } from '../../../kernel/ui/fields/DateField';

export interface ActionDraft { title: string; owner: string; dueDate: string | null; campaignId: string | null }

/** The shared rule's answer, or 'not-saved': the change was refused elsewhere (and said so); the form keeps its fields. */
export type ActionSubmitResult = ActionResult | 'not-saved';

interface ActionFormProps {
  initial: ActionDraft;
  ownerSuggestions: string[];
  campaigns: readonly Campaign[];
  /** The campaign the workshop made for its actions, if it exists yet. */
  ownCampaign: Campaign | null;
  submitLabel: string;
  /** Returns the shared logic's answer, so a refusal can be shown on the form. */
  onSubmit: (draft: ActionDraft & { dueDate: string }) => ActionSubmitResult;
  onCancel?: () => void;
  testId: string;
}

/** Sentinel select value for "the workshop's own campaign" (stored as campaignId null). */
const OWN = '__workshop__';

/** Title, owner, due date and campaign of an action item; used to add one and to edit one. */
export function ActionForm({ initial, ownerSuggestions, campaigns, ownCampaign, submitLabel, onSubmit, onCancel, testId }: ActionFormProps) {
  const { t } = useT('workshop');
  const [draft, setDraft] = useState<ActionDraft>(initial);
  const [tried, setTried] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const titleMissing = draft.title.trim() === '';
  const dueMissing = draft.dueDate === null;

  const campaignOptions = [
    { value: OWN, label: ownCampaign ? ownCampaign.name : t('board.actions.ownCampaignNew') },
    ...campaigns
      .filter((campaign) => campaign.id !== ownCampaign?.id)
      .map((campaign) => ({ value: campaign.id, label: campaign.name }))
      .sort((a, b) => a.label.localeCompare(b.label)),
  ];
  const set = (patch: Partial<ActionDraft>) => setDraft((current) => ({ ...current, ...patch }));

  return (
    <form
      data-testid={testId}
      onKeyDown={(event) => event.stopPropagation()}
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (titleMissing || draft.dueDate === null) return;
        const result = onSubmit({ ...draft, title: draft.title.trim(), owner: draft.owner.trim(), dueDate: draft.dueDate });
        if (result === 'not-saved') return;
        if (result.ok) {
          setDraft(initial);
          setTried(false);
          setRefusal(null);
        } else {
          setRefusal(t(`board.actions.refused.${result.reason}`));
        }
      }}
    >
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <TextInput
            label={t('board.actions.title')}
            withAsterisk
            value={draft.title}
            maxLength={LIMITS.shortText}
            error={tried && titleMissing ? t('board.actions.titleRequired') : null}
            onChange={(event) => set({ title: event.currentTarget.value })}
          />
          <Autocomplete
            label={t('board.actions.owner')}
            data={[...new Set(ownerSuggestions.filter(Boolean))]}
            value={draft.owner}
            maxLength={LIMITS.shortText}
            onChange={(owner) => set({ owner })}
          />
          <div>
            <DateField label={t('board.actions.due')} value={draft.dueDate} onCommit={(dueDate) => set({ dueDate })} />
            {tried && dueMissing && <Text size="xs" c="var(--mantine-color-error)" mt={5} role="alert">{t('board.actions.dueRequired')}</Text>}
          </div>
          <Select
            label={t('board.actions.campaign')}
            data={campaignOptions}
            value={draft.campaignId ?? OWN}
            allowDeselect={false}
            searchable
            onChange={(value) => set({ campaignId: value === null || value === OWN ? null : value })}
          />
        </SimpleGrid>
        {refusal && <Alert color="red" p="xs">{refusal}</Alert>}
        <Group gap="xs" justify="flex-end">
          {onCancel && <Button variant="default" size="xs" onClick={onCancel}>{t('board.actions.cancel')}</Button>}
          <Button type="submit" size="xs">{submitLabel}</Button>
        </Group>
      </Stack>
    </form>
  );
}
