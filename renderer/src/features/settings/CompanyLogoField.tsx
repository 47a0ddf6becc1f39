import { Button, FileButton, Group, Image, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../kernel/i18n/typedT';
import { formatBytes, ImageRejected, imageFileToDataUrl } from '../../kernel/files/imageFile';
import { currentLanguage } from '../../kernel/i18n/i18n';
import { useRun } from '../../kernel/workspace/WorkspaceContext';

/** The logo printed on the marketing plan's cover, stored in the workspace as a checked data URL. */
export function CompanyLogoField({ logo, disabled }: { logo: string | null; disabled: boolean }) {
  const { t } = useT('settings');
  const run = useRun();
  const [error, setError] = useState<string | null>(null);

  const choose = async (file: File | null) => {
    if (!file) return;
    try {
      const dataUrl = await imageFileToDataUrl(file);
      setError(null);
      run('company.update', { logoDataUrl: dataUrl });
    } catch (reason) {
      const problem = reason instanceof ImageRejected ? reason.problem : null;
      const language = currentLanguage();
      setError(problem?.reason === 'too-large'
        ? t('logoTooLarge', { size: formatBytes(problem.size, language), limit: formatBytes(problem.limit, language) })
        : t('logoNotImage', { name: file.name }));
    }
  };

  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>{t('logo')}</Text>
      <Group gap="md" align="center">
        {logo && <Image src={logo} alt={t('logo')} h={48} w="auto" fit="contain" />}
        <FileButton onChange={(file) => void choose(file)} accept="image/png,image/jpeg,image/gif,image/webp" disabled={disabled}>
          {(props) => <Button variant="default" size="xs" {...props}>{t('chooseLogo')}</Button>}
        </FileButton>
        {logo && <Button variant="subtle" color="red" size="xs" disabled={disabled} onClick={() => run('company.update', { logoDataUrl: null })}>{t('removeLogo')}</Button>}
      </Group>
      {error ? <Text size="xs" c="red" role="alert">{error}</Text> : <Text size="xs" c="dimmed">{t('logoHint')}</Text>}
    </Stack>
  );
}
