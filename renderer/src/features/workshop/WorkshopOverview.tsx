import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../app/i18n/format';
import { currentLanguage } from '../../app/i18n/i18n';
import { AreaNotBuilt } from '../../app/ui/AreaNotBuilt';
import { useOpenSession } from '../../app/workspace/WorkspaceContext';

/** Until the workshop runner exists: the sessions, with date, facilitator and agenda size. */
export function WorkshopOverview() {
  const { t } = useTranslation();
  const session = useOpenSession();
  const workshops = [...(session?.workspace.workshops ?? [])].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <AreaNotBuilt area="workshop" listTitle={t('areas.workshopList')} isEmpty={workshops.length === 0}>
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {workshops.map((workshop) => (
          <li key={workshop.id}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <div>
                <Text fw={600}>{workshop.title}</Text>
                <Text size="sm" c="dimmed">
                  {[formatCalendarDate(workshop.date, currentLanguage()), workshop.facilitator, t('areas.agendaItems', { count: workshop.agenda.length })]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </div>
              <Badge variant="light">{t(`enums.workshopStatus.${workshop.status}`)}</Badge>
            </Group>
          </li>
        ))}
      </Stack>
    </AreaNotBuilt>
  );
}
