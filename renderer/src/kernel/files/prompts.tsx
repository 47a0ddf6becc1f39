import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useState, type FormEvent } from 'react';
import { useT } from '../i18n/typedT';
import { i18n } from '../i18n/i18n';

/**
 * Promise-returning dialogs built on Mantine Modals, so file actions read top to bottom:
 * "ask, then act". Each resolves exactly once: with the answer, or null when dismissed.
 */

function PathForm({ initial, onSubmit, onCancel }: { initial: string; onSubmit: (path: string) => void; onCancel: () => void }) {
  const { t } = useT('app');
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (value.trim() === '') setError(t('file.pathRequired'));
    else onSubmit(value.trim());
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t('file.pathHint')}</Text>
        <TextInput
          label={t('file.pathLabel')}
          value={value}
          onChange={(event) => {
            setValue(event.currentTarget.value);
            setError(null);
          }}
          error={error}
          data-autofocus
          spellCheck={false}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>{t('file.cancel')}</Button>
          <Button type="submit">{t('file.confirmPath')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Web mode has no native file dialog: ask for a typed path instead. */
export function askForPath(title: string, initial: string): Promise<string | null> {
  return new Promise((resolve) => {
    let answered = false;
    const answer = (value: string | null) => {
      if (answered) return;
      answered = true;
      resolve(value);
      modals.close(id);
    };
    const id = modals.open({
      title,
      size: 'lg',
      onClose: () => answer(null),
      children: <PathForm initial={initial} onSubmit={answer} onCancel={() => answer(null)} />,
    });
  });
}

/** "With the sample plan or empty?" for a new workspace; null when cancelled. */
export function askWithSample(): Promise<boolean | null> {
  return new Promise((resolve) => {
    let answered = false;
    const answer = (value: boolean | null) => {
      if (answered) return;
      answered = true;
      resolve(value);
      modals.close(id);
    };
    const id = modals.open({
      title: i18n.t('file.newTitle'),
      onClose: () => answer(null),
      children: (
        <Stack>
          <Text size="sm">{i18n.t('file.newQuestion')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => answer(null)}>{i18n.t('file.cancel')}</Button>
            <Button variant="light" onClick={() => answer(false)}>{i18n.t('file.empty')}</Button>
            <Button onClick={() => answer(true)} data-autofocus>{i18n.t('file.withSample')}</Button>
          </Group>
        </Stack>
      ),
    });
  });
}

/** A yes/no confirmation; resolves true only when confirmed. */
export function confirm(options: { title: string; body: string; confirmLabel: string }): Promise<boolean> {
  return new Promise((resolve) => {
    modals.openConfirmModal({
      title: options.title,
      children: <Text size="sm">{options.body}</Text>,
      labels: { confirm: options.confirmLabel, cancel: i18n.t('file.cancel') },
      onConfirm: () => resolve(true),
      onCancel: () => resolve(false),
      onClose: () => resolve(false),
    });
  });
}
