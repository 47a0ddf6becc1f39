import { Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One titled part of the workshop record (a landmark with a heading, so it can be found and read). */
export function RecordSection({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title} data-testid={testId}>
      <Title order={2} size="h4" mb="sm">{title}</Title>
      {children}
    </Paper>
  );
}
