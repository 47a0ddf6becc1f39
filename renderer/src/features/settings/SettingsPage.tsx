import { Stack } from '@mantine/core';
import { useEffect } from 'react';
import { useT } from '../../kernel/i18n/typedT';
import { PageHeader } from '../../kernel/ui/PageHeader';
import { AppearanceSection } from './AppearanceSection';
import { BackupsSection } from './BackupsSection';
import { CompanyProfileSection } from './CompanyProfileSection';
import { WorkspaceFileSection } from './WorkspaceFileSection';
import { WorkspaceSettingsSection } from './WorkspaceSettingsSection';

/** Settings; "#/settings/<section>" scrolls to a section and moves focus to its heading. */
export function SettingsPage({ section }: { section: string | null }) {
  const { t } = useT('settings');

  useEffect(() => {
    if (!section) return;
    const onHashChange = () => focusSection(section);
    focusSection(section);
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [section]);

  return (
    <>
      <PageHeader title={t('title')} />
      <Stack gap="lg" maw={960}>
        <AppearanceSection />
        <CompanyProfileSection />
        <WorkspaceSettingsSection />
        <WorkspaceFileSection />
        <BackupsSection />
      </Stack>
    </>
  );
}

function focusSection(section: string): void {
  const heading = document.getElementById(`${section}-title`);
  if (!heading) return;
  heading.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
}
