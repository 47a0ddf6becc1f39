import { ActionIcon, Button, Group, Paper, SimpleGrid, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '../../../kernel/i18n/typedT';

interface ItemListProps<T extends { id: string }> {
  title: string;
  description?: string;
  items: readonly T[];
  /** How an item is called in messages ("Removed “Kettlo”"). */
  itemName: (item: T) => string;
  renderItem: (item: T, index: number) => ReactNode;
  addLabel: string;
  onAdd: () => void;
  onRemove: (item: T) => void;
  canEdit: boolean;
  cols?: { base: number; md?: number; xl?: number };
  /** Extra content under the list (a total, a chart…). */
  footer?: ReactNode;
}

/**
 * A titled list of records edited in place, one card each. Adding puts the cursor in the new
 * card's first field, so a list can be filled from the keyboard: type, Tab, type.
 */
export function ItemList<T extends { id: string }>(props: ItemListProps<T>) {
  const { title, description, items, itemName, renderItem, addLabel, onAdd, onRemove, canEdit, cols, footer } = props;
  const { t } = useT('strategy');
  const gridRef = useRef<HTMLDivElement>(null);
  const focusNewItem = useRef(false);
  const count = items.length;

  useEffect(() => {
    if (!focusNewItem.current) return;
    focusNewItem.current = false;
    const cards = gridRef.current?.querySelectorAll<HTMLElement>('[data-item-card]');
    const last = cards?.[cards.length - 1];
    last?.scrollIntoView({ block: 'nearest' });
    last?.querySelector<HTMLElement>('input:not([type=checkbox]), textarea')?.focus();
  }, [count]);

  return (
    <Stack gap="sm">
      <div>
        <Title order={3} size="h5">{title}</Title>
        {description && <Text size="sm" c="dimmed">{description}</Text>}
      </div>
      {count === 0 && <Text size="sm" c="dimmed">{t('block.noItems')}</Text>}
      <SimpleGrid ref={gridRef} cols={cols ?? { base: 1, md: 2 }} spacing="md">
        {items.map((item, index) => {
          const name = itemName(item).trim() || t('block.untitled');
          return (
            <Paper key={item.id} data-item-card withBorder radius="md" p="md" bg="var(--mantine-color-default-hover)">
              <Stack gap="xs">
                {renderItem(item, index)}
                {canEdit && (
                  <Group justify="flex-end">
                    <Tooltip label={t('block.remove')}>
                      <ActionIcon variant="subtle" color="red" aria-label={t('block.removeItem', { name })} onClick={() => onRemove(item)}>
                        <IconTrash size={18} aria-hidden />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                )}
              </Stack>
            </Paper>
          );
        })}
      </SimpleGrid>
      {canEdit && (
        <Group>
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => {
              focusNewItem.current = true;
              onAdd();
            }}
          >
            {addLabel}
          </Button>
        </Group>
      )}
      {footer}
    </Stack>
  );
}
