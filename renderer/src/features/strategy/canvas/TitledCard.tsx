import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A bordered part of a block (a chart, a calculator): an h3 heading, an optional hint, then its content. */
export function TitledCard({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <div>
          <Title order={3} size="h5">{title}</Title>
          {hint && <Text size="sm" c="dimmed">{hint}</Text>}
        </div>
        {children}
      </Stack>
    </Paper>
  );
}
