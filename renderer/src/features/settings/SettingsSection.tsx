import { Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled block on the Settings page; `id` makes it a link target (#/settings/<id>). */
export function SettingsSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper component="section" withBorder p="lg" radius="md" aria-labelledby={`${id}-title`} id={id}>
      <Title id={`${id}-title`} order={2} size="h4" mb="md" tabIndex={-1}>{title}</Title>
      {children}
    </Paper>
  );
}
