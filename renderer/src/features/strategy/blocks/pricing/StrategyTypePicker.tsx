import { Group, Radio, SimpleGrid, Text, Title } from '@mantine/core';
import { useT } from '../../../../kernel/i18n/typedT';
import { pricingStrategyType } from '../../../../../../shared/schema/strategy';

type PricingStrategyType = (typeof pricingStrategyType.options)[number];

interface StrategyTypePickerProps {
  value: PricingStrategyType | null;
  canEdit: boolean;
  onCommit: (type: PricingStrategyType) => void;
}

/** The six pricing strategies as cards, each with its one-line explanation; picking one saves it. */
export function StrategyTypePicker({ value, canEdit, onCommit }: StrategyTypePickerProps) {
  const { t } = useT('strategy');
  return (
    <Radio.Group
      label={<Title order={3} size="h5" component="span">{t('pricing.strategyType')}</Title>}
      value={value}
      disabled={!canEdit}
      onChange={(next) => {
        const type = pricingStrategyType.options.find((option) => option === next);
        if (type && type !== value) onCommit(type);
      }}
    >
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" mt="xs">
        {pricingStrategyType.options.map((type) => (
          <Radio.Card key={type} value={type} radius="md" p="sm" disabled={!canEdit}>
            <Group wrap="nowrap" align="flex-start" gap="sm">
              <Radio.Indicator mt={2} />
              <div>
                <Text size="sm" fw={600}>{t(`pricing.strategyTypes.${type}`)}</Text>
                <Text size="xs" c="dimmed">{t(`pricing.explanations.${type}`)}</Text>
              </div>
            </Group>
          </Radio.Card>
        ))}
      </SimpleGrid>
    </Radio.Group>
  );
}
