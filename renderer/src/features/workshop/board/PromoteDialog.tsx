import { Alert, Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../../kernel/i18n/typedT';
import { LIMITS } from '../../../../../shared/schema/primitives';
import { promotionTarget, type PromotionTarget, type WorkshopSession } from '../../../../../shared/schema/workshop';
import type { Workspace } from '../../../../../shared/schema/workspace';
import { promotionText, type PromotionSource } from '../../../../../shared/workshop/promotion';

export interface PromoteRequest { target: PromotionTarget; text: string; strategyId: string }

interface PromoteDialogProps {
  workspace: Workspace;
  workshop: WorkshopSession;
  /** What is being promoted; null = the dialog is closed. */
  source: PromotionSource | null;
  defaultTarget: PromotionTarget;
  presentation: boolean;
  onClose: () => void;
  onConfirm: (source: PromotionSource, request: PromoteRequest) => void;
}

/** "Promote to canvas": where the note or group goes, in which words, into which strategy. */
export function PromoteDialog(props: PromoteDialogProps) {
  const { t } = useT('workshop');
  const { source } = props;
  const key = source ? ('noteId' in source ? source.noteId : source.clusterId) : 'none';
  return (
    <Modal opened={source !== null} onClose={props.onClose} title={t('board.promote.title')} size={props.presentation ? 'lg' : 'md'} zIndex={1000}>
      {/* Keyed by the source, so each opening starts from that source's text. */}
      {source && <PromoteForm key={key} {...props} source={source} />}
    </Modal>
  );
}

function PromoteForm({ workspace, workshop, source, defaultTarget, onClose, onConfirm }: PromoteDialogProps & { source: PromotionSource }) {
  const { t } = useT('workshop');
  const [target, setTarget] = useState<PromotionTarget>(defaultTarget);
  const [text, setText] = useState(() => promotionText(workshop, source));
  const linked = workspace.strategies.find((strategy) => strategy.id === workshop.strategyId) ?? null;
  const [strategyId, setStrategyId] = useState<string | null>(linked?.id ?? null);
  const maxLength = LIMITS.mediumText;
  const ready = text.trim() !== '' && strategyId !== null;

  return (
    <form
      data-testid="promote-dialog"
      onSubmit={(event) => {
        event.preventDefault();
        if (ready) onConfirm(source, { target, text: text.trim(), strategyId });
      }}
      onKeyDown={(event) => event.stopPropagation()}
    >
      <Stack gap="sm">
        <Select
          label={t('board.promote.target')}
          data-testid="promote-target"
          data={promotionTarget.options.map((value) => ({ value, label: t(`board.targets.${value}`) }))}
          value={target}
          allowDeselect={false}
          comboboxProps={{ zIndex: 1100 }}
          onChange={(value) => { if (value) setTarget(value as PromotionTarget); }}
        />
        <Textarea
          label={t('board.promote.text')}
          description={t('board.promote.textHint')}
          data-testid="promote-text"
          value={text}
          maxLength={maxLength}
          autosize
          minRows={2}
          maxRows={8}
          error={text.trim() === '' ? t('board.promote.emptyText') : null}
          onChange={(event) => setText(event.currentTarget.value)}
        />
        {linked ? (
          <Text size="sm">{t('board.promote.strategy', { name: linked.name })}</Text>
        ) : workspace.strategies.length === 0 ? (
          <Alert color="orange">{t('board.promote.noStrategies')}</Alert>
        ) : (
          <Select
            label={t('board.promote.chooseStrategy')}
            description={t('board.promote.chooseStrategyHint')}
            data-testid="promote-strategy"
            data={workspace.strategies.map((strategy) => ({ value: strategy.id, label: strategy.name }))}
            value={strategyId}
            comboboxProps={{ zIndex: 1100 }}
            onChange={setStrategyId}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('board.promote.cancel')}</Button>
          <Button type="submit" disabled={!ready} data-testid="promote-confirm">{t('board.promote.confirm')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
