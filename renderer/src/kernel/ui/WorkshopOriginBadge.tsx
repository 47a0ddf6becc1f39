import { Badge, Tooltip } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import { useT } from '../i18n/typedT';
import { workshopOrigin } from '../../../../shared/workshop/promotion';
import { formatCalendarDate } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { hrefFor } from '../routing/route';
import { useOpenSession } from '../workspace/WorkspaceContext';

/**
 * On the strategy canvas: "From workshop: <title> · <date>" on an item a workshop decision
 * created, linking to that workshop; nothing for items added by hand.
 */
export function WorkshopOriginBadge({ itemId }: { itemId: string }) {
  const { t } = useT('app');
  const session = useOpenSession();
  const origin = session ? workshopOrigin(session.workspace, itemId) : null;
  if (!session || !origin) return null;
  const decision = session.workspace.workshops.find((w) => w.id === origin.workshopId)?.decisions.find((d) => d.id === origin.decisionId);
  const label = t('workshopOrigin.badge', { title: origin.workshopTitle, date: formatCalendarDate(origin.date, currentLanguage()) });
  return (
    <Tooltip label={t('workshopOrigin.tooltip', { text: decision?.text ?? '' })} multiline maw={360} withinPortal>
      <Badge
        component="a"
        href={hrefFor('workshop', origin.workshopId)}
        variant="light"
        color="grape"
        radius="sm"
        size="sm"
        tt="none"
        leftSection={<IconUsersGroup size={12} aria-hidden />}
        data-testid="workshop-origin-badge"
        h="auto"
        py={3}
        // A long workshop title wraps instead of cutting off the date.
        styles={{ label: { whiteSpace: 'normal', overflow: 'visible', textAlign: 'start' } }}
        // As wide as its text, at the start, in a flex column or a grid cell alike (it stretched across the card).
        style={{ cursor: 'pointer', maxWidth: '100%', width: 'fit-content', alignSelf: 'flex-start', justifySelf: 'start' }}
      >
        {label}
      </Badge>
    </Tooltip>
  );
}
