import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** Each page has exactly one h1, so screen-reader users and tests can tell where they are. */
export function PageHeader({ title, subtitle }: { title: string; subtitle?: ReactNode }) {
  return (
    <Stack gap={4} mb="lg">
      <Title order={1} size="h2">{title}</Title>
      {subtitle && <Text c="dimmed">{subtitle}</Text>}
    </Stack>
  );
}
