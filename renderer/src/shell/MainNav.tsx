import { NavLink, Stack } from '@mantine/core';
import { useT } from '../kernel/i18n/typedT';
import { hrefFor, type AreaId } from '../kernel/routing/route';
import { AREAS } from './areaRegistry';

/** Plain links to "#/<area>": real hrefs, so middle-click, keyboard and screen readers behave as expected. */
export function MainNav({ active, onNavigate }: { active: AreaId; onNavigate: () => void }) {
  const { t } = useT('app');
  return (
    <nav aria-label={t('nav.label')}>
      <Stack gap={4}>
        {AREAS.map(({ id, navKey, icon: Icon }) => (
          <NavLink
            key={id}
            component="a"
            href={hrefFor(id)}
            label={t(navKey)}
            leftSection={<Icon size={18} aria-hidden />}
            active={id === active}
            aria-current={id === active ? 'page' : undefined}
            onClick={onNavigate}
          />
        ))}
      </Stack>
    </nav>
  );
}
