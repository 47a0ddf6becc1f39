import { NavLink, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AREAS, hrefFor, type Area } from '../routing/areas';
import { AREA_ICONS } from './areaIcons';

/** Plain links to "#/<area>": real hrefs, so middle-click, keyboard and screen readers behave as expected. */
export function MainNav({ active, onNavigate }: { active: Area; onNavigate: () => void }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('nav.label')}>
      <Stack gap={4}>
        {AREAS.map((area) => {
          const Icon = AREA_ICONS[area];
          return (
            <NavLink
              key={area}
              component="a"
              href={hrefFor(area)}
              label={t(`nav.${area}`)}
              leftSection={<Icon size={18} aria-hidden />}
              active={area === active}
              aria-current={area === active ? 'page' : undefined}
              onClick={onNavigate}
            />
          );
        })}
      </Stack>
    </nav>
  );
}
