import { Group, SimpleGrid, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useT } from '../../../kernel/i18n/typedT';
import { eventCostRatio, eventExpectedRoiPercent } from '../../../../../shared/calendar/campaignMetrics';
import { mediumText, shortText } from '../../../../../shared/schema/primitives';
import { formatNumber } from '../../../kernel/i18n/format';
import { currentLanguage } from '../../../kernel/i18n/i18n';
import { NumberField } from '../../../kernel/ui/fields/NumberField';
import { CampaignTextField } from './CampaignTextField';
import { emptyEventDetails, type EventDetails } from './campaignRecords';
import type { CampaignFormProps } from './editorTypes';

/** Events and trade shows: venue, costs vs. expected value (the rule of thumb), leads, and what is not sales. */
export function EventDetailsTab(props: CampaignFormProps) {
  const { campaign, change, canEdit, currency } = props;
  const { t } = useT('calendar');
  const language = currentLanguage();
  const event = campaign.event ?? emptyEventDetails();
  const set = <K extends keyof EventDetails>(key: K, value: EventDetails[K]) => change.updateEvent({ [key]: value });
  const ratio = eventCostRatio(event);
  const roi = eventExpectedRoiPercent(event);
  const none = '—';

  return (
    <Stack gap="sm">
      <CampaignTextField form={props} label={t('editor.event.venue')} value={event.venue} schema={shortText} onCommit={(v) => set('venue', v)} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NumberField label={t('editor.event.boothCost')} value={event.boothCost} nullable min={0} unit={currency} disabled={!canEdit} onCommit={(v) => set('boothCost', v)} />
        <NumberField label={t('editor.event.otherCosts')} value={event.otherCosts} nullable min={0} unit={currency} disabled={!canEdit} onCommit={(v) => set('otherCosts', v)} />
        <NumberField label={t('editor.event.expectedValue')} value={event.expectedValue} nullable min={0} unit={currency} disabled={!canEdit} onCommit={(v) => set('expectedValue', v)} />
      </SimpleGrid>
      <Stack gap={4} aria-live="polite">
        <Group gap="xs">
          <Tooltip label={t('editor.event.costRatioHint')} multiline w={320}>
            <Text size="sm" fw={600} style={{ textDecoration: 'underline dotted' }}>{t('editor.event.costRatio')}:</Text>
          </Tooltip>
          <Text size="sm" data-testid="event-cost-ratio">{ratio === null ? none : formatNumber(ratio, language, 2)}</Text>
        </Group>
        <Text size="xs" c="dimmed">{t('editor.event.costRatioHint')}</Text>
        <Group gap="xs">
          <Text size="sm" fw={600}>{t('editor.event.expectedRoi')}:</Text>
          <Text size="sm" data-testid="event-expected-roi">{roi === null ? none : `${formatNumber(roi, language)} %`}</Text>
        </Group>
      </Stack>
      <NumberField label={t('editor.event.leadsCollected')} value={event.leadsCollected} nullable min={0} integer disabled={!canEdit} w={240} onCommit={(v) => set('leadsCollected', v)} />
      <Title order={3} size="h5">{t('editor.event.outcomes')}</Title>
      <CampaignTextField form={props} multiline label={t('editor.event.contacts')} value={event.contacts} schema={mediumText} onCommit={(v) => set('contacts', v)} />
      <CampaignTextField form={props} multiline label={t('editor.event.competitorIntel')} value={event.competitorIntel} schema={mediumText} onCommit={(v) => set('competitorIntel', v)} />
      <CampaignTextField form={props} multiline label={t('editor.event.brandNotes')} value={event.brandNotes} schema={mediumText} onCommit={(v) => set('brandNotes', v)} />
    </Stack>
  );
}
