import { Alert, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useT } from '../../../kernel/i18n/typedT';
import { newId } from '../../../../../shared/ids';
import type { OperationArgs } from '../../../../../shared/ops/registry';
import { requiredName, shortText } from '../../../../../shared/schema/primitives';
import { channelType } from '../../../../../shared/schema/strategy';
import { channelShareCheck } from '../../../../../shared/strategy/channelShares';
import { NumberField } from '../../../kernel/ui/fields/NumberField';
import { ValidatedTextField } from '../../../kernel/ui/fields/ValidatedTextField';
import { BlockSection } from '../canvas/BlockSection';
import type { BlockProps } from '../canvas/blockProps';
import { EnumSelect } from '../canvas/EnumSelect';
import { ItemList } from '../canvas/ItemList';
import { useCanvasFormat } from '../canvas/useCanvasFormat';
import { ChannelMixChart } from '../charts';
import { WorkshopOriginBadge } from '../../../kernel/ui/WorkshopOriginBadge';

/** Step 4 (with pricing) — channels 营销渠道: how the product reaches buyers, and the target mix. */
export function ChannelsBlock({ strategy, run, remove, canEdit, completeness }: BlockProps) {
  const { t } = useT('strategy');
  const { t: tCommon } = useT('common');
  const strategyId = strategy.id;
  const format = useCanvasFormat(strategy.currency);
  const items = strategy.channels.items;
  const shares = channelShareCheck(items);
  const gap = format.number(Math.abs(100 - shares.total), 2);
  const total = format.number(shares.total, 2);
  const typeOptions = channelType.options.map((type) => ({ value: type, label: tCommon(`channelTypes.${type}`) }));

  return (
    <BlockSection
      title={t('blocks.channels')}
      completeness={completeness}
      canEdit={canEdit}
      notes={{ value: strategy.channels.notes, onCommit: (notes) => run('strategy.channels.update', { strategyId, fields: { notes } }) }}
    >
      <ItemList
        title={t('channels.list')}
        items={items}
        itemName={(channel) => channel.name}
        addLabel={t('channels.addChannel')}
        canEdit={canEdit}
        onAdd={() => run('strategy.channel.add', {
          strategyId, item: { id: newId('chn'), type: 'online-store', name: t('channels.newChannel'), role: '', costPercent: null, targetSharePercent: null, owner: '' },
        })}
        onRemove={(channel) => remove(t('removed', { name: channel.name }), 'strategy.channel.remove', { strategyId, id: channel.id })}
        renderItem={(channel) => {
          const change = (fields: OperationArgs<'strategy.channel.update'>['fields']) => run('strategy.channel.update', { strategyId, id: channel.id, fields });
          return (
            <>
              <WorkshopOriginBadge itemId={channel.id} />
              <SimpleGrid cols={2} spacing="sm">
                <EnumSelect label={t('channels.type')} value={channel.type} options={typeOptions} disabled={!canEdit}
                  onCommit={(type) => { if (type) change({ type }); }} />
                <ValidatedTextField label={t('channels.name')} value={channel.name} schema={requiredName} description={null} disabled={!canEdit}
                  onCommit={(name) => change({ name })} />
              </SimpleGrid>
              <ValidatedTextField label={t('channels.role')} value={channel.role} schema={shortText} description={null} disabled={!canEdit}
                onCommit={(role) => change({ role })} />
              <SimpleGrid cols={2} spacing="sm">
                <NumberField label={t('channels.cost')} value={channel.costPercent} nullable min={0} max={100} unit="%" disabled={!canEdit}
                  onCommit={(cost) => change({ costPercent: cost })} />
                <NumberField label={t('channels.share')} value={channel.targetSharePercent} nullable min={0} max={100} unit="%" disabled={!canEdit}
                  onCommit={(share) => change({ targetSharePercent: share })} />
              </SimpleGrid>
              <ValidatedTextField label={t('channels.owner')} value={channel.owner} schema={shortText} description={null} disabled={!canEdit}
                onCommit={(owner) => change({ owner })} />
            </>
          );
        }}
      />

      <Paper withBorder radius="md" p="md">
        <Stack gap="sm">
          <Title order={3} size="h5">{t('channels.mix')}</Title>
          {shares.state === 'ok' && <Text size="sm" c="teal.7" role="status">{t('channels.sharesOk')}</Text>}
          {shares.state === 'under' && <Alert color="orange" p="xs" role="status">{t('channels.sharesUnder', { total, gap })}</Alert>}
          {shares.state === 'over' && <Alert color="red" p="xs" role="status">{t('channels.sharesOver', { total, gap })}</Alert>}
          {shares.unset > 0 && items.length > 0 && <Text size="sm" c="dimmed">{t('channels.sharesUnset', { count: shares.unset })}</Text>}
          {shares.state === 'empty' ? (
            <Text size="sm" c="dimmed">{t('channels.mixEmpty')}</Text>
          ) : (
            <ChannelMixChart
              slices={items.map((item) => ({ key: item.id, label: item.name, value: item.targetSharePercent ?? 0 }))}
              formatValue={(value) => `${format.number(value, 2)}%`}
              ariaLabel={t('channels.mixLabel')}
              height={260}
            />
          )}
        </Stack>
      </Paper>
    </BlockSection>
  );
}
